// Options and state files: names, validation, and failures that leave the
// optimizer untouched and name the file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../test_support.h"
#include "search/firefly.h"
#include "search/genetic_algorithm.h"
#include "search/optimizer_factory.h"
#include "search/regularized_evolution.h"
#include "synthetic_problem.h"

using namespace prime;
using nlohmann::json;

namespace {

void run(Optimizer& opt, const test::SyntheticProblem& problem, int generations) {
    for (int g = 0; g < generations; ++g) {
        const auto d = opt.ask(16);
        auto s = problem.scores(d);
        s[3] = kInfeasibleScore;  // states must carry infeasible scores too
        opt.tell(d, s);
    }
}

std::string message_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(no exception)";
}

TEST(OptimizerFactory, MakesEveryKindByName) {
    const test::SyntheticProblem problem;
    for (const auto& kind : optimizer_kinds()) {
        auto opt = make_optimizer(kind, problem.space, 1);
        EXPECT_EQ(opt->kind(), kind);
        EXPECT_EQ(opt->seed(), 1u);
    }
    EXPECT_NE(message_of([&] { make_optimizer("annealing", problem.space, 1); }).find("evolution, firefly"),
              std::string::npos);
}

TEST(OptimizerFactory, OptionsComeFromJsonAndTyposFailLoudly) {
    const test::SyntheticProblem problem;
    auto opt = make_optimizer("firefly", problem.space, 1, json{{"gamma", 0.5}, {"alpha", 0.1}});
    const auto& ff = dynamic_cast<const Firefly&>(*opt);
    EXPECT_EQ(ff.options().gamma, 0.5);
    EXPECT_EQ(ff.options().alpha, 0.1);
    EXPECT_EQ(ff.options().beta0, 1.0);  // default kept
    EXPECT_NE(message_of([&] { make_optimizer("firefly", problem.space, 1, json{{"gama", 0.5}}); }).find("gama"),
              std::string::npos);
    EXPECT_THROW(make_optimizer("evolution", problem.space, 1, json{{"population_size", "big"}}),
                 std::invalid_argument);
    EXPECT_THROW(make_optimizer("evolution", problem.space, 1, json{{"population_size", 1}}), std::invalid_argument);
    EXPECT_THROW(make_optimizer("evolution", problem.space, 1, json{{"tournament_size", 100}}), std::invalid_argument);
    EXPECT_THROW(make_optimizer("genetic", problem.space, 1, json{{"crossover_rate", 1.5}}), std::invalid_argument);
    EXPECT_THROW(make_optimizer("random", problem.space, 1, json{{"anything", 1}}), std::invalid_argument);
}

TEST(OptimizerFactory, OptionsRoundTripThroughJson) {
    const RegularizedEvolutionOptions e{.population_size = 10, .tournament_size = 3, .mutation_rate = 0.25};
    const auto e2 = evolution_options_from_json(to_json(e));
    EXPECT_EQ(e2.population_size, 10u);
    EXPECT_EQ(e2.tournament_size, 3u);
    EXPECT_EQ(e2.mutation_rate, 0.25);
    const GeneticAlgorithmOptions g{.tournament_size = 4, .crossover_rate = 0.5, .mutation_rate = 0.2, .elite_count = 1};
    EXPECT_EQ(to_json(genetic_options_from_json(to_json(g))), to_json(g));
    const FireflyOptions f{.beta0 = 0.5, .gamma = 2, .alpha = 0.3, .alpha_decay = 0.9};
    EXPECT_EQ(to_json(firefly_options_from_json(to_json(f))), to_json(f));
}

TEST(OptimizerState, InfeasibleScoresAreWrittenAsNull) {
    const test::SyntheticProblem problem;
    RegularizedEvolution opt(problem.space, 1, {.population_size = 16, .tournament_size = 4});
    run(opt, problem, 1);
    const json state = opt.save_state();
    EXPECT_EQ(state["format"], "prime-optimizer-state");
    EXPECT_TRUE(state["algorithm"]["population"][3]["score"].is_null());
    EXPECT_NO_THROW(json::parse(state.dump()));  // valid JSON, no NaN or Infinity tokens
}

TEST(OptimizerState, MismatchedStateIsRejectedAndLeavesTheOptimizerUnchanged) {
    const test::SyntheticProblem problem;
    auto evo = make_optimizer("evolution", problem.space, 1);
    auto ff = make_optimizer("firefly", problem.space, 2);
    run(*evo, problem, 2);
    run(*ff, problem, 1);
    const json before = ff->save_state();

    EXPECT_NE(message_of([&] { ff->restore_state(evo->save_state()); }).find("'evolution'"), std::string::npos);
    json wrong_space = evo->save_state();
    wrong_space["space"] = "0000000000000000";
    EXPECT_THROW(evo->restore_state(wrong_space), std::invalid_argument);
    json bad_design = ff->save_state();
    bad_design["best"]["design"][0] = 99;
    EXPECT_THROW(ff->restore_state(bad_design), std::invalid_argument);
    json bad_position = ff->save_state();
    bad_position["algorithm"]["positions"][0][0] = 1.5;
    EXPECT_THROW(ff->restore_state(bad_position), std::invalid_argument);
    json missing = ff->save_state();
    missing.erase("generation");
    EXPECT_THROW(ff->restore_state(missing), std::invalid_argument);
    EXPECT_THROW(restore_optimizer(problem.space, json::array()), std::invalid_argument);

    EXPECT_EQ(ff->save_state(), before);
}

TEST(OptimizerState, FilesRoundTripAndBadFilesNameThemselves) {
    const test::SyntheticProblem problem;
    test::TempDir dir;
    auto opt = make_optimizer("genetic", problem.space, 8);
    run(*opt, problem, 3);
    save_optimizer_state(*opt, dir / "search.json");
    auto loaded = load_optimizer_state(problem.space, dir / "search.json");
    EXPECT_EQ(loaded->kind(), "genetic");
    EXPECT_EQ(loaded->save_state(), opt->save_state());

    test::write_file(dir / "broken.json", "{\"format\": ");
    const auto e = test::expect_input_error([&] { load_optimizer_state(problem.space, dir / "broken.json"); });
    EXPECT_NE(e.file().find("broken.json"), std::string::npos);
    test::write_file(dir / "other.json", "{\"kind\": \"firefly\", \"seed\": 1, \"options\": {\"gamma\": -1}}");
    test::expect_input_error([&] { load_optimizer_state(problem.space, dir / "other.json"); });
}

}  // namespace
