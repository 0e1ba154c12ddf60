// The torch-free parts of the surrogate: rank metrics, target normalisation,
// the training split and the negatives population.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "model/negative_population.h"
#include "model/rank_metrics.h"
#include "model/surrogate_info.h"
#include "model/training_data.h"
#include "model_test_support.h"

using namespace prime;

TEST(RankMetrics, SpearmanOfMonotoneAndReversedAndTies) {
    const std::vector<float> a{1, 2, 3, 4, 5}, b{10, 20, 30, 40, 1000}, r{5, 4, 3, 2, 1};
    EXPECT_DOUBLE_EQ(spearman(a, b), 1.0);
    EXPECT_DOUBLE_EQ(spearman(a, r), -1.0);
    EXPECT_EQ(average_ranks(std::vector<float>{3, 1, 3, 2}), (std::vector<double>{3.5, 1, 3.5, 2}));
    EXPECT_TRUE(std::isnan(spearman(std::vector<float>{1, 1, 1}, std::vector<float>{1, 2, 3})));
    EXPECT_DOUBLE_EQ(mean_squared_error(std::vector<float>{1, 2}, std::vector<float>{2, 4}), 2.5);
}

TEST(LatencyNormalisation, RoundTripsAndHigherScoreIsFaster) {
    const LatencyNormalisation n{std::log(300.0), 0.5};
    EXPECT_NEAR(n.score(300.0), 0.0, 1e-6);
    EXPECT_GT(n.score(200.0), n.score(400.0));
    EXPECT_NEAR(n.latency_ms(n.score(1234.5)), 1234.5, 1e-2);
}

TEST(TrainingData, PoolsFollowFeasibilityBudgetAndDesignSplit) {
    const DesignLog& log = test::small_log();
    TrainOptions o;
    o.area_budget = 60;
    const TrainingData data = build_training_data(log, o);
    ASSERT_EQ(data.apps.size(), 1u);
    const AppData& app = data.apps[0];
    const std::size_t good = log.feasible_rows(std::nullopt, 60).size();
    EXPECT_LE(app.feasible_train.size() + app.feasible_val.size(), good);
    EXPECT_GT(app.feasible_val.size(), good / 20);  // ~10% held out
    EXPECT_GT(app.infeasible_train.size(), 0u);
    // Standardised targets: mean ~0, sd ~1 over the training pool.
    double m = 0;
    for (float s : app.feasible_train.score) m += s;
    EXPECT_NEAR(m / static_cast<double>(app.feasible_train.size()), 0.0, 1e-3);
    // No design is on both sides of the split.
    std::set<std::vector<ValueIndex>> train;
    for (std::size_t i = 0; i < app.feasible_train.size(); ++i)
        train.emplace(app.feasible_train.row(i), app.feasible_train.row(i) + app.feasible_train.dim);
    for (std::size_t i = 0; i < app.feasible_val.size(); ++i)
        EXPECT_FALSE(train.count({app.feasible_val.row(i), app.feasible_val.row(i) + app.feasible_val.dim}));
    EXPECT_FALSE(data.contextual);
    EXPECT_EQ(data.log_hash, hash_log(log));
}

TEST(TrainingData, ContextualUsesBuiltinWorkloadDescriptors) {
    const TrainingData data = build_training_data(test::two_app_log(), TrainOptions{});
    ASSERT_TRUE(data.contextual);
    ASSERT_EQ(data.apps.size(), 2u);
    EXPECT_EQ(data.apps[0].info.context.size(), data.context_mean.size());
    EXPECT_NE(data.apps[0].info.context, data.apps[1].info.context);
    EXPECT_EQ(data.context_names[0].rfind("app:", 0), std::string::npos);  // descriptive, not one-hot ids
}

TEST(TrainingData, UnknownApplicationIsAClearError) {
    TrainOptions o;
    o.apps = {"ResNet-1000"};
    try {
        build_training_data(test::small_log(), o);
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("ResNet-1000"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("MobileNetV2"), std::string::npos);
    }
}

// Score = sum of value indices: climbing it drives designs to large indices.
NegativePopulation::ScoreFn index_sum_score(const SearchSpace& space) {
    return [dim = space.dimension()](std::span<const ValueIndex> d, std::size_t n, float* out) {
        for (std::size_t i = 0; i < n; ++i) {
            out[i] = 0;
            for (std::size_t p = 0; p < dim; ++p) out[i] += d[i * dim + p];
        }
    };
}

TEST(NegativePopulation, ClimbsTheScoreAndReplacesOldestMembers) {
    const SearchSpace space = builtin_edgetpu_space();
    NegativePopulation pop(space, 64, 9);
    const auto score = index_sum_score(space);
    std::vector<float> f(64);
    score(pop.designs(), 64, f.data());
    pop.set_fitness(f);
    const double before = mean(pop.fitness());
    for (int g = 0; g < 60; ++g) pop.advance(16, 8, 0.1, score);
    EXPECT_GT(mean(pop.fitness()), before + 5);
    for (std::size_t i = 0; i < pop.size(); ++i) {
        Design d;
        d.index.assign(pop.designs().begin() + static_cast<std::ptrdiff_t>(i * space.dimension()),
                       pop.designs().begin() + static_cast<std::ptrdiff_t>((i + 1) * space.dimension()));
        EXPECT_TRUE(space.contains(d));
    }
}

TEST(NegativePopulation, StaysInsideItsConstraintWhileClimbing) {
    const SearchSpace space = builtin_edgetpu_space();
    // Allowed: the first parameter's index at most 3. The score rewards large
    // indices, so unconstrained members would leave the set at once.
    const auto allowed = [](const Design& d) { return d[0] <= 3; };
    NegativePopulation pop(space, 64, 5, allowed);
    const auto score = index_sum_score(space);
    std::vector<float> f(64);
    score(pop.designs(), 64, f.data());
    pop.set_fitness(f);
    const double before = mean(pop.fitness());
    for (int g = 0; g < 60; ++g) pop.advance(16, 8, 0.3, score);
    EXPECT_GT(mean(pop.fitness()), before + 5);  // still climbs on the other parameters
    for (std::size_t i = 0; i < pop.size(); ++i) EXPECT_LE(pop.designs()[i * space.dimension()], 3);
}

TEST(SurrogateInfo, JsonRoundTripAndSpaceDifference) {
    SurrogateInfo info;
    info.space = builtin_edgetpu_space();
    info.model = ModelOptions::prime_transformer();
    info.training.alpha = 2.5;
    info.apps.push_back({"MobileNetV2", {}, {5.5, 0.4}, 100, 300});
    info.metrics.spearman_per_app = {0.9};
    const SurrogateInfo back = surrogate_info_from_json(to_json(info), "x.json");
    EXPECT_EQ(back.space, info.space);
    EXPECT_EQ(back.model.kind, ModelKind::Transformer);
    EXPECT_EQ(back.training.alpha, 2.5);
    EXPECT_TRUE(std::isinf(back.area_budget) || back.area_budget == info.area_budget);
    EXPECT_DOUBLE_EQ(back.apps[0].normalisation.std_log, 0.4);

    std::vector<Parameter> params = info.space.parameters();
    params[2].values.pop_back();
    const SearchSpace other("smaller", params);
    const std::string diff = describe_space_difference(info.space, other);
    EXPECT_NE(diff.find(params[2].name), std::string::npos);
    EXPECT_TRUE(describe_space_difference(info.space, info.space).empty());
}
