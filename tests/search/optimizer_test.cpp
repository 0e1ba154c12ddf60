// Behaviour every optimizer shares: it improves a known objective, respects a
// budget, is deterministic for a seed, and resumes from a saved state exactly.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "search/optimizer_factory.h"
#include "search/run_optimizer.h"
#include "synthetic_problem.h"

using namespace prime;

namespace {

constexpr std::size_t kPopulation = 32;

// Small populations and fast settings so each run takes milliseconds.
nlohmann::json test_options(const std::string& kind) {
    if (kind == "evolution") return {{"population_size", 32}, {"tournament_size", 8}};
    return nlohmann::json::object();
}

std::unique_ptr<Optimizer> make(const std::string& kind, const SearchSpace& space, std::uint64_t seed) {
    return make_optimizer(kind, space, seed, test_options(kind));
}

// Every ask of `generations` rounds, scored by the synthetic objective.
std::vector<std::vector<Design>> run_recording(Optimizer& opt, const test::SyntheticProblem& problem,
                                               std::size_t generations) {
    std::vector<std::vector<Design>> asks;
    run_optimizer(opt, [&](const std::vector<Design>& d) { asks.push_back(d); return problem.scores(d); },
                  generations, kPopulation);
    return asks;
}

class EveryOptimizer : public ::testing::TestWithParam<std::string> {};

TEST_P(EveryOptimizer, ImprovesSyntheticObjective) {
    const test::SyntheticProblem problem;
    auto opt = make(GetParam(), problem.space, 11);
    const auto history = run_optimizer(*opt, [&](const auto& d) { return problem.scores(d); }, 40, kPopulation);
    ASSERT_EQ(history.generations.size(), 40u);
    const double initial = history.generations.front().best_score;  // best of 32 random designs
    const double final = opt->best()->score;
    EXPECT_EQ(final, history.generations.back().best_score);
    EXPECT_EQ(problem.score(opt->best()->design), final);
    for (std::size_t g = 1; g < history.generations.size(); ++g)
        EXPECT_GE(history.generations[g].best_score, history.generations[g - 1].best_score);
    if (GetParam() == "random") {
        // 40x more samples only help a little: the baseline the others must beat.
        EXPECT_GE(final, initial);
    } else {
        EXPECT_GE(final - initial, 6.0) << "initial " << initial << ", final " << final;
        EXPECT_GE(final, -3.0) << "should end within 3 index steps of the target";
    }
}

TEST_P(EveryOptimizer, BeatsOrMatchesRandomSearchOnTheSameBudget) {
    const test::SyntheticProblem problem;
    double mine = 0, random = 0;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        auto opt = make(GetParam(), problem.space, seed);
        auto rnd = make("random", problem.space, seed);
        run_optimizer(*opt, [&](const auto& d) { return problem.scores(d); }, 30, kPopulation);
        run_optimizer(*rnd, [&](const auto& d) { return problem.scores(d); }, 30, kPopulation);
        mine += opt->best()->score;
        random += rnd->best()->score;
    }
    if (GetParam() == "random") {
        EXPECT_EQ(mine, random);
    } else {
        EXPECT_GT(mine, random + 15.0) << "summed over 3 seeds";
    }
}

TEST_P(EveryOptimizer, RespectsAreaBudget) {
    const test::SyntheticProblem problem;
    const Budget budget{.area_mm2 = 30.0};
    auto opt = make(GetParam(), problem.space, 5);
    std::size_t infeasible = 0;
    run_optimizer(*opt, [&](const std::vector<Design>& d) {
        auto s = problem.budgeted_scores(d, budget);
        for (double x : s) infeasible += is_feasible_score(x) ? 0 : 1;
        return s;
    }, 40, kPopulation);
    ASSERT_GT(infeasible, 0u) << "the budget must actually bind for this test to mean anything";
    ASSERT_TRUE(opt->best().has_value());
    EXPECT_LE(test::SyntheticProblem::area(opt->best()->design), 30.0);
    EXPECT_TRUE(is_feasible_score(opt->best()->score));
    EXPECT_LE(opt->best()->score, -9.0) << "the target itself is over budget";
    if (GetParam() != "random") {
        EXPECT_GE(opt->best()->score, -11.0) << "close to the budget's edge";
    }
}

TEST_P(EveryOptimizer, SameSeedSameAsksOtherSeedOtherAsks) {
    const test::SyntheticProblem problem;
    auto a = make(GetParam(), problem.space, 42);
    auto b = make(GetParam(), problem.space, 42);
    auto c = make(GetParam(), problem.space, 43);
    const auto asks_a = run_recording(*a, problem, 8);
    EXPECT_EQ(asks_a, run_recording(*b, problem, 8));
    EXPECT_NE(asks_a, run_recording(*c, problem, 8));
    EXPECT_EQ(a->save_state(), b->save_state());
}

TEST_P(EveryOptimizer, ResumedStateContinuesIdentically) {
    const test::SyntheticProblem problem;
    auto straight = make(GetParam(), problem.space, 9);
    const auto all = run_recording(*straight, problem, 20);

    auto first = make(GetParam(), problem.space, 9);
    run_recording(*first, problem, 10);
    // Through text, as a state file would go; into a fresh object.
    const auto text = first->save_state().dump();
    first.reset();
    auto resumed = restore_optimizer(problem.space, nlohmann::json::parse(text));
    EXPECT_EQ(resumed->generation(), 10u);
    const auto rest = run_recording(*resumed, problem, 10);
    ASSERT_EQ(rest.size(), 10u);
    for (std::size_t g = 0; g < 10; ++g) EXPECT_EQ(rest[g], all[10 + g]) << "generation " << 11 + g;
    EXPECT_EQ(resumed->best(), straight->best());
    EXPECT_EQ(resumed->save_state(), straight->save_state());
}

TEST_P(EveryOptimizer, RestoreIntoObjectOfOtherSeedAdoptsSavedSeed) {
    const test::SyntheticProblem problem;
    auto straight = make(GetParam(), problem.space, 3);
    const auto all = run_recording(*straight, problem, 6);
    auto first = make(GetParam(), problem.space, 3);
    run_recording(*first, problem, 3);
    auto other = make(GetParam(), problem.space, 999);
    other->restore_state(first->save_state());
    EXPECT_EQ(other->seed(), 3u);
    const auto rest = run_recording(*other, problem, 3);
    EXPECT_EQ(rest[2], all[5]);
}

TEST_P(EveryOptimizer, StateSavedBetweenAskAndTellKeepsThePendingDesigns) {
    const test::SyntheticProblem problem;
    auto straight = make(GetParam(), problem.space, 4);
    const auto all = run_recording(*straight, problem, 5);

    auto first = make(GetParam(), problem.space, 4);
    run_recording(*first, problem, 2);
    const auto asked = first->ask(kPopulation);
    auto resumed = restore_optimizer(problem.space, first->save_state());
    ASSERT_TRUE(resumed->awaiting_tell());
    EXPECT_EQ(resumed->pending(), asked);
    // The driver scores the pending designs first, then carries on.
    const auto rest = run_recording(*resumed, problem, 3);
    EXPECT_EQ(rest[0], all[2]);
    EXPECT_EQ(rest[2], all[4]);
    EXPECT_EQ(resumed->save_state(), straight->save_state());
}

TEST_P(EveryOptimizer, AllInfeasibleMeansNoBest) {
    const test::SyntheticProblem problem;
    auto opt = make(GetParam(), problem.space, 1);
    for (int g = 0; g < 3; ++g) {
        const auto d = opt->ask(kPopulation);
        std::vector<double> s(d.size(), std::numeric_limits<double>::quiet_NaN());
        s[0] = kInfeasibleScore;
        opt->tell(d, s);
    }
    EXPECT_FALSE(opt->best().has_value());
    EXPECT_EQ(opt->evaluations(), 3 * kPopulation);
    EXPECT_EQ(opt->generation(), 3u);
}

TEST_P(EveryOptimizer, EnforcesTheAskTellContract) {
    const test::SyntheticProblem problem;
    auto opt = make(GetParam(), problem.space, 1);
    EXPECT_THROW(opt->tell({}, {}), std::logic_error);
    EXPECT_THROW(opt->ask(0), std::invalid_argument);
    auto d = opt->ask(4);
    EXPECT_THROW(opt->ask(4), std::logic_error);
    EXPECT_THROW(opt->tell(d, {1, 2, 3}), std::invalid_argument);
    auto swapped = d;
    std::swap(swapped[0], swapped[1]);
    if (swapped != d) {
        EXPECT_THROW(opt->tell(swapped, {1, 2, 3, 4}), std::invalid_argument);
    }
    EXPECT_THROW(opt->tell(d, {1, 2, std::numeric_limits<double>::infinity(), 4}), std::invalid_argument);
    EXPECT_TRUE(opt->awaiting_tell());
    opt->tell(d, {1, 2, 3, 4});
    EXPECT_EQ(opt->best()->score, 4);
    EXPECT_EQ(opt->best()->design, d[3]);
}

INSTANTIATE_TEST_SUITE_P(Search, EveryOptimizer, ::testing::ValuesIn(optimizer_kinds()),
                         [](const auto& info) { return info.param; });

}  // namespace
