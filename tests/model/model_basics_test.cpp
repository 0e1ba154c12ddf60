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
#include "util/errors.h"

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

TEST(TrainingData, ContextualUsesTheGivenDescriptors) {
    // The session layer supplies built-in workloads' descriptors
    // (session/app_contexts.h); the model only uses what it is given.
    TrainOptions o;
    const auto& names = test::two_app_log().app_names();
    o.contexts = {{names[0], {1.0f, 0.0f, 2.0f}}, {names[1], {0.0f, 1.0f, 2.0f}}};
    o.context_names = {"a", "b", "c"};
    const TrainingData data = build_training_data(test::two_app_log(), o);
    ASSERT_TRUE(data.contextual);
    ASSERT_EQ(data.apps.size(), 2u);
    EXPECT_EQ(data.apps[0].info.context.size(), 3u);
    EXPECT_NE(data.apps[0].info.context, data.apps[1].info.context);
    EXPECT_EQ(data.context_names, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(TrainingData, WithoutDescriptorsEveryApplicationGetsAOneHotId) {
    TrainOptions o;
    o.contexts = {{test::two_app_log().app_names()[0], {1.0f, 2.0f}}};  // one application only: not enough
    const TrainingData data = build_training_data(test::two_app_log(), o);
    ASSERT_TRUE(data.contextual);
    EXPECT_EQ(data.apps[0].info.context.size(), 2u);  // one-hot over the two applications
    EXPECT_EQ(data.context_names[0].rfind("app:", 0), 0u);
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

// --- auxiliary heads ----------------------------------------------------------

TEST(RankMetrics, HeadMetricsOnHandComputedCases) {
    // AUC: positives {0.9, 0.5}, negatives {0.5, 0.1}: pairs (0.9>0.5, 0.9>0.1,
    // 0.5=0.5 counts one half, 0.5>0.1) -> 3.5 / 4.
    const std::vector<float> p{0.9f, 0.5f, 0.5f, 0.1f};
    const std::vector<std::uint8_t> y{1, 1, 0, 0};
    EXPECT_DOUBLE_EQ(roc_auc(p, y), 3.5 / 4);
    EXPECT_DOUBLE_EQ(roc_auc(std::vector<float>{0.1f, 0.2f}, std::vector<std::uint8_t>{1, 0}), 0.0);
    EXPECT_TRUE(std::isnan(roc_auc(p, std::vector<std::uint8_t>{1, 1, 1, 1})));
    EXPECT_NEAR(brier_score(p, y), (0.01 + 0.25 + 0.25 + 0.01) / 4, 1e-7);
    EXPECT_DOUBLE_EQ(accuracy(p, y), 0.75);  // 0.5 >= threshold counts as "feasible": right once, wrong once
    EXPECT_DOUBLE_EQ(r_squared(std::vector<float>{1, 2, 3}, std::vector<float>{1, 2, 3}), 1.0);
    EXPECT_DOUBLE_EQ(r_squared(std::vector<float>{2, 2, 2}, std::vector<float>{1, 2, 3}), 0.0);  // the mean
    EXPECT_LT(r_squared(std::vector<float>{3, 2, 1}, std::vector<float>{1, 2, 3}), 0.0);
    EXPECT_DOUBLE_EQ(mean_absolute_error(std::vector<float>{1, 5}, std::vector<float>{2, 2}), 2.0);
}

TEST(ModelOptions, HeadsRoundTripAndDefaultWhenMissing) {
    ModelOptions m = ModelOptions::default_mlp();
    m.area_head = true;
    m.feasibility_head = true;
    const ModelOptions back = model_options_from_json(to_json(m));
    EXPECT_TRUE(back.area_head);
    EXPECT_TRUE(back.feasibility_head);
    nlohmann::json old = to_json(ModelOptions::default_mlp());
    old.erase("area_head");
    old.erase("feasibility_head");
    EXPECT_FALSE(model_options_from_json(old).area_head);
    EXPECT_FALSE(model_options_from_json(old).feasibility_head);

    TrainOptions t;
    t.area_weight = 0.25;
    t.feasibility_weight = 3;
    const TrainOptions tb = train_options_from_json(to_json(t));
    EXPECT_EQ(tb.area_weight, 0.25);
    EXPECT_EQ(tb.feasibility_weight, 3);
    nlohmann::json old_t = to_json(t);
    old_t.erase("area_weight");
    old_t.erase("feasibility_weight");
    EXPECT_EQ(train_options_from_json(old_t).area_weight, TrainOptions{}.area_weight);
}

TEST(TrainingData, PoolsCarryAreaAndTheSimulatorsVerdictPerRow) {
    const DesignLog& log = test::small_log();
    TrainOptions o;
    o.area_budget = 60;
    const TrainingData data = build_training_data(log, o);
    const AppData& app = data.apps[0];
    for (const DesignPool* pool : {&app.feasible_train, &app.feasible_val, &app.infeasible_train, &app.infeasible_val}) {
        ASSERT_EQ(pool->area_mm2.size(), pool->size());
        ASSERT_EQ(pool->feasible.size(), pool->size());
    }
    for (std::uint8_t f : app.feasible_train.feasible) EXPECT_EQ(f, 1);
    // The infeasible pool mixes simulator-infeasible designs with feasible ones over the budget.
    std::size_t over_budget = 0, rejected = 0;
    for (std::size_t i = 0; i < app.infeasible_train.size(); ++i) {
        if (app.infeasible_train.feasible[i]) {
            ++over_budget;
            EXPECT_GT(app.infeasible_train.area_mm2[i], 60);
        } else {
            ++rejected;
        }
    }
    EXPECT_GT(over_budget, 0u);
    EXPECT_GT(rejected, 0u);
    // The area normalisation is over the training rows of both pools.
    double sum = 0;
    std::size_t n = 0;
    for (const DesignPool* pool : {&app.feasible_train, &app.infeasible_train})
        for (float a : pool->area_mm2)
            if (usable_area(a)) sum += std::log(a), ++n;
    ASSERT_GT(n, 0u);
    EXPECT_EQ(data.area_rows, n);
    EXPECT_NEAR(data.area_normalisation.mean_log, sum / static_cast<double>(n), 1e-9);
    EXPECT_GT(data.area_normalisation.std_log, 0.1);
    const AreaNormalisation& norm = data.area_normalisation;
    EXPECT_NEAR(norm.area_mm2(norm.target(42.0)), 42.0, 1e-3);
}

TEST(SurrogateInfo, OldMetadataWithoutHeadFieldsLoads) {
    SurrogateInfo info;
    info.space = builtin_edgetpu_space();
    info.apps.push_back({"MobileNetV2", {}, {5.5, 0.4}, 100, 300});
    nlohmann::json j = to_json(info);
    j["model"].erase("area_head");
    j["model"].erase("feasibility_head");
    j["training"].erase("area_weight");
    for (const char* key : {"area_mae_mm2", "area_r2_log", "feasible_accuracy", "feasible_auc", "feasible_brier"})
        j["metrics"].erase(key);
    const SurrogateInfo back = surrogate_info_from_json(j, "old.json");
    EXPECT_FALSE(back.model.area_head);
    EXPECT_TRUE(std::isnan(back.metrics.feasible_auc));

    // With an area head the normalisation is part of the metadata, and required.
    info.model.area_head = true;
    info.area_normalisation = {3.25, 0.75};
    info.metrics.area_r2_log = 0.9;
    const SurrogateInfo heads = surrogate_info_from_json(to_json(info), "new.json");
    EXPECT_EQ(heads.area_normalisation.mean_log, 3.25);
    EXPECT_EQ(heads.area_normalisation.std_log, 0.75);
    EXPECT_EQ(heads.metrics.area_r2_log, 0.9);
    nlohmann::json broken = to_json(info);
    broken.erase("area_normalisation");
    EXPECT_THROW(surrogate_info_from_json(broken, "broken.json"), InputError);
}
