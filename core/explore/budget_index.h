// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Answers "what does this area budget buy?" in microseconds, so the budget
// line can be dragged over millions of designs: per application, the sorted
// areas of feasible designs (for counts in and over budget by binary search)
// and the Pareto front (whose last in-budget point is the best in-budget
// design, and whose steps are the best latency against budget).
#include <cstdint>
#include <optional>
#include <vector>

#include "data/design_log.h"

namespace prime::explore {

struct AppBudgetSummary {
    AppId app = 0;
    std::optional<RowIndex> best;  // lowest-latency feasible design within the budget
    double best_latency_ms = 0;    // its latency (valid when best is set)
    double best_area_mm2 = 0;
    std::uint64_t in_budget = 0;    // feasible designs with area <= budget
    std::uint64_t over_budget = 0;  // feasible designs over it (or of unknown area)
    std::size_t front_in_budget = 0;  // Pareto-front points within the budget
};

class BudgetIndex {
public:
    BudgetIndex() = default;
    // O(rows log rows); build once per log, off the GUI thread for big logs.
    explicit BudgetIndex(const DesignLog& log);

    std::size_t apps() const { return fronts_.size(); }
    const Selection& front(AppId app) const { return fronts_[app]; }
    // Front points as (area, latency), increasing area: the best logged
    // latency achievable at budget B is the latency of the last point with area <= B.
    const std::vector<double>& front_area(AppId app) const { return front_area_[app]; }
    const std::vector<double>& front_latency(AppId app) const { return front_latency_[app]; }

    // One entry per application (in id order). limit = +inf: no budget.
    std::vector<AppBudgetSummary> summarize(double limit_mm2) const;
    AppBudgetSummary summarize(AppId app, double limit_mm2) const;

private:
    std::vector<Selection> fronts_;
    std::vector<std::vector<double>> front_area_, front_latency_;
    std::vector<std::vector<float>> feasible_areas_;  // sorted, finite areas only
    std::vector<std::uint64_t> feasible_unknown_area_;
};

}  // namespace prime::explore
