// The session layer: one AreaBudget, one job protocol, settings as JSON, and
// sessions that check every setting before they work.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <thread>

#include "data/log_io.h"
#include "model/model_test_support.h"
#include "session/app_contexts.h"
#include "session/search_session.h"
#include "session/settings.h"
#include "session/study_file.h"
#include "session/tradeoffs.h"
#include "session/train_session.h"
#include "study/provenance.h"
#include "test_support.h"
#include "util/errors.h"
#include "session_fixtures.h"

namespace prime {
namespace {

using test::TempDir;
using test::foreign_log;
using test::index_predictor;
using test::small_search;

TEST(AppContexts, OneCanonicalNamePerBuiltinWorkload) {
    EXPECT_EQ(canonical_app_name("mobilenet_v2"), "MobileNetV2");
    EXPECT_EQ(canonical_app_name("MobilenetEdgeTPU"), canonical_app_name("MobileNetEdgeTPU"));
    EXPECT_EQ(canonical_app_name("my-own-net"), "my-own-net");
    // train --apps accepts any spelling of an application in the log.
    auto log = std::make_shared<const DesignLog>(test::two_app_log());
    TrainSettings t;
    t.train.apps = {"mobilenet_v2"};
    EXPECT_EQ(TrainSession(log, AreaBudget{}, t).train_options().apps, (std::vector<std::string>{"MobileNetV2"}));
}

TEST(JobControl, ACancelBeforeTheJobStartsIsHonoured) {
    JobControl job;
    job.cancel();  // pressed while the job was queued
    job.start();   // the worker picks it up: start() must not forget the cancel
    EXPECT_FALSE(job.checkpoint());
    EXPECT_THROW(job.throw_if_cancelled(), Cancelled);
    EXPECT_FALSE(job.units(1, 10));
}

TEST(JobControl, PausesAreNotCountedAsElapsedTime) {
    JobControl job;
    job.start();
    job.set_paused(true);
    const auto wall_start = std::chrono::steady_clock::now();
    std::thread resume([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        job.set_paused(false);
    });
    int pauses = 0;
    EXPECT_TRUE(job.checkpoint([&] { ++pauses; }));  // blocks until resumed
    resume.join();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    EXPECT_EQ(pauses, 1);
    // The pause lasted at least 300 ms of the wall time; none of it is the job's.
    EXPECT_LE(job.elapsed_seconds(), wall - 0.25);
}

TEST(JobControl, UnitsAreThrottledButTheLastAlwaysArrives) {
    JobControl job;
    std::vector<std::uint64_t> seen;
    job.set_units_sink([&](std::uint64_t d, std::uint64_t) { seen.push_back(d); }, 3600.0);
    for (std::uint64_t i = 1; i <= 100; ++i) EXPECT_TRUE(job.units(i, 100));
    EXPECT_EQ(seen, (std::vector<std::uint64_t>{1, 100}));
}

TEST(AreaBudget, RoundTripsThroughJsonAndRejectsNonsense) {
    AreaBudget b;
    b.limit_mm2 = 27;
    b.area_model = AreaModelChoice::Log;
    b.training_pool = TrainingPool::AllFeasible;
    b.negatives_within_budget = true;
    b.min_area_margin = 1.07;
    const AreaBudget back = area_budget_from_json(to_json(b));
    EXPECT_EQ(back.min_area_margin, 1.07);
    EXPECT_EQ(back.limit_mm2, 27);
    EXPECT_EQ(back.area_model, AreaModelChoice::Log);
    EXPECT_EQ(back.training_pool, TrainingPool::AllFeasible);
    EXPECT_TRUE(back.negatives_within_budget);
    EXPECT_FALSE(area_budget_from_json(to_json(AreaBudget{})).finite());  // no budget survives as null
    EXPECT_TRUE(b.contains(27));
    EXPECT_FALSE(b.contains(27.5));
    EXPECT_FALSE(b.contains(NAN));  // an unknown area does not fit a finite budget
    EXPECT_EQ(b.training_limit_mm2(), INFINITY);
    b.limit_mm2 = -1;
    EXPECT_THROW(b.validate(), std::invalid_argument);
    EXPECT_THROW(area_budget_from_json({{"area_model", "guess"}}), std::invalid_argument);
    EXPECT_THROW(area_budget_from_json({{"min_area_margin", 0.9}}), std::invalid_argument);  // a margin never shrinks areas
}

TEST(StudySettings, RoundTripThroughJson) {
    StudySettings s;
    s.log.files = {"a.csv", "b.tfrecord"};
    s.log.roles = {{"Unnamed: 0", "ignore"}};
    s.log.delimiter = ';';
    s.budget.limit_mm2 = 12.5;
    s.train.model = ModelOptions::prime_transformer();
    s.train.train.alpha = 2.5;
    s.train.fit.steps = 321;
    s.search.study.optimizer = "firefly";
    s.search.study.k = 7;
    s.search.study.apps = {"MobileNetV2", "M4"};
    s.search.oracle.kind = "command";
    s.search.oracle.command = "sim {in} {out}";
    s.model_dir = "model";
    const StudySettings back = study_settings_from_json(nlohmann::json::parse(to_json(s).dump()));
    EXPECT_EQ(to_json(back), to_json(s));
    EXPECT_EQ(back.search.study.k, 7u);
    EXPECT_EQ(back.train.model.kind, ModelKind::Transformer);
    EXPECT_EQ(back.log.delimiter, ';');
    EXPECT_EQ(back.log.read_options().roles.at("Unnamed: 0"), ColumnRole::Ignore);
    EXPECT_THROW(study_settings_from_json({{"search", {{"oracle", {{"kind", "magic"}}}}}}), std::invalid_argument);
}

TEST(TrainSession, ChecksEverySettingBeforeWorkAndNamesIt) {
    TempDir dir;
    const auto log = foreign_log(dir);
    TrainSettings t;
    t.train.apps = {"nope"};
    try {
        TrainSession(log, AreaBudget{}, t);
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("applications"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("foreign"), std::string::npos) << "names the log's applications";
    }
    AreaBudget b;
    b.limit_mm2 = 3;
    b.negatives_within_budget = true;  // needs the analytic area model, which a foreign space lacks
    try {
        TrainSession(log, b, TrainSettings{});
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("negatives"), std::string::npos) << e.what();
    }
}

TEST(TrainSession, TheBudgetDecidesTheTrainingPoolAndBuiltinWorkloadsGetDescriptors) {
    auto log = std::make_shared<const DesignLog>(test::two_app_log());
    AreaBudget b;
    b.limit_mm2 = 20;
    EXPECT_EQ(TrainSession(log, b, TrainSettings{}).train_options().area_budget, 20);
    b.training_pool = TrainingPool::AllFeasible;
    b.negatives_within_budget = true;
    const TrainSession s(log, b, TrainSettings{});
    EXPECT_EQ(s.train_options().area_budget, INFINITY);
    ASSERT_TRUE(static_cast<bool>(s.train_options().negative_constraint));
    for (const auto& app : log->app_names()) {
        ASSERT_TRUE(s.train_options().contexts.count(app)) << app;
        EXPECT_EQ(s.train_options().contexts.at(app), *builtin_workload_context(app));
    }
}

TEST(TrainSession, ACancelBeforeTheRunTrainsNothing) {
    auto log = std::make_shared<const DesignLog>(test::small_log());
    TrainSettings t;
    t.model = test::tiny_mlp();
    t.auto_model = false;  // these tests are about the network
    t.train = test::quick_training();
    JobControl job;
    job.cancel();
    const TrainOutcome out = TrainSession(log, AreaBudget{}, t).run({}, &job);
    EXPECT_TRUE(out.report.cancelled);
    EXPECT_EQ(out.report.steps, 0u);
    EXPECT_TRUE(out.surrogate.empty());
}

TEST(SearchSession, AForeignSpaceSearchesWithoutAnOracleAndWritesItsProposals) {
    TempDir dir;
    const auto log = foreign_log(dir);
    AreaBudget b;
    b.limit_mm2 = 4;  // auto area model: learned from the log (nearest design or GP, by held-out error)
    SearchSession session(log, index_predictor(), b, small_search());
    EXPECT_FALSE(session.has_oracle()) << "the default oracle is none for a space that is not the built-in one";
    StudyResult r = session.search();
    ASSERT_FALSE(r.proposals.empty());
    for (const auto& p : r.proposals) EXPECT_LE(p.area_mm2, 4.0);
    session.verify(r);  // no oracle: nothing happens
    EXPECT_FALSE(session.report(r).has_value());
    session.write_outputs(r, dir.path() / "out");
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / "designs.csv"));
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / "designs.json"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "out" / "report.md")) << "no report without verification";
    const std::string kind = session.exported(r).provenance.area_model;
    EXPECT_TRUE(kind == "log-nearest" || kind == "gaussian-process") << kind;
}

TEST(SearchSession, ImpossibleCombinationsFailBeforeAnyWorkNamingTheSetting) {
    TempDir dir;
    const auto log = foreign_log(dir);
    auto expect_error = [&](AreaBudget b, SearchSettings s, const std::string& needle) {
        try {
            SearchSession(log, index_predictor(), b, s);
            ADD_FAILURE() << "no error for " << needle;
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
        }
    };
    SearchSettings builtin = small_search();
    builtin.oracle.kind = "builtin";
    expect_error(AreaBudget{}, builtin, "oracle builtin");
    AreaBudget analytic;
    analytic.limit_mm2 = 4;
    analytic.area_model = AreaModelChoice::Analytic;
    expect_error(analytic, small_search(), "area model analytic");
    AreaBudget surrogate = analytic;
    surrogate.area_model = AreaModelChoice::Surrogate;
    expect_error(surrogate, small_search(), "area model surrogate");
    SearchSettings apps = small_search();
    apps.study.apps = {"MobileNetV2"};
    expect_error(AreaBudget{}, apps, "applications");
    SearchSettings optimizer = small_search();
    optimizer.study.optimizer = "annealing";
    expect_error(AreaBudget{}, optimizer, "annealing");
}

TEST(SearchSession, AppsAllMeansEveryApplicationTheModelKnows) {
    auto log = std::make_shared<const DesignLog>(test::two_app_log());
    TrainSettings t;
    t.model = test::tiny_mlp();
    t.auto_model = false;  // these tests are about the network
    t.train = test::quick_training();
    t.fit.steps = 5;
    t.fit.eval_every = 5;
    const TrainOutcome trained = TrainSession(log, AreaBudget{}, t).run();
    SearchSettings s = small_search();
    s.study.apps = {"all"};
    const SearchSession session(log, trained.surrogate, AreaBudget{}, s);
    EXPECT_EQ(session.apps(), log->app_names());
}

TEST(SearchSession, TheBuiltinSpaceIsVerifiedByTheSimulatorByDefault) {
    auto log = std::make_shared<const DesignLog>(test::small_log(400));
    SearchSettings s = small_search();
    s.study.apps = {log->app_names()[0]};
    AreaBudget b;
    b.limit_mm2 = 40;
    SearchSession session(log, index_predictor(), b, s);
    ASSERT_TRUE(session.has_oracle());
    StudyResult r = session.search();
    session.verify(r);
    const auto report = session.report(r);
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->k, r.proposals.size());
    const DesignLog closed = session.closed_loop_log(r);
    EXPECT_EQ(closed.rows(), log->rows() + r.proposals.size());
}

}  // namespace
}  // namespace prime

namespace prime {
namespace {

// Two applications, four designs; areas 1..4 mm², a budget of 3.5 keeps three.
std::shared_ptr<const DesignLog> hand_log() {
    Parameter a;
    a.name = "a";
    a.values = {1, 2, 3, 4};
    DesignLog log(SearchSpace("hand", {a}));
    const AppId x = log.app_id("x"), y = log.app_id("y");
    const double lat_x[] = {10, 8, 6, 2}, lat_y[] = {20, 30, 12, 1};
    for (ValueIndex i = 0; i < 4; ++i) {
        const std::vector<ValueIndex> d{i};
        log.append(d, float(lat_x[i]), float(i + 1), true, x, 0);
        log.append(d, float(lat_y[i]), float(i + 1), i != 1, y, 0);  // design 1 does not run y
    }
    return std::make_shared<const DesignLog>(std::move(log));
}

TEST(Tradeoffs, RatiosAgainstTheBestLoggedInBudgetDesignPerApplication) {
    const auto log = hand_log();
    AreaBudget b;
    b.limit_mm2 = 3.5;  // design 3 (area 4) is over: best logged x = 6 ms, y = 12 ms
    Proposal p, q;
    p.design = Design{{0}};
    p.predicted_app_latency_ms = {5, 10};  // unverified: ratios from predictions
    q.design = Design{{1}};
    q.predicted_app_latency_ms = {4, 4};
    OracleResult v;
    v.latency_ms = {3, NAN};
    v.app_feasible = {true, false};  // verified: runs x in 3 ms, does not run y
    q.verified = v;
    const Tradeoffs t = compare_per_application(*log, b, {"x", "y"}, LatencyAggregate::GeometricMean, {p, q});
    ASSERT_EQ(t.apps.size(), 2u);
    EXPECT_DOUBLE_EQ(t.apps[0].best_logged_ms, 6);
    EXPECT_DOUBLE_EQ(t.apps[1].best_logged_ms, 12);
    EXPECT_DOUBLE_EQ(t.apps[0].ratio[0], 6.0 / 5);
    EXPECT_DOUBLE_EQ(t.apps[1].ratio[0], 12.0 / 10);
    EXPECT_DOUBLE_EQ(t.apps[0].ratio[1], 6.0 / 3);  // verified numbers win over predicted ones
    EXPECT_DOUBLE_EQ(t.apps[1].ratio[1], 0);        // does not run: worth nothing
    EXPECT_TRUE(std::isnan(t.apps[1].verified_ms[1]));
    EXPECT_EQ(t.apps[0].best_design, 1u);
    EXPECT_EQ(t.apps[1].best_design, 0u);
    EXPECT_NEAR(t.combined_ratio[0], std::sqrt(1.2 * 1.2), 1e-12);  // geometric mean of the ratios
    EXPECT_EQ(t.combined_ratio[1], 0);
    EXPECT_EQ(t.best_overall, 0u);
}

TEST(NearestLoggedDesign, DistanceIsZeroForLoggedDesignsAndScaledOtherwise) {
    TempDir dir;
    const auto log = foreign_log(dir);  // pe: 5 values, buffer: 4 values
    SearchSession session(log, index_predictor(), AreaBudget{}, small_search());
    const Design logged = log->design(0);
    Design moved = logged;
    moved[0] = moved[0] == 0 ? 4 : 0;  // across pe's whole range: but pe=1 and pe=16 are both logged
    const auto d = session.distance_to_log({logged, moved});
    EXPECT_EQ(d[0], 0.0);
    EXPECT_EQ(d[1], 0.0) << "every (pe, buffer) pair of this log is logged";
    const NearestLoggedDesign index(*hand_log());
    EXPECT_EQ(index.size(), 4u);
    EXPECT_EQ(index.nearest(Design{{2}}).distance, 0.0);
}

TEST(StudyFile, RoundTripsAndAStoppedSearchResumesWhereItStopped) {
    TempDir dir;
    const auto log = foreign_log(dir);
    SearchSettings s = small_search();
    s.study.generations = 6;
    // Uninterrupted: six generations.
    SearchSession straight(log, index_predictor(), AreaBudget{}, s);
    const StudyResult full = straight.search();
    // Stopped after three, saved, reopened, resumed.
    SearchSession first(log, index_predictor(), AreaBudget{}, s);
    JobControl job;
    const StudyResult part = first.search([&](const StudyProgress& p) { if (p.generation == 3) job.cancel(); }, &job);
    ASSERT_TRUE(part.cancelled);
    ASSERT_EQ(part.history.size(), 3u);
    StudyFile f;
    f.settings.log.files = {(dir.path() / "foreign.csv").string()};
    f.log_hashes = {hash_path(f.settings.log.files[0])};
    f.settings.search = s;
    f.optimizer_state = part.optimizer_state;
    f.results = first.exported(part);
    f.pins = {part.proposals.front().design};
    save_study_file(f, dir.path() / "s.primestudy");
    const StudyFile back = load_study_file(dir.path() / "s.primestudy");
    EXPECT_EQ(to_json(back), to_json(f));
    EXPECT_EQ(back.pins, f.pins);
    EXPECT_TRUE(changed_inputs(back).empty());
    SearchSession second(log, index_predictor(), AreaBudget{}, back.settings.search);
    const StudyResume resume = resume_point(back);
    const StudyResult rest = second.search({}, nullptr, &resume);
    EXPECT_EQ(rest.history.size(), 3u) << "only the generations that were left";
    EXPECT_EQ(rest.history.front().generation, 4u) << "counted over the whole search";
    // The same optimizer trajectory as the uninterrupted run: the same proposals.
    ASSERT_EQ(rest.proposals.size(), full.proposals.size());
    for (std::size_t i = 0; i < full.proposals.size(); ++i) EXPECT_EQ(rest.proposals[i].design, full.proposals[i].design);
    // A changed log is reported before results are shown against it.
    test::write_file(f.settings.log.files[0], "pe,buffer,latency,area,feasible\n1,16,1,1,1\n");
    const auto changed = changed_inputs(back);
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_NE(changed[0].find("changed"), std::string::npos);
    EXPECT_THROW(study_file_from_json({{"format", "something"}}), InputError);
}

}  // namespace
}  // namespace prime
