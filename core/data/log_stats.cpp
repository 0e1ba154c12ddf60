#include "data/log_stats.h"

#include <algorithm>
#include <cmath>

namespace prime {

namespace {
Range range_of(std::vector<float>& values) {
    Range r;
    if (values.empty()) return r;
    const auto mid = values.begin() + static_cast<long>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    r.median = *mid;
    if (values.size() % 2 == 0) r.median = 0.5 * (r.median + *std::max_element(values.begin(), mid));
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    r.min = *lo;
    r.max = *hi;
    return r;
}

AppStats summarize(const DesignLog& log, std::string name, std::optional<AppId> app) {
    AppStats s;
    s.name = std::move(name);
    std::vector<float> latency, area;
    std::vector<std::uint64_t> reasons(log.reason_names().size() + 1, 0);
    const auto apps = log.app();
    for (std::size_t r = 0; r < log.rows(); ++r) {
        if (app && apps[r] != *app) continue;
        ++s.rows;
        const float a = log.area_mm2()[r];
        if (std::isfinite(a)) area.push_back(a);
        if (log.feasible()[r]) {
            ++s.feasible;
            latency.push_back(log.latency_ms()[r]);
        } else if (log.has_reasons()) {
            ++reasons[log.reason()[r]];
        }
    }
    s.feasible_fraction = s.rows ? static_cast<double>(s.feasible) / static_cast<double>(s.rows) : 0;
    s.latency_ms = range_of(latency);
    s.area_mm2 = range_of(area);
    for (std::size_t i = 1; i < reasons.size(); ++i)
        if (reasons[i]) s.reasons.emplace_back(log.reason_names()[i - 1], reasons[i]);
    if (reasons[0] && log.has_reasons()) s.reasons.emplace_back("unknown", reasons[0]);
    return s;
}
}  // namespace

LogStats compute_stats(const DesignLog& log) {
    LogStats stats;
    for (std::size_t a = 0; a < log.app_names().size(); ++a)
        stats.apps.push_back(summarize(log, log.app_names()[a], static_cast<AppId>(a)));
    stats.total = summarize(log, "all", std::nullopt);
    for (std::size_t p = 0; p < log.space().dimension(); ++p) {
        std::vector<std::uint64_t> h(log.space().parameter(p).size(), 0);
        for (ValueIndex v : log.parameter(p)) ++h[v];
        stats.histogram.push_back(std::move(h));
    }
    return stats;
}

Selection pareto_front(const DesignLog& log, const Selection& rows) {
    const auto lat = log.latency_ms();
    const auto area = log.area_mm2();
    Selection candidates;
    for (RowIndex r : rows)
        if (log.feasible()[r] && std::isfinite(lat[r]) && std::isfinite(area[r])) candidates.push_back(r);
    // Sort by area, then latency; a row is on the front when its latency beats
    // every row of smaller (or equal) area seen before it.
    std::stable_sort(candidates.begin(), candidates.end(), [&](RowIndex a, RowIndex b) {
        return area[a] != area[b] ? area[a] < area[b] : lat[a] < lat[b];
    });
    Selection front;
    float best = std::numeric_limits<float>::infinity();
    for (RowIndex r : candidates)
        if (lat[r] < best) {
            front.push_back(r);
            best = lat[r];
        }
    return front;
}

}  // namespace prime
