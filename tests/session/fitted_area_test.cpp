// SPDX-License-Identifier: GPL-3.0-or-later
// Area learned from the log (session/fitted_area.h): the GP wins where area
// is a smooth function of the sizes, logged designs keep their area, small
// logs fall back to the nearest design, and the report names the choice.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "session/fitted_area.h"
#include "session/search_session.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "session/train_session.h"
#include "session_fixtures.h"

using namespace prime;
using namespace prime::test;

namespace {

// Area of a made-up array: PEs times a per-PE cost plus SRAM, over decades.
double made_up_area(double rows, double cols, double sram_kb) { return rows * cols * 0.004 + sram_kb * 0.0015 + 0.2; }

// `n` random designs of a 3-parameter space (8 x 8 x 8 values), as a CSV log.
std::shared_ptr<const DesignLog> sized_log(const TempDir& dir, int n, std::uint64_t seed) {
    const std::vector<int> sizes = {2, 4, 8, 16, 32, 64, 128, 256};
    std::mt19937_64 rng(seed);
    std::string csv = "rows,cols,sram,latency,area,feasible\n";
    for (int i = 0; i < n; ++i) {
        const int r = sizes[rng() % 8], c = sizes[rng() % 8], s = sizes[rng() % 8] * 4;
        csv += std::to_string(r) + "," + std::to_string(c) + "," + std::to_string(s) + "," + std::to_string(1000.0 / (r * c) + 1) +
               "," + std::to_string(made_up_area(r, c, s)) + ",1\n";
    }
    return std::make_shared<const DesignLog>(read_log(write_file(dir.path() / "sized.csv", csv)));
}

}  // namespace

TEST(FittedArea, AGaussianProcessBeatsTheNearestDesignOnSmoothAreasAndCarriesAMargin) {
    TempDir dir;
    const auto log = sized_log(dir, 300, 7);
    AreaFitReport report;
    const AreaEstimator area = fitted_area_estimator(*log, false, &report);
    EXPECT_EQ(area.kind(), "gaussian-process");
    EXPECT_EQ(report.chosen, "gaussian-process");
    EXPECT_GT(report.heldout, 30u);
    EXPECT_LT(report.gp_error, report.nearest_error);
    // Areas span 0.2..260 mm²; a GP on ln(area) of 240 designs errs by a few per cent.
    EXPECT_LT(report.gp_error, 0.1);
    EXPECT_GE(area.margin(), 1.0);
    EXPECT_DOUBLE_EQ(area.heldout_error(), report.gp_error);
    EXPECT_NE(area.describe().find("held-out median error"), std::string::npos) << area.describe();
    // A floor on the margin (later rounds of a search keep the first's) raises it, never lowers it.
    const AreaEstimator floored = fitted_area_estimator(*log, false, nullptr, area.margin() * 1.5);
    EXPECT_DOUBLE_EQ(floored.margin(), area.margin() * 1.5);
    // A second fit of the same log: threaded reductions may sum in another
    // order, so equal within 1e-6 relative (a margin is a percentile of errors of ~1e-2).
    EXPECT_NEAR(fitted_area_estimator(*log, false, nullptr, 1.0).margin(), area.margin(), 1e-6 * area.margin());

    // A logged design keeps its logged area exactly; an unlogged one is
    // estimated near the truth, never below it by more than the error allows.
    const Design logged = log->design(0);
    EXPECT_FLOAT_EQ(static_cast<float>(area(logged)), log->area_mm2()[0]);
    const SearchSpace& space = log->space();
    std::size_t close = 0, unseen = 0;
    Design d;
    d.index.assign(3, 0);
    for (ValueIndex a = 0; a < space.parameter(0).size(); ++a)
        for (ValueIndex b = 0; b < space.parameter(1).size(); ++b) {
            d.index = {a, b, ValueIndex(a % space.parameter(2).size())};
            const auto v = space.decode(d);
            const double truth = made_up_area(v[0], v[1], v[2]), est = area(d);
            ++unseen;
            if (std::abs(est / truth - 1) < 0.25) ++close;
        }
    EXPECT_GT(close, unseen * 8 / 10) << close << " of " << unseen << " within 25 %";
}

TEST(FittedArea, SmallLogsUseTheNearestDesign) {
    TempDir dir;
    const auto log = sized_log(dir, 12, 3);
    AreaFitReport report;
    const AreaEstimator area = fitted_area_estimator(*log, false, &report);
    EXPECT_EQ(area.kind(), "log-nearest");
    EXPECT_EQ(report.chosen, "log-nearest");
}

TEST(FittedArea, TheGpChoiceIsHonouredAndAnAreaLessLogIsRefused) {
    TempDir dir;
    const auto log = sized_log(dir, 60, 5);
    EXPECT_EQ(fitted_area_estimator(*log, /*gp_only=*/true).kind(), "gaussian-process");
    const auto no_area = std::make_shared<const DesignLog>(
        read_log(write_file(dir.path() / "none.csv", "rows,cols,latency,area,feasible\n2,2,,,0\n4,2,,,0\n")));
    EXPECT_THROW(fitted_area_estimator(*no_area), std::invalid_argument);
}

TEST(ModelChoice, SmallLogsGetAGaussianProcessLargeOnesAndExplicitChoicesKeepTheirModel) {
    TempDir dir;
    const auto small = sized_log(dir, 300, 2);
    TrainSettings t;  // auto_model by default
    EXPECT_EQ(choose_model_kind(*small, t, TrainOptions{}).kind, ModelKind::Gp);
    EXPECT_EQ(TrainSession(small, AreaBudget{}, t).model().kind, ModelKind::Gp);
    t.auto_model = false;
    EXPECT_EQ(choose_model_kind(*small, t, TrainOptions{}).kind, ModelKind::Mlp);
    // More feasible designs than a GP conditions on: the network.
    t.auto_model = true;
    const auto large = sized_log(dir, static_cast<int>(kGpMaxDesigns) + 50, 4);
    EXPECT_EQ(choose_model_kind(*large, t, TrainOptions{}).kind, ModelKind::Mlp);
    // The naive baseline is a network.
    TrainSettings naive;
    naive.train.make_naive();
    EXPECT_EQ(choose_model_kind(*small, naive, TrainOptions{}).kind, ModelKind::Mlp);
    // A head asked for keeps the network (a GP has none).
    t.model.area_head = true;
    EXPECT_EQ(TrainSession(small, AreaBudget{}, t).model().kind, ModelKind::Mlp);
}

TEST(AreaModel, AutoIsAnalyticForTheBuiltInSpaceLearnedOnFirstUseElseAndRefusedWithoutAreas) {
    GenerateOptions g;
    g.designs = 50;
    g.jobs = 1;
    const DesignLog builtin = generate_log(builtin_edgetpu_space(), {load_builtin_workload("MobileNetV2")}, g);
    AreaBudget b;
    b.limit_mm2 = 27;
    EXPECT_EQ(make_area_model(b, builtin, nullptr).kind(), "analytic");

    TempDir dir;
    const auto sized = sized_log(dir, 200, 9);
    const AreaEstimator learned = make_area_model(b, *sized, nullptr);  // deferred: nothing fitted yet
    EXPECT_TRUE(learned.available());
    const Design d = sized->design(0);
    EXPECT_FLOAT_EQ(static_cast<float>(learned(d)), sized->area_mm2()[0]);  // the first use fits it; a logged design keeps its area
    EXPECT_EQ(learned.kind(), "gaussian-process");

    // A foreign space without areas: no model for a budget, none needed without one.
    DesignLog foreign(SearchSpace("mine", {Parameter{"x", "X", "", {}, {1, 2}}}));
    foreign.append(std::vector<ValueIndex>{0}, 1.0f, NAN, true, foreign.app_id("a"));
    EXPECT_THROW(make_area_model(b, foreign, nullptr), std::invalid_argument);
    b.area_model = AreaModelChoice::Gp;
    EXPECT_THROW(make_area_model(b, foreign, nullptr), std::invalid_argument);
    b = AreaBudget{};
    EXPECT_EQ(make_area_model(b, foreign, nullptr).kind(), "none");
}
