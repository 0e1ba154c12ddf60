// SPDX-License-Identifier: GPL-3.0-or-later
#include "explore/log_overview.h"

#include <algorithm>
#include <cmath>

#include "explore/row_chunks.h"

namespace prime::explore {

namespace {
void join(AppOverview& into, const AppOverview& o) {
    into.rows += o.rows;
    into.feasible += o.feasible;
    into.area_min = std::min(into.area_min, o.area_min);
    into.area_max = std::max(into.area_max, o.area_max);
    into.latency_min = std::min(into.latency_min, o.latency_min);
    into.latency_max = std::max(into.latency_max, o.latency_max);
    if (into.infeasible_by_reason.size() < o.infeasible_by_reason.size())
        into.infeasible_by_reason.resize(o.infeasible_by_reason.size(), 0);
    for (std::size_t s = 0; s < o.infeasible_by_reason.size(); ++s) into.infeasible_by_reason[s] += o.infeasible_by_reason[s];
}
}  // namespace

AppOverview LogOverview::combined(const AppMask& mask) const {
    AppOverview all;
    for (std::size_t a = 0; a < apps.size(); ++a)
        if (shows(mask, static_cast<AppId>(a))) join(all, apps[a]);
    return all;
}

LogOverview overview(const DesignLog& log) {
    const std::size_t apps = log.app_names().size();
    const std::size_t slots = log.reason_names().size() + 1;
    const auto lat = log.latency_ms();
    const auto area = log.area_mm2();
    const auto feas = log.feasible();
    const auto app = log.app();
    const auto reason = log.reason();
    const bool has_reasons = log.has_reasons();
    const unsigned threads = scan_threads(log.rows());
    std::vector<std::vector<AppOverview>> parts(threads);
    for_row_chunks(log.rows(), threads, [&](unsigned t, std::size_t b, std::size_t e) {
        auto& p = parts[t];
        p.assign(apps, AppOverview{});
        for (auto& a : p) a.infeasible_by_reason.assign(slots, 0);
        for (std::size_t r = b; r < e; ++r) {
            if (app[r] >= apps) continue;
            AppOverview& o = p[app[r]];
            ++o.rows;
            const double x = area[r];
            if (std::isfinite(x)) {
                o.area_min = std::min(o.area_min, x);
                o.area_max = std::max(o.area_max, x);
            }
            if (feas[r]) {
                const double y = lat[r];
                if (y > 0 && std::isfinite(y) && std::isfinite(x)) {
                    ++o.feasible;
                    o.latency_min = std::min(o.latency_min, y);
                    o.latency_max = std::max(o.latency_max, y);
                }
            } else {
                ++o.infeasible_by_reason[has_reasons && reason[r] < slots ? reason[r] : 0];
            }
        }
    });
    LogOverview out;
    out.apps.assign(apps, AppOverview{});
    for (auto& a : out.apps) a.infeasible_by_reason.assign(slots, 0);
    for (const auto& p : parts)
        for (std::size_t a = 0; a < apps; ++a) join(out.apps[a], p[a]);
    return out;
}

}  // namespace prime::explore
