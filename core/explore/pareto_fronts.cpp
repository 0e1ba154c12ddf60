// SPDX-License-Identifier: GPL-3.0-or-later
#include "explore/pareto_fronts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

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
    // Applications are independent: sort them on as many threads as there
    // are cores (a 7M-row log holds ~1.7M feasible rows to sort).
    auto sweep = [&](std::size_t a) {
        Selection& c = candidates[a];
        std::stable_sort(c.begin(), c.end(), [&](RowIndex x, RowIndex y) {
            return area[x] != area[y] ? area[x] < area[y] : lat[x] < lat[y];
        });
        float best = std::numeric_limits<float>::infinity();
        for (RowIndex r : c)
            if (lat[r] < best) {
                fronts[a].push_back(r);
                best = lat[r];
            }
        Selection().swap(c);  // free as we go: candidates can be millions of rows
    };
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
