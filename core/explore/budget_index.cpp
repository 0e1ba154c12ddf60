// SPDX-License-Identifier: GPL-3.0-or-later
#include "explore/budget_index.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "explore/pareto_fronts.h"

namespace prime::explore {

BudgetIndex::BudgetIndex(const DesignLog& log) {
    fronts_ = pareto_fronts_by_app(log);
    const std::size_t apps = fronts_.size();
    front_area_.resize(apps);
    front_latency_.resize(apps);
    for (std::size_t a = 0; a < apps; ++a)
        for (RowIndex r : fronts_[a]) {
            front_area_[a].push_back(log.area_mm2()[r]);
            front_latency_[a].push_back(log.latency_ms()[r]);
        }
    feasible_areas_.resize(apps);
    feasible_unknown_area_.assign(apps, 0);
    const auto area = log.area_mm2();
    const auto feas = log.feasible();
    const auto app = log.app();
    for (std::size_t r = 0; r < log.rows(); ++r) {
        if (!feas[r] || app[r] >= apps) continue;
        if (std::isfinite(area[r])) feasible_areas_[app[r]].push_back(area[r]);
        else ++feasible_unknown_area_[app[r]];
    }
    // One sort per application, spread over the cores like the fronts.
    const unsigned threads = log.rows() < (1u << 18) ? 1u : std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back([this, t, threads] {
                for (std::size_t a = t; a < feasible_areas_.size(); a += threads) std::sort(feasible_areas_[a].begin(), feasible_areas_[a].end());
            });
        for (std::size_t a = 0; a < feasible_areas_.size(); a += threads) std::sort(feasible_areas_[a].begin(), feasible_areas_[a].end());
    }
}

AppBudgetSummary BudgetIndex::summarize(AppId app, double limit) const {
    AppBudgetSummary s;
    s.app = app;
    const auto& areas = feasible_areas_[app];
    // The same rule as AreaBudget::contains: area <= limit, an unknown area is
    // within no finite budget but within "no budget".
    const bool finite = std::isfinite(limit);
    const std::size_t in = finite ? static_cast<std::size_t>(std::upper_bound(areas.begin(), areas.end(), limit,
                                                                              [](double l, float a) { return l < a; }) -
                                                             areas.begin())
                                  : areas.size();
    s.in_budget = in + (finite ? 0 : feasible_unknown_area_[app]);
    s.over_budget = (areas.size() - in) + (finite ? feasible_unknown_area_[app] : 0);
    const auto& fa = front_area_[app];
    s.front_in_budget = finite ? static_cast<std::size_t>(std::upper_bound(fa.begin(), fa.end(), limit) - fa.begin())
                               : fa.size();
    if (s.front_in_budget > 0) {
        const std::size_t i = s.front_in_budget - 1;  // the front's latency falls with area
        s.best = fronts_[app][i];
        s.best_latency_ms = front_latency_[app][i];
        s.best_area_mm2 = fa[i];
    }
    return s;
}

std::vector<AppBudgetSummary> BudgetIndex::summarize(double limit) const {
    std::vector<AppBudgetSummary> out;
    for (std::size_t a = 0; a < apps(); ++a) out.push_back(summarize(static_cast<AppId>(a), limit));
    return out;
}

}  // namespace prime::explore
