// The area-latency front and its hypervolume on hand-computed cases.
#include <gtest/gtest.h>

#include <limits>

#include "search/pareto_archive.h"

using namespace prime;

namespace {

Design tag(ValueIndex i) { return Design{{i}}; }

TEST(Hypervolume, HandComputedStaircase) {
    // (latency, area) = (3, 1), (2, 2), (1, 3) against (4, 4): slabs 3 + 2 + 1.
    const std::vector<ParetoPoint> front{{3, 1, {}}, {2, 2, {}}, {1, 3, {}}};
    EXPECT_DOUBLE_EQ(hypervolume_2d(front, 4, 4), 6.0);
    EXPECT_DOUBLE_EQ(hypervolume_2d({{1, 1, {}}}, 3, 3), 4.0);
    EXPECT_DOUBLE_EQ(hypervolume_2d({}, 4, 4), 0.0);
}

TEST(Hypervolume, IgnoresDominatedOutsideAndNonFinitePoints) {
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<ParetoPoint> points{{1, 3, {}}, {3, 3, {}}, {2, 2, {}}, {0.5, 5, {}}, {5, 0.5, {}},
                                    {inf, 0, {}}, {3, 1, {}}, {2, 2, {}}};
    EXPECT_DOUBLE_EQ(hypervolume_2d(points, 4, 4), 6.0);
    // On the reference's edge adds no area.
    EXPECT_DOUBLE_EQ(hypervolume_2d({{4, 1, {}}, {1, 4, {}}}, 4, 4), 0.0);
}

TEST(ParetoArchive, KeepsOnlyNonDominatedDesignsSortedByArea) {
    ParetoArchive archive(10, 10);
    EXPECT_TRUE(archive.offer(tag(0), 5, 5));
    EXPECT_FALSE(archive.offer(tag(1), 6, 6)) << "dominated";
    EXPECT_FALSE(archive.offer(tag(2), 5, 5)) << "equal to a kept point";
    EXPECT_TRUE(archive.offer(tag(3), 8, 2));
    EXPECT_TRUE(archive.offer(tag(4), 2, 8));
    EXPECT_FALSE(archive.offer(tag(5), std::numeric_limits<double>::quiet_NaN(), 1));
    ASSERT_EQ(archive.front().size(), 3u);
    EXPECT_EQ(archive.front()[0].design, tag(3));
    EXPECT_EQ(archive.front()[1].design, tag(0));
    EXPECT_EQ(archive.front()[2].design, tag(4));
    // (4, 4) dominates (5, 5) only.
    EXPECT_TRUE(archive.offer(tag(6), 4, 4));
    ASSERT_EQ(archive.front().size(), 3u);
    EXPECT_EQ(archive.front()[1].design, tag(6));
    // (1, 1) dominates everything.
    EXPECT_TRUE(archive.offer(tag(7), 1, 1));
    ASSERT_EQ(archive.front().size(), 1u);
    EXPECT_DOUBLE_EQ(archive.hypervolume(), 81.0);
}

TEST(ParetoArchive, HypervolumeHistoryPerGeneration) {
    ParetoArchive archive(4, 4);
    archive.offer(tag(0), 3, 1);
    EXPECT_DOUBLE_EQ(archive.close_generation(), 3.0);  // (4-1)*(4-3)
    archive.offer(tag(1), 2, 2);
    archive.offer(tag(2), 1, 3);
    EXPECT_DOUBLE_EQ(archive.close_generation(), 6.0);
    archive.offer(tag(3), 3.5, 3.5);  // dominated: no change
    EXPECT_DOUBLE_EQ(archive.close_generation(), 6.0);
    EXPECT_EQ(archive.hypervolume_history(), (std::vector<double>{3.0, 6.0, 6.0}));
    EXPECT_THROW(ParetoArchive(std::numeric_limits<double>::infinity(), 1), std::invalid_argument);
}

}  // namespace
