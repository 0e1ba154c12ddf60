// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's computations against a log small enough to work out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "explore/budget_index.h"
#include "explore/density.h"
#include "explore/feasibility_grid.h"
#include "explore/log_overview.h"
#include "explore/pareto_fronts.h"
#include "explore/point_density.h"
#include "explore/row_filter.h"
#include "explore/hand_made_log.h"

using namespace prime;
using namespace prime::explore;

TEST(ParetoFronts, OneFrontPerApplication) {
    const DesignLog log = test::hand_made_log();
    const auto fronts = pareto_fronts_by_app(log);
    ASSERT_EQ(fronts.size(), 2u);
    EXPECT_EQ(fronts[0], (Selection{0, 1}));  // x: (5, 10), (6, 8); (7, 9) is dominated
    EXPECT_EQ(fronts[1], (Selection{4, 8}));  // y: (9, 2), (20, 1); (9, 3) ties on area, slower
}

TEST(BudgetIndex, BestInBudgetCountsAndFrontSubset) {
    const DesignLog log = test::hand_made_log();
    const BudgetIndex index(log);
    // Budget 6.5 mm²: x has rows 0 and 1 inside (best is row 1, 8 ms), row 2 over; y has none.
    const auto s = index.summarize(6.5);
    ASSERT_EQ(s.size(), 2u);
    ASSERT_TRUE(s[0].best.has_value());
    EXPECT_EQ(*s[0].best, 1u);
    EXPECT_DOUBLE_EQ(s[0].best_latency_ms, 8);
    EXPECT_EQ(s[0].in_budget, 2u);
    EXPECT_EQ(s[0].over_budget, 1u);
    EXPECT_EQ(s[0].front_in_budget, 2u);
    EXPECT_FALSE(s[1].best.has_value());
    EXPECT_EQ(s[1].in_budget, 0u);
    EXPECT_EQ(s[1].over_budget, 3u);
    // Budget exactly 9: area <= budget counts, so both 9 mm² designs of y are in; the best is row 4.
    const auto y9 = index.summarize(AppId(1), 9.0);
    EXPECT_EQ(*y9.best, 4u);
    EXPECT_EQ(y9.in_budget, 2u);
    EXPECT_EQ(y9.front_in_budget, 1u);
    // No budget: everything feasible is in, the best is the fastest.
    const auto y_inf = index.summarize(AppId(1), std::numeric_limits<double>::infinity());
    EXPECT_EQ(*y_inf.best, 8u);
    EXPECT_EQ(y_inf.in_budget, 3u);
    EXPECT_EQ(y_inf.over_budget, 0u);
    EXPECT_EQ(index.front_latency(1), (std::vector<double>{2, 1}));
}

TEST(FeasibilityGrid, HandComputedCells) {
    const DesignLog log = test::hand_made_log();
    const FeasibilityGrid g = feasibility_grid(log, 0, 1);  // x axis: a (2 values), y axis: b (3 values)
    ASSERT_EQ(g.nx, 2u);
    ASSERT_EQ(g.ny, 3u);
    // (a=1, b=10): rows 0, 4, 8, all feasible.
    EXPECT_EQ(g.rows[g.cell(0, 0)], 3u);
    EXPECT_DOUBLE_EQ(g.fraction(0, 0), 1.0);
    EXPECT_FLOAT_EQ(g.best_latency_ms[g.cell(0, 0)], 1.0f);  // row 8 (mixed applications)
    // (a=2, b=20): rows 2 (feasible) and 5 (infeasible).
    EXPECT_DOUBLE_EQ(g.fraction(1, 1), 0.5);
    // (a=1, b=30): row 3 only, infeasible: fraction 0, no best latency.
    EXPECT_DOUBLE_EQ(g.fraction(0, 2), 0.0);
    EXPECT_TRUE(std::isnan(g.best_latency_ms[g.cell(0, 2)]));
    // (a=2, b=10): row 1 only. (a=1, b=20): row 6. (a=2, b=30): row 7 infeasible.
    EXPECT_DOUBLE_EQ(g.fraction(1, 0), 1.0);
    EXPECT_DOUBLE_EQ(g.fraction(0, 1), 1.0);
    EXPECT_DOUBLE_EQ(g.fraction(1, 2), 0.0);

    // Application y and a 9.5 mm² budget: (a=1, b=10) has rows 4 (9 mm², 2 ms)
    // and 8 (20 mm², over budget): best is row 4.
    const FeasibilityGrid gy = feasibility_grid(log, 0, 1, only_app(2, 1), 9.5);
    EXPECT_EQ(gy.rows[gy.cell(0, 0)], 2u);
    EXPECT_FLOAT_EQ(gy.best_latency_ms[gy.cell(0, 0)], 2.0f);
    EXPECT_EQ(gy.best_row[gy.cell(0, 0)], 4u);
    EXPECT_EQ(gy.rows[gy.cell(1, 0)], 0u);
    EXPECT_TRUE(std::isnan(gy.fraction(1, 0)));  // no design there: no fraction
    EXPECT_THROW(feasibility_grid(log, 0, 2), std::out_of_range);
}

TEST(FeasibilityGrid, HistogramStackedByReason) {
    const DesignLog log = test::hand_made_log();
    const ParameterHistogram h = parameter_histogram(log, 1);  // b
    EXPECT_EQ(h.feasible, (std::vector<std::uint64_t>{4, 2, 0}));  // rows 0, 1, 4, 8 | 2, 6
    ASSERT_EQ(h.infeasible.size(), 3u);  // unknown, R1, R2
    EXPECT_EQ(h.infeasible[0], (std::vector<std::uint64_t>{0, 0, 0}));
    EXPECT_EQ(h.infeasible[1], (std::vector<std::uint64_t>{0, 0, 2}));  // rows 3, 7
    EXPECT_EQ(h.infeasible[2], (std::vector<std::uint64_t>{0, 1, 0}));  // row 5
}

TEST(Density, CountsPerCellAndInfeasibleBand) {
    const DesignLog log = test::hand_made_log();
    DensityQuery q;
    q.area = {0, 20, 4, false};      // cells [0,5) [5,10) [10,15) [15,20]
    q.latency = {0.5, 20, 2, true};  // log cells: [0.5, ~3.16) and [~3.16, 20]
    q.per_app = true;
    q.marker_limit = 3;
    const DensityRaster d = compute_density(log, q);
    ASSERT_EQ(d.layer_app, (std::vector<AppId>{0, 1}));
    // x: rows 0 (5, 10), 1 (6, 8), 2 (7, 9) all in area cell 1, latency cell 1.
    EXPECT_EQ(d.feasible[0][1 * 4 + 1], 3u);
    // y: rows 4 (9, 2) and 6 (9, 3) in area cell 1, latency cell 0; row 8 (20, 1) in the last area cell.
    EXPECT_EQ(d.feasible[1][0 * 4 + 1], 2u);
    EXPECT_EQ(d.feasible[1][0 * 4 + 3], 1u);
    EXPECT_EQ(d.visible_feasible, 6u);
    EXPECT_EQ(d.feasible_max(), 3u);
    // Infeasible by area only: row 3 (4 mm², R1) cell 0, row 5 (1 mm², R2) cell 0, row 7 (12 mm², R1) cell 2.
    EXPECT_EQ(d.infeasible[1], (std::vector<std::uint32_t>{1, 0, 1, 0}));
    EXPECT_EQ(d.infeasible[2], (std::vector<std::uint32_t>{1, 0, 0, 0}));
    EXPECT_EQ(d.visible_infeasible, 3u);
    EXPECT_NE(d.feasible_row[1 * 4 + 1], kNoRow);
    EXPECT_FALSE(d.markers);  // 9 visible > 3

    // Zoomed to area [4.5, 7.5] and application x: three visible designs -> markers.
    q.area = {4.5, 7.5, 3, false};
    q.apps = only_app(2, 0);
    q.per_app = false;
    const DensityRaster z = compute_density(log, q);
    EXPECT_TRUE(z.markers);
    EXPECT_EQ(z.feasible_rows, (Selection{0, 1, 2}));
    EXPECT_TRUE(z.infeasible_rows.empty());  // row 3 has 4 mm², outside
    DensityQuery bad = q;
    bad.area = {3, 3, 4, false};  // an empty range
    EXPECT_THROW(compute_density(log, bad), std::invalid_argument);
}

TEST(PointDensity, CountsPlainPointsInTheExplorersRasterForm) {
    // Cells: area [0,5) [5,10) [10,15) [15,20]; latency log [1, 10) [10, 100].
    const std::vector<double> area{1, 6, 7, 19, 20, 25, 6, std::nan(""), 3};
    const std::vector<double> latency{2, 50, 60, 5, 100, 5, -1, 3, 9.99};
    const DensityRaster d = point_density(area, latency, {0, 20, 4, false}, {1, 100, 2, true});
    ASSERT_EQ(d.feasible.size(), 1u);
    EXPECT_EQ(d.feasible[0][0 * 4 + 0], 2u);  // (1, 2) and (3, 9.99)
    EXPECT_EQ(d.feasible[0][1 * 4 + 1], 2u);  // (6, 50), (7, 60)
    EXPECT_EQ(d.feasible[0][0 * 4 + 3], 1u);  // (19, 5)
    EXPECT_EQ(d.feasible[0][1 * 4 + 3], 1u);  // (20, 100): the upper bounds belong to the last cells
    // Outside the area axis (25), a non-positive latency on a log axis, NaN: not counted.
    EXPECT_EQ(d.visible_feasible, 6u);
    EXPECT_EQ(d.feasible_row[0 * 4 + 3], 3u);
    EXPECT_EQ(d.feasible_row[1 * 4 + 0], kNoRow);
    EXPECT_THROW(point_density(area, std::vector<double>{1}, {0, 20, 4, false}, {1, 100, 2, true}), std::invalid_argument);
    EXPECT_THROW(point_density(area, latency, {0, 20, 4, false}, {0, 100, 2, true}), std::invalid_argument);
}

TEST(RowFilter, FiltersAndSorts) {
    const DesignLog log = test::hand_made_log();
    RowFilter f;
    f.feasibility = FeasibilityFilter::Feasible;
    f.budget_mm2 = 9;
    EXPECT_EQ(filter_rows(log, f), (Selection{0, 1, 2, 4, 6}));
    f.apps = only_app(2, 1);
    EXPECT_EQ(filter_rows(log, f), (Selection{4, 6}));
    RowFilter g;
    g.values.push_back({1, 1, 2});  // b in {20, 30}
    EXPECT_EQ(filter_rows(log, g), (Selection{2, 3, 5, 6, 7}));
    g.latency = std::make_pair(2.5, 9.5);  // rectangle: only feasible rows with latency in range
    EXPECT_EQ(filter_rows(log, g), (Selection{2, 6}));
    EXPECT_EQ(filter_rows(log, g, Selection{6, 2}), (Selection{6, 2}));  // keeps the given order

    Selection rows = log.all_rows();
    sort_rows(log, rows, {SortKey::Column::Latency, 0}, false);
    EXPECT_EQ(rows, (Selection{8, 4, 6, 1, 2, 0, 3, 5, 7}));  // infeasible (no latency) last
    sort_rows(log, rows, {SortKey::Column::Latency, 0}, true);
    EXPECT_EQ(rows, (Selection{0, 2, 1, 6, 4, 8, 3, 5, 7}));  // still last when descending
    sort_rows(log, rows, {SortKey::Column::Area, 0}, false);
    EXPECT_EQ(rows, (Selection{5, 3, 0, 1, 2, 6, 4, 7, 8}));  // ties keep the previous order (6 before 4)
}

TEST(LogOverview, CountsAndExtentsPerApplication) {
    const DesignLog log = test::hand_made_log();
    const LogOverview o = overview(log);
    ASSERT_EQ(o.apps.size(), 2u);
    EXPECT_EQ(o.apps[0].rows, 4u);
    EXPECT_EQ(o.apps[0].feasible, 3u);
    EXPECT_DOUBLE_EQ(o.apps[0].area_min, 4);  // every row's area counts, row 3 is infeasible
    EXPECT_DOUBLE_EQ(o.apps[0].area_max, 7);
    EXPECT_DOUBLE_EQ(o.apps[0].latency_min, 8);  // feasible rows only
    EXPECT_DOUBLE_EQ(o.apps[0].latency_max, 10);
    EXPECT_EQ(o.apps[1].infeasible_by_reason, (std::vector<std::uint64_t>{0, 1, 1}));  // R1: row 7, R2: row 5
    const AppOverview all = o.combined({});
    EXPECT_EQ(all.rows, 9u);
    EXPECT_DOUBLE_EQ(all.area_max, 20);
    EXPECT_EQ(all.infeasible_by_reason, (std::vector<std::uint64_t>{0, 2, 1}));
    EXPECT_EQ(o.combined(only_app(2, 1)).feasible, 3u);
}
