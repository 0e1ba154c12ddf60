#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <random>

#include "data/log_stats.h"

using namespace prime;

namespace {
DesignLog hand_made() {
    DesignLog log(SearchSpace("s", {Parameter{"a", "", "", {}, {1, 2, 3}}}));
    const AppId x = log.app_id("x"), y = log.app_id("y");
    auto add = [&](ValueIndex v, float lat, float area, bool ok, AppId app) {
        const std::vector<ValueIndex> d{v};
        log.append(d, lat, area, ok, app);
    };
    add(0, 10, 5, true, x);   // on the front (smallest area)
    add(1, 8, 6, true, x);    // on the front
    add(2, 9, 7, true, x);    // dominated by (8, 6)
    add(0, 2, 9, true, y);    // on the front
    add(1, 1, 1, false, y);   // infeasible: never on the front
    add(2, 3, 9, true, y);    // same area as (2, 9), slower: dominated
    return log;
}
}  // namespace

TEST(LogStats, HandComputedSummary) {
    const DesignLog log = hand_made();
    const LogStats s = compute_stats(log);
    ASSERT_EQ(s.apps.size(), 2u);
    EXPECT_EQ(s.apps[0].rows, 3u);
    EXPECT_EQ(s.apps[0].feasible, 3u);
    EXPECT_DOUBLE_EQ(s.apps[0].latency_ms.median, 9);
    EXPECT_DOUBLE_EQ(s.apps[0].latency_ms.min, 8);
    EXPECT_DOUBLE_EQ(s.apps[0].latency_ms.max, 10);
    EXPECT_EQ(s.apps[1].feasible, 2u);
    EXPECT_NEAR(s.apps[1].feasible_fraction, 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(s.apps[1].latency_ms.median, 2.5);  // feasible only: {2, 3}
    EXPECT_DOUBLE_EQ(s.apps[1].area_mm2.min, 1);         // area counts every row
    EXPECT_EQ(s.total.rows, 6u);
    EXPECT_DOUBLE_EQ(s.total.latency_ms.median, 8);      // feasible {2, 3, 8, 9, 10}
    EXPECT_EQ(s.histogram[0], (std::vector<std::uint64_t>{2, 2, 2}));
}

TEST(LogStats, ParetoFront) {
    const DesignLog log = hand_made();
    EXPECT_EQ(pareto_front(log, log.all_rows()), (Selection{0, 1, 3}));
    EXPECT_EQ(pareto_front(log, log.rows_of_app(1)), (Selection{3}));
}

// Above 16,384 candidates the sweep first discards rows that a sample's front
// dominates; the result must be exactly the full sort's front, ties included
// (coarse values make many rows share an area, a latency or both).
TEST(LogStats, ParetoSweepOfManyRowsEqualsTheFullSort) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> coarse(1, 400);
    std::vector<float> lat(100000), area(100000);
    Selection rows;
    for (std::size_t r = 0; r < lat.size(); ++r) {
        area[r] = static_cast<float>(coarse(rng));
        lat[r] = 1000.0f / area[r] + static_cast<float>(coarse(rng));  // a real trade-off, with noise
        rows.push_back(static_cast<RowIndex>(r));
    }
    Selection sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](RowIndex a, RowIndex b) { return area[a] != area[b] ? area[a] < area[b] : lat[a] < lat[b]; });
    Selection expected;
    float best = std::numeric_limits<float>::infinity();
    for (RowIndex r : sorted)
        if (lat[r] < best) expected.push_back(r), best = lat[r];
    ASSERT_GT(expected.size(), 5u);
    EXPECT_EQ(pareto_sweep(lat.data(), area.data(), rows), expected);
}
