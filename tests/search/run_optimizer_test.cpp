// The shared search loop: history, progress, stop and cancel.
#include <gtest/gtest.h>

#include <atomic>

#include <nlohmann/json.hpp>

#include "search/optimizer_factory.h"
#include "search/run_optimizer.h"
#include "synthetic_problem.h"

using namespace prime;

namespace {

TEST(RunOptimizer, RecordsOneEntryPerGeneration) {
    const test::SyntheticProblem problem;
    auto opt = make_optimizer("evolution", problem.space, 1);
    const auto history = run_optimizer(*opt, [&](const auto& d) {
        auto s = problem.scores(d);
        s[0] = kInfeasibleScore;
        return s;
    }, 5, 10);
    ASSERT_EQ(history.generations.size(), 5u);
    EXPECT_FALSE(history.stopped_early);
    for (std::size_t g = 0; g < 5; ++g) {
        const auto& r = history.generations[g];
        EXPECT_EQ(r.generation, g + 1);
        EXPECT_EQ(r.evaluations, 10 * (g + 1));
        EXPECT_EQ(r.feasible, 9u);
        EXPECT_LE(r.generation_best, r.best_score);
        EXPECT_LE(r.generation_mean, r.generation_best);
        EXPECT_EQ(problem.score(r.best_design), r.best_score);
    }
}

TEST(RunOptimizer, ProgressSeesEachGenerationAndCanStop) {
    const test::SyntheticProblem problem;
    auto opt = make_optimizer("firefly", problem.space, 1);
    std::vector<std::size_t> seen;
    const auto history = run_optimizer(*opt, [&](const auto& d) { return problem.scores(d); }, 10, 8,
                                       [&](const GenerationReport& r) {
                                           seen.push_back(r.completed);
                                           EXPECT_EQ(r.total, 10u);
                                           EXPECT_EQ(r.designs.size(), 8u);
                                           EXPECT_EQ(r.scores, problem.scores(r.designs));
                                           return r.completed < 3;
                                       });
    EXPECT_EQ(seen, (std::vector<std::size_t>{1, 2, 3}));
    EXPECT_EQ(history.generations.size(), 3u);
    EXPECT_TRUE(history.stopped_early);
    EXPECT_FALSE(opt->awaiting_tell());
}

TEST(RunOptimizer, CancelStopsBetweenGenerationsAndTheRunCanContinue) {
    const test::SyntheticProblem problem;
    auto straight = make_optimizer("genetic", problem.space, 2);
    run_optimizer(*straight, [&](const auto& d) { return problem.scores(d); }, 6, 12);

    auto opt = make_optimizer("genetic", problem.space, 2);
    JobControl job;
    const auto history = run_optimizer(*opt, [&](const auto& d) {
        if (opt->generation() == 3) job.cancel();  // e.g. the user pressed Stop mid-generation
        return problem.scores(d);
    }, 6, 12, {}, &job);
    EXPECT_TRUE(history.stopped_early);
    EXPECT_EQ(history.generations.size(), 4u) << "the generation in flight completes";
    EXPECT_FALSE(opt->awaiting_tell());
    JobControl next;  // a continued run is a new job
    run_optimizer(*opt, [&](const auto& d) { return problem.scores(d); }, 2, 12, {}, &next);
    EXPECT_EQ(opt->save_state(), straight->save_state());
}

TEST(RunOptimizer, RejectsAScorerThatLosesDesigns) {
    const test::SyntheticProblem problem;
    auto opt = make_optimizer("random", problem.space, 1);
    EXPECT_THROW(run_optimizer(*opt, [](const auto&) { return std::vector<double>{1.0}; }, 1, 4),
                 std::invalid_argument);
    EXPECT_THROW(run_optimizer(*opt, {}, 1, 4), std::invalid_argument);
}

}  // namespace
