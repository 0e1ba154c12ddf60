// The study end to end with predictors we understand: the simulator itself
// (a perfect model) and a synthetic function. It must beat the log's best,
// respect the budget, return K distinct designs, and obey cancel and pause.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "study/builtin_oracle.h"
#include "study/nearest_design.h"
#include "study/report.h"
#include "study/study.h"

using namespace prime;

namespace {

// The simulator as the predictor: infeasible designs predict +inf.
std::shared_ptr<const LatencyPredictor> simulator_predictor() {
    auto sim = std::make_shared<const Simulator>();
    auto cache = std::make_shared<std::map<std::string, PreparedWorkload>>();
    for (const auto& name : {"MobileNetV2", "M4"}) cache->emplace(name, PreparedWorkload(load_builtin_workload(name)));
    return std::make_shared<FunctionPredictor>(
        [sim, cache](const std::vector<Design>& designs, const std::vector<std::string>& apps) {
            std::vector<std::vector<double>> out;
            for (const auto& app : apps) {
                std::vector<double> lat;
                for (const auto& d : designs) {
                    const SimSummary s = sim->evaluate_summary(d, cache->at(app));
                    lat.push_back(s.feasible ? s.latency_ms : INFINITY);
                }
                out.push_back(std::move(lat));
            }
            return out;
        },
        "simulator");
}

DesignLog small_log(std::uint64_t designs, const std::vector<std::string>& apps) {
    GenerateOptions g;
    g.designs = designs;
    g.seed = 5;
    std::vector<Workload> w;
    for (const auto& a : apps) w.push_back(load_builtin_workload(a));
    return generate_log(builtin_edgetpu_space(), w, g);
}

StudyOptions options(std::vector<std::string> apps) {
    StudyOptions o;
    o.apps = std::move(apps);
    o.generations = 30;
    o.population = 64;
    o.k = 16;
    o.seed = 3;
    o.budget.area_mm2 = 27;
    o.progress_interval_seconds = 0;  // every generation: the tests count events
    return o;
}

}  // namespace

TEST(Study, BeatsTheLogsBestWithinBudgetAndVerifies) {
    const DesignLog log = small_log(300, {"MobileNetV2"});
    Study study(log.space(), simulator_predictor(), AreaEstimator::analytic(log.space()), options({"MobileNetV2"}));
    StudyResult result = study.search();
    EXPECT_FALSE(result.cancelled);
    ASSERT_EQ(result.proposals.size(), 16u);
    EXPECT_EQ(result.history.size(), 30u);
    EXPECT_EQ(result.evaluations, 30u * 64u);
    std::set<Design> distinct;
    for (const auto& p : result.proposals) {
        distinct.insert(p.design);
        EXPECT_LE(p.area_mm2, 27.0);
        EXPECT_TRUE(std::isfinite(p.predicted_latency_ms));
    }
    EXPECT_EQ(distinct.size(), result.proposals.size());
    for (std::size_t i = 1; i < result.proposals.size(); ++i)
        EXPECT_GE(result.proposals[i - 1].score, result.proposals[i].score);

    BuiltinSimulatorOracle oracle(log.space());
    study.verify(result, oracle);
    EXPECT_EQ(result.oracle_calls, 16u);
    const StudyReport report = make_report(log, result.proposals, study.options());
    EXPECT_DOUBLE_EQ(report.fraction_feasible_in_budget, 1.0);
    EXPECT_GT(report.combined.ratio, 1.0) << "best " << report.combined.best_ms << " vs log " << report.combined.dataset_best_ms;
    // A perfect predictor: what was predicted is what was verified.
    EXPECT_DOUBLE_EQ(report.combined.best_ms, report.combined.predicted_best_ms);
}

TEST(Study, SameSeedSameProposals) {
    const SearchSpace space = builtin_edgetpu_space();
    StudyOptions o = options({"MobileNetV2"});
    o.generations = 8;
    o.optimizer = "firefly";
    Study a(space, simulator_predictor(), AreaEstimator::analytic(space), o);
    Study b(space, simulator_predictor(), AreaEstimator::analytic(space), o);
    const auto ra = a.search(), rb = b.search();
    ASSERT_EQ(ra.proposals.size(), rb.proposals.size());
    for (std::size_t i = 0; i < ra.proposals.size(); ++i) EXPECT_EQ(ra.proposals[i].design, rb.proposals[i].design);
}

TEST(Study, SyntheticScorerWithLogAreaAndNoBudget) {
    // latency = 1 + L1 index distance to a target; the log's area column is the area model.
    const SearchSpace space = builtin_edgetpu_space();
    const Design target{{7, 3, 5, 2, 4, 8, 1, 3, 2, 4}};
    auto predictor = std::make_shared<FunctionPredictor>([target](const std::vector<Design>& ds, const std::vector<std::string>& apps) {
        std::vector<double> lat;
        for (const auto& d : ds) {
            double dist = 0;
            for (std::size_t i = 0; i < d.size(); ++i) dist += std::abs(int(d[i]) - int(target[i]));
            lat.push_back(1 + dist);
        }
        return std::vector<std::vector<double>>(apps.size(), lat);
    });
    StudyOptions o = options({});
    o.budget.area_mm2 = INFINITY;
    o.generations = 60;
    Study study(space, predictor, AreaEstimator::none(), o);
    const StudyResult r = study.search();
    ASSERT_FALSE(r.proposals.empty());
    EXPECT_LE(r.proposals.front().predicted_latency_ms, 3.0);  // at or next to the target
    EXPECT_TRUE(std::isnan(r.proposals.front().area_mm2));

    // A finite budget without an area model is refused up front.
    o.budget.area_mm2 = 27;
    EXPECT_THROW(Study(space, predictor, AreaEstimator::none(), o), std::invalid_argument);
}

TEST(Study, MultiApplicationWorstCaseUsesEveryApplication) {
    const SearchSpace space = builtin_edgetpu_space();
    StudyOptions o = options({"MobileNetV2", "M4"});
    o.aggregate = LatencyAggregate::WorstCase;
    o.generations = 10;
    Study study(space, simulator_predictor(), AreaEstimator::analytic(space), o);
    const StudyResult r = study.search();
    ASSERT_FALSE(r.proposals.empty());
    for (const auto& p : r.proposals) {
        ASSERT_EQ(p.predicted_app_latency_ms.size(), 2u);
        EXPECT_DOUBLE_EQ(p.predicted_latency_ms, std::max(p.predicted_app_latency_ms[0], p.predicted_app_latency_ms[1]));
    }
}

TEST(Study, ParetoModeKeepsAFrontAndAGrowingHypervolume) {
    const SearchSpace space = builtin_edgetpu_space();
    StudyOptions o = options({"MobileNetV2"});
    o.pareto = true;
    o.generations = 20;
    Study study(space, simulator_predictor(), AreaEstimator::analytic(space), o);
    std::vector<double> live_hv;
    const StudyResult r = study.search([&](const StudyProgress& p) { live_hv.push_back(p.hypervolume); });
    ASSERT_GE(r.front.size(), 2u);
    for (std::size_t i = 1; i < r.front.size(); ++i) {
        EXPECT_GT(r.front[i].area, r.front[i - 1].area);
        EXPECT_LT(r.front[i].latency, r.front[i - 1].latency);
    }
    ASSERT_EQ(r.history.size(), 20u);
    for (std::size_t i = 1; i < r.history.size(); ++i) EXPECT_GE(r.history[i].hypervolume, r.history[i - 1].hypervolume);
    EXPECT_GT(r.history.back().hypervolume, 0);
    EXPECT_EQ(live_hv.size(), 20u);
    // Proposals start with front designs.
    EXPECT_EQ(r.proposals.front().design, r.front.front().design);
}

TEST(Study, CancelStopsBetweenGenerationsAndKeepsProposals) {
    const SearchSpace space = builtin_edgetpu_space();
    Study study(space, simulator_predictor(), AreaEstimator::analytic(space), options({"MobileNetV2"}));
    JobControl job;
    std::vector<StudyProgress> events;
    const StudyResult r = study.search(
        [&](const StudyProgress& p) {
            events.push_back(p);
            if (p.generation == 3) job.cancel();
        },
        &job);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.history.size(), 3u);
    EXPECT_FALSE(r.proposals.empty());
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events.back().population_latency_ms.size(), 64u);
    EXPECT_EQ(events.back().population_area_mm2.size(), 64u);
    EXPECT_EQ(events.back().total_generations, 30u);
    EXPECT_TRUE(std::isfinite(events.back().best_predicted_latency_ms));
}

TEST(Study, PauseHoldsTheLoopUntilReleased) {
    const SearchSpace space = builtin_edgetpu_space();
    StudyOptions o = options({"MobileNetV2"});
    o.generations = 4;
    Study study(space, simulator_predictor(), AreaEstimator::analytic(space), o);
    JobControl job;
    job.set_paused(true);
    int paused_events = 0;
    const StudyResult r = study.search(
        [&](const StudyProgress& p) {
            if (!p.paused) return;
            ++paused_events;
            job.set_paused(false);  // the "user" resumes while the study waits
        },
        &job);
    EXPECT_EQ(paused_events, 1);
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.history.size(), 4u);
}

TEST(AreaEstimator, LogLookupIsExactThenNearest) {
    const DesignLog log = small_log(50, {"MobileNetV2"});
    const AreaEstimator logged = AreaEstimator::from_log(log);
    EXPECT_EQ(logged.kind(), "log-nearest");
    const Design d = log.design(0);
    EXPECT_DOUBLE_EQ(logged(d), log.area_mm2()[0]);
    Design near = d;
    near[0] = near[0] ? near[0] - 1 : 1;
    EXPECT_TRUE(std::isfinite(logged(near)));
    // An unlogged design gets its nearest logged design's area times the
    // margin measured leave-one-out on the log (>= 1: never flatters the budget).
    EXPECT_GE(logged.margin(), 1.0);
    const NearestLoggedDesign index(log, true);
    EXPECT_DOUBLE_EQ(logged(near), index.nearest(near).area_mm2 * logged.margin());
}

TEST(AreaEstimator, TheLogMarginIsTheNinetiethPercentileOfTheLeaveOneOutUnderstatement) {
    // Ten designs on one parameter; areas 1, 2, ..., 10 mm² in value order.
    // Leave-one-out, design k's nearest other is k-1 or k+1; ties go to the
    // larger area, so only the last (10, nearest 9) is understated: 10/9.
    std::vector<double> values;
    for (int v = 1; v <= 10; ++v) values.push_back(v);
    DesignLog log(SearchSpace("line", {Parameter{"x", "X", "", {}, values}}));
    for (ValueIndex i = 0; i < 10; ++i) log.append(std::vector<ValueIndex>{i}, 1.0f, float(i + 1), true, log.app_id("a"));
    const AreaEstimator e = AreaEstimator::from_log(log);
    // Factors: nine of 1 (overstated or exact) and one of 10/9; the 90th percentile is the 10th value.
    EXPECT_DOUBLE_EQ(e.margin(), 10.0 / 9.0);
    EXPECT_DOUBLE_EQ(e(log.design(3)), 4.0) << "a logged design keeps its logged area";
}

TEST(AreaEstimator, BatchFunctionIsCalledOncePerBatchAndNamed) {
    // A learned model (study/surrogate_area.h) scores whole batches; count the calls.
    auto calls = std::make_shared<int>(0);
    const AreaEstimator area = AreaEstimator::from_batch_function(
        [calls](const std::vector<Design>& ds) {
            ++*calls;
            std::vector<double> out;
            for (const auto& d : ds) out.push_back(1.0 + d[0]);
            return out;
        },
        "learned");
    EXPECT_EQ(area.kind(), "learned");
    ASSERT_TRUE(area.available());
    const std::vector<Design> designs{Design{{3, 0}}, Design{{5, 1}}, Design{{0, 2}}};
    EXPECT_EQ(area.batch(designs), (std::vector<double>{4, 6, 1}));
    EXPECT_EQ(*calls, 1);
    EXPECT_DOUBLE_EQ(area(designs[1]), 6);

    // A model that loses designs is a bug, not a silent misalignment.
    const AreaEstimator broken = AreaEstimator::from_batch_function([](const std::vector<Design>&) { return std::vector<double>{1}; }, "broken");
    EXPECT_THROW(broken.batch(designs), std::logic_error);
    EXPECT_THROW(AreaEstimator::from_batch_function({}, "empty"), std::invalid_argument);

    // A study with a budget accepts it as its area model.
    const SearchSpace space = builtin_edgetpu_space();
    StudyOptions o = options({"MobileNetV2"});
    o.generations = 2;
    Study study(space, simulator_predictor(), AreaEstimator::from_batch_function([](const std::vector<Design>& ds) {
        return std::vector<double>(ds.size(), 10.0);
    }, "constant"), o);
    EXPECT_EQ(study.area_model().kind(), "constant");
    const StudyResult r = study.search();
    ASSERT_FALSE(r.proposals.empty());
    EXPECT_EQ(r.proposals.front().area_mm2, 10.0);
}
