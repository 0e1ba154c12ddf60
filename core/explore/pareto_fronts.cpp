// SPDX-License-Identifier: GPL-3.0-or-later
#include "explore/pareto_fronts.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "data/log_stats.h"

namespace prime::explore {

std::vector<Selection> pareto_fronts_by_app(const DesignLog& log) {
    const std::size_t apps = log.app_names().size();
    const auto lat = log.latency_ms();
    const auto area = log.area_mm2();
    const auto feas = log.feasible();
    const auto app = log.app();
    std::vector<Selection> candidates(apps);
    for (std::size_t r = 0; r < log.rows(); ++r)
        if (feas[r] && app[r] < apps && std::isfinite(lat[r]) && std::isfinite(area[r]))
            candidates[app[r]].push_back(static_cast<RowIndex>(r));
    std::vector<Selection> fronts(apps);
    // Applications are independent: sweep them on as many threads as there are cores.
    auto sweep = [&](std::size_t a) { fronts[a] = pareto_sweep(lat.data(), area.data(), std::move(candidates[a])); };
    const unsigned threads = log.rows() < (1u << 18) ? 1u : std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (std::size_t a = t; a < apps; a += threads) sweep(a);
        });
    for (std::size_t a = 0; a < apps; a += threads) sweep(a);
    pool.clear();  // joins
    return fronts;
}

}  // namespace prime::explore
