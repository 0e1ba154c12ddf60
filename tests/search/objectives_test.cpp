// Multi-application latency folds on hand-computed numbers.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "search/objectives.h"

using namespace prime;

namespace {

const double kInf = std::numeric_limits<double>::infinity();

double combine(std::vector<double> l, std::vector<double> w, LatencyAggregate how) {
    return combine_latencies(l, w, how);
}

TEST(CombineLatencies, EqualWeights) {
    EXPECT_DOUBLE_EQ(combine({1, 4, 16}, {}, LatencyAggregate::Mean), 7.0);
    EXPECT_DOUBLE_EQ(combine({1, 4, 16}, {}, LatencyAggregate::GeometricMean), 4.0);
    EXPECT_DOUBLE_EQ(combine({1, 4, 16}, {}, LatencyAggregate::WorstCase), 16.0);
    EXPECT_DOUBLE_EQ(combine({2.5}, {}, LatencyAggregate::GeometricMean), 2.5);
}

TEST(CombineLatencies, Weighted) {
    // (1 + 4 + 2 * 16) / 4
    EXPECT_DOUBLE_EQ(combine({1, 4, 16}, {1, 1, 2}, LatencyAggregate::Mean), 9.25);
    // exp((ln 1 + ln 4 + 2 ln 16) / 4) = 2^(10/4)
    EXPECT_NEAR(combine({1, 4, 16}, {1, 1, 2}, LatencyAggregate::GeometricMean), std::pow(2.0, 2.5), 1e-12);
    // weights scaled to average 1: 0.75, 0.75, 1.5 -> max(0.75, 3, 24)
    EXPECT_DOUBLE_EQ(combine({1, 4, 16}, {1, 1, 2}, LatencyAggregate::WorstCase), 24.0);
    // Scaling every weight by the same factor changes nothing.
    EXPECT_DOUBLE_EQ(combine({1, 4, 16}, {10, 10, 20}, LatencyAggregate::WorstCase), 24.0);
    EXPECT_DOUBLE_EQ(combine({1, 4, 16}, {10, 10, 20}, LatencyAggregate::Mean), 9.25);
}

TEST(CombineLatencies, ZeroWeightApplicationsAreIgnored) {
    EXPECT_DOUBLE_EQ(combine({3, kInf, 5}, {1, 0, 1}, LatencyAggregate::Mean), 4.0);
    EXPECT_DOUBLE_EQ(combine({3, 100, 5}, {1, 0, 1}, LatencyAggregate::WorstCase), 5.0);
    EXPECT_NEAR(combine({4, -1, 9}, {1, 0, 1}, LatencyAggregate::GeometricMean), 6.0, 1e-12);
}

TEST(CombineLatencies, AnInfeasibleApplicationMakesTheDesignInfeasible) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (auto how : {LatencyAggregate::Mean, LatencyAggregate::GeometricMean, LatencyAggregate::WorstCase}) {
        EXPECT_EQ(combine({1, kInf, 3}, {}, how), kInf) << to_string(how);
        EXPECT_EQ(combine({1, nan, 3}, {}, how), kInf) << to_string(how);
    }
    EXPECT_EQ(latency_score(kInf), -kInf);
    EXPECT_EQ(latency_score(2.0), -2.0);
}

TEST(CombineLatencies, RejectsBadInput) {
    EXPECT_THROW(combine({}, {}, LatencyAggregate::Mean), std::invalid_argument);
    EXPECT_THROW(combine({1, 2}, {1}, LatencyAggregate::Mean), std::invalid_argument);
    EXPECT_THROW(combine({1, 2}, {1, -1}, LatencyAggregate::Mean), std::invalid_argument);
    EXPECT_THROW(combine({1, 2}, {0, 0}, LatencyAggregate::Mean), std::invalid_argument);
    EXPECT_THROW(combine({1, 0}, {}, LatencyAggregate::GeometricMean), std::invalid_argument);
}

TEST(CombineLatencies, NamesRoundTrip) {
    for (auto how : {LatencyAggregate::Mean, LatencyAggregate::GeometricMean, LatencyAggregate::WorstCase})
        EXPECT_EQ(parse_latency_aggregate(to_string(how)), how);
    EXPECT_FALSE(parse_latency_aggregate("median").has_value());
}

}  // namespace
