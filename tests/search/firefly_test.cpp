// The firefly's own mechanics: attraction toward brighter fireflies with
// beta0 * exp(-gamma r^2), the decaying random step, rounding to indices.
#include <gtest/gtest.h>

#include <cmath>

#include "search/firefly.h"
#include "synthetic_problem.h"

using namespace prime;

namespace {

double distance(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0;
    for (std::size_t k = 0; k < a.size(); ++k) s += (a[k] - b[k]) * (a[k] - b[k]);
    return std::sqrt(s);
}

std::size_t brightest(const std::vector<double>& scores) {
    return static_cast<std::size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

TEST(Firefly, PositionsRoundTripThroughDesigns) {
    const test::SyntheticProblem problem;
    Firefly ff(problem.space, 1);
    Rng rng(5);
    for (int i = 0; i < 100; ++i) {
        const Design d = problem.space.sample(rng);
        const auto x = ff.position_of(d);
        for (double v : x) EXPECT_TRUE(v >= 0.0 && v <= 1.0);
        EXPECT_EQ(ff.design_at(x), d);
    }
    // Rounding picks the nearest allowed index and never leaves the range.
    std::vector<double> x(10, 0.0);
    x[0] = 0.52;   // 10 values: 0.52 * 9 = 4.68 -> 5
    x[7] = 0.2;    // 4 values: 0.2 * 3 = 0.6 -> 1
    x[9] = 1.0;    // 6 values -> 5, the last
    const Design d = ff.design_at(x);
    EXPECT_EQ(d[0], 5);
    EXPECT_EQ(d[7], 1);
    EXPECT_EQ(d[9], 5);
}

TEST(Firefly, DimmerFireflyJumpsOntoBrighterWhenAttractionIsFull) {
    const test::SyntheticProblem problem;
    Firefly ff(problem.space, 2, FireflyOptions{.beta0 = 1.0, .gamma = 0.0, .alpha = 0.0});
    const auto first = ff.ask(2);
    ff.tell(first, {-1.0, -5.0});
    const auto second = ff.ask(2);
    EXPECT_EQ(second[0], first[0]) << "the brightest has no one to follow and alpha is 0";
    EXPECT_EQ(second[1], first[0]) << "beta = 1 moves the dimmer one all the way";
}

TEST(Firefly, MoveMatchesTheAttractivenessFormula) {
    const test::SyntheticProblem problem;
    const FireflyOptions o{.beta0 = 0.8, .gamma = 3.0, .alpha = 0.0};
    Firefly ff(problem.space, 3, o);
    const auto first = ff.ask(2);
    const auto before = ff.positions();
    ff.tell(first, {-5.0, -1.0});  // firefly 1 is brighter
    ff.ask(2);
    double r2 = 0;
    for (std::size_t k = 0; k < 10; ++k) r2 += (before[1][k] - before[0][k]) * (before[1][k] - before[0][k]);
    r2 /= 10.0;  // mean over the ten parameters
    const double beta = o.beta0 * std::exp(-o.gamma * r2);
    for (std::size_t k = 0; k < 10; ++k)
        EXPECT_NEAR(ff.positions()[0][k], before[0][k] + beta * (before[1][k] - before[0][k]), 1e-12);
    EXPECT_EQ(ff.positions()[1], before[1]);
}

TEST(Firefly, SwarmMovesTowardTheBrightest) {
    const test::SyntheticProblem problem;
    Firefly ff(problem.space, 4, FireflyOptions{.beta0 = 1.0, .gamma = 1.0, .alpha = 0.0});
    const auto designs = ff.ask(16);
    const auto before = ff.positions();
    const auto scores = problem.scores(designs);
    const std::size_t best = brightest(scores);
    ff.tell(designs, scores);
    ff.ask(16);
    double sum_before = 0, sum_after = 0;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == best) continue;
        sum_before += distance(before[i], before[best]);
        sum_after += distance(ff.positions()[i], before[best]);
    }
    EXPECT_LT(sum_after, 0.5 * sum_before);
    EXPECT_EQ(ff.positions()[best], before[best]);
}

TEST(Firefly, InfeasibleFirefliesAreDrawnToFeasibleOnesNeverTheReverse) {
    const test::SyntheticProblem problem;
    Firefly ff(problem.space, 6, FireflyOptions{.beta0 = 1.0, .gamma = 0.0, .alpha = 0.0});
    const auto designs = ff.ask(3);
    const auto before = ff.positions();
    ff.tell(designs, {std::nan(""), -2.0, kInfeasibleScore});
    const auto moved = ff.ask(3);
    EXPECT_EQ(ff.positions()[1], before[1]) << "nothing feasible is brighter than the feasible one";
    for (std::size_t i : {0u, 2u}) {
        EXPECT_LT(distance(ff.positions()[i], before[1]), 1e-12);
        EXPECT_EQ(moved[i], designs[1]);
    }
}

TEST(Firefly, RandomStepDecaysEachGeneration) {
    const test::SyntheticProblem problem;
    const FireflyOptions o{.alpha = 0.4, .alpha_decay = 0.5};
    Firefly ff(problem.space, 7, o);
    for (int g = 0; g < 4; ++g) {
        const auto d = ff.ask(8);
        ff.tell(d, problem.scores(d));
    }
    // The first ask only places the swarm; the three later asks each moved it.
    EXPECT_DOUBLE_EQ(ff.current_alpha(), 0.4 * 0.125);
}

TEST(Firefly, LoneBrightestWandersOnlyWithinAlpha) {
    const test::SyntheticProblem problem;
    Firefly ff(problem.space, 8, FireflyOptions{.alpha = 0.1});
    const auto d = ff.ask(1);
    const auto before = ff.positions()[0];
    ff.tell(d, {0.0});
    ff.ask(1);
    for (std::size_t k = 0; k < 10; ++k) EXPECT_LE(std::abs(ff.positions()[0][k] - before[k]), 0.05 + 1e-12);
    EXPECT_NE(ff.positions()[0], before);
}

TEST(Firefly, BatchSizeChangeKeepsTheBrightestAndAddsNewcomers) {
    const test::SyntheticProblem problem;
    Firefly ff(problem.space, 9, FireflyOptions{.alpha = 0.0});
    auto d = ff.ask(6);
    const auto before = ff.positions();
    ff.tell(d, {1, 6, 2, 5, 3, 4});
    d = ff.ask(3);  // keeps fireflies 1, 3, 5 (scores 6, 5, 4) in swarm order
    ASSERT_EQ(ff.positions().size(), 3u);
    EXPECT_EQ(ff.brightness(), (std::vector<double>{6, 5, 4}));
    EXPECT_EQ(ff.positions()[0], before[1]) << "the brightest stays put with alpha 0";
    ff.tell(d, problem.scores(d));
    d = ff.ask(5);
    EXPECT_EQ(d.size(), 5u);
    EXPECT_EQ(ff.brightness().size(), 5u);
}

TEST(Firefly, RejectsBadOptions) {
    const test::SyntheticProblem problem;
    EXPECT_THROW(Firefly(problem.space, 1, FireflyOptions{.beta0 = 1.5}), std::invalid_argument);
    EXPECT_THROW(Firefly(problem.space, 1, FireflyOptions{.gamma = -1}), std::invalid_argument);
    EXPECT_THROW(Firefly(problem.space, 1, FireflyOptions{.alpha = std::nan("")}), std::invalid_argument);
    EXPECT_THROW(Firefly(problem.space, 1, FireflyOptions{.alpha_decay = 0}), std::invalid_argument);
}

}  // namespace
