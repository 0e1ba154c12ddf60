// SPDX-License-Identifier: GPL-3.0-or-later
// The "gp" surrogate kind: one fit that ranks held-out designs, pushes the
// designs its neighbours say fail below those that run, saves and loads,
// and says what it cannot do (heads, zero-shot).
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "model/conservative_trainer.h"
#include "model_test_support.h"
#include "test_support.h"

using namespace prime;

namespace {

// 800 designs (~200 feasible): a log the size the GP is for, and quick to fit
// (each test is its own process under CTest, so each fits once).
const DesignLog& gp_log() {
    static const DesignLog log = [] {
        GenerateOptions o;
        o.designs = 800;
        o.seed = 7;
        o.jobs = 1;
        return generate_log(builtin_edgetpu_space(), {load_builtin_workload("MobileNetV2")}, o);
    }();
    return log;
}

ConservativeTrainer& fitted_gp() {
    static ConservativeTrainer trainer(gp_log(), ModelOptions::gaussian_process(), test::quick_training());
    static const bool once = [] {
        trainer.fit(FitOptions{}, {}, nullptr);
        return true;
    }();
    (void)once;
    return trainer;
}

}  // namespace

TEST(GpSurrogate, OneFitRanksHeldOutDesignsAndPushesLikelyFailuresDown) {
    ConservativeTrainer& trainer = fitted_gp();
    const EvalMetrics& e = trainer.selected_metrics();
    EXPECT_EQ(trainer.steps_done(), 1u);
    // Rank correlation on the ~20 held-out feasible designs: this fit gives
    // ~0.69; a model that learned nothing scatters around 0 with an sd of
    // ~1/sqrt(19) = 0.23, so 0.4 is beyond two of those.
    EXPECT_GT(e.spearman, 0.4);
    // The vote: held-out infeasible designs score below held-out feasible ones on average.
    EXPECT_LT(e.mean_pred_infeasible, e.mean_pred_feasible);
    const Surrogate s = trainer.surrogate();
    EXPECT_EQ(s.info().model.kind, ModelKind::Gp);
    EXPECT_TRUE(trainer.negatives(0).empty()) << "a GP mines no optimizer negatives";
}

TEST(GpSurrogate, SavesAndLoadsWithTheSamePredictions) {
    test::TempDir dir;
    const Surrogate s = fitted_gp().surrogate();
    s.save(dir / "gp");
    const Surrogate back = Surrogate::load(dir / "gp", builtin_edgetpu_space());
    EXPECT_EQ(back.info().model.kind, ModelKind::Gp);
    Rng rng(9);
    std::vector<Design> designs;
    for (int i = 0; i < 300; ++i) designs.push_back(builtin_edgetpu_space().sample(rng));
    const Predictions a = s.predict(designs), b = back.predict(designs);
    ASSERT_EQ(a.score.size(), b.score.size());
    // Loading conditions the GP again on the saved points with the saved
    // hyperparameters: the same arithmetic, but LibTorch may split it over
    // another number of threads, so allow float rounding (scores are ~1).
    for (std::size_t i = 0; i < a.score.size(); ++i) EXPECT_NEAR(a.score[i], b.score[i], 1e-4) << i;
}

TEST(GpSurrogate, RefusesHeadsAndZeroShotSayingWhy) {
    ModelOptions heads = ModelOptions::gaussian_process();
    heads.area_head = true;
    EXPECT_THROW(ConservativeTrainer(gp_log(), heads, test::quick_training()), std::invalid_argument);
    const Surrogate s = fitted_gp().surrogate();
    const std::vector<ValueIndex> one(builtin_edgetpu_space().dimension(), 0);
    const std::vector<float> context(4, 0.0f);
    try {
        s.predict_with_context(one, context);
        FAIL() << "zero-shot accepted";
    } catch (const std::invalid_argument& e) {
        // One GP per application, never contextual: the facade says so first.
        EXPECT_NE(std::string(e.what()).find("not contextual"), std::string::npos) << e.what();
    }
}
