// SPDX-License-Identifier: GPL-3.0-or-later
// Closing the loop (verified designs join the log, the model keeps training
// from its weights) and study files that carry their model and curves.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "data/log_io.h"
#include "model/conservative_trainer.h"
#include "model/model_test_support.h"
#include "session/close_loop.h"
#include "session/search_session.h"
#include "session/study_file.h"
#include "session/train_session.h"
#include "study/logged_designs.h"
#include "session_fixtures.h"
#include "util/json_file.h"

namespace prime {
namespace {

using test::TempDir;

TrainSettings quick_training(std::uint64_t steps = 40) {
    TrainSettings t;
    t.model = test::tiny_mlp();
    t.auto_model = false;  // these tests are about the network
    t.train.threads = 1;
    t.train.seed = 3;
    t.fit.steps = steps;
    t.fit.eval_every = 20;
    return t;
}

Surrogate trained_on(std::shared_ptr<const DesignLog> log, std::uint64_t steps = 40) {
    return TrainSession(std::move(log), AreaBudget{}, quick_training(steps)).run().surrogate;
}

TEST(ConservativeTrainer, ContinuesFromASurrogatesWeights) {
    TempDir dir;
    const auto log = test::foreign_log(dir);
    const Surrogate first = trained_on(log);
    ASSERT_FALSE(first.empty());
    const TrainSettings t = quick_training();
    // Before any step the continued trainer holds exactly the surrogate's
    // network: the same weights on the same batch give the same scores (one
    // code path, one batch size, so bit-identical; docs/reproducibility.md).
    ConservativeTrainer again(*log, t.model, t.train);
    again.continue_from(first);
    std::vector<Design> designs;
    for (RowIndex r = 0; r < log->rows(); ++r) designs.push_back(log->design(r));
    const auto want = first.predict(designs).score;
    const auto got = again.surrogate().predict(designs).score;
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) EXPECT_EQ(got[i], want[i]) << i;
    // A fresh trainer (another seed) starts elsewhere: the copy above was not a coincidence.
    TrainOptions other = t.train;
    other.seed = 99;
    ConservativeTrainer fresh(*log, t.model, other);
    const auto fresh_scores = fresh.surrogate().predict(designs).score;
    EXPECT_NE(fresh_scores, want);
    // Another network cannot continue this one.
    ModelOptions wider = t.model;
    wider.hidden = {32};
    ConservativeTrainer mismatched(*log, wider, t.train);
    EXPECT_THROW(mismatched.continue_from(first), std::invalid_argument);
}

TEST(CloseTheLoop, VerifiedDesignsJoinTheLogWhichIsWrittenAndTheModelKeepsTraining) {
    TempDir dir;
    const auto log = test::foreign_log(dir);
    const Surrogate model = trained_on(log);
    SearchSession search(log, model, AreaBudget{}, test::small_search());
    StudyResult result = search.search();
    ASSERT_GE(result.proposals.size(), 2u);
    // A made-up simulator: the first proposal runs, the second does not, the rest are unverified.
    OracleResult runs{true, "", {3.5}, {true}, {""}, 1.25};
    OracleResult fails{false, "latency: too big", {std::nan("")}, {false}, {"too big"}, 2.0};
    result.proposals[0].verified = runs;
    result.proposals[1].verified = fails;
    for (std::size_t i = 2; i < result.proposals.size(); ++i) result.proposals[i].verified.reset();

    const auto path = dir.path() / "closed.primelog";
    const ClosedLoop closed = close_the_loop(search, result, model, continued_training(model, 30), path);
    ASSERT_TRUE(closed.log);
    EXPECT_EQ(closed.log->rows(), log->rows() + 2) << "one row per verified design (one application)";
    EXPECT_TRUE(closed.log->feasible()[log->rows()]);
    EXPECT_FLOAT_EQ(closed.log->latency_ms()[log->rows()], 3.5f);
    EXPECT_FALSE(closed.log->feasible()[log->rows() + 1]);
    // The extended log is on disk, as read back.
    ASSERT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(read_log(path).rows(), closed.log->rows());
    ASSERT_FALSE(closed.surrogate.empty());
    EXPECT_EQ(closed.report.steps, 30u);
    EXPECT_EQ(closed.surrogate.info().model.hidden, model.info().model.hidden);

    // Nothing verified: refused before anything is written.
    StudyResult none = result;
    for (auto& p : none.proposals) p.verified.reset();
    EXPECT_THROW(close_the_loop(search, none, model, continued_training(model, 30), dir.path() / "no.primelog"),
                 std::invalid_argument);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "no.primelog"));
    // Cancelled training: the written log stays, no model comes back.
    JobControl job;
    job.cancel();
    const auto kept = dir.path() / "kept.primelog";
    const ClosedLoop cancelled = close_the_loop(search, result, model, continued_training(model, 30), kept, {}, &job);
    EXPECT_TRUE(cancelled.surrogate.empty());
    EXPECT_TRUE(std::filesystem::exists(kept));
}

TEST(StudyFile, KeepsTheSessionsModelBesideItAndItsCurves) {
    TempDir dir;
    const auto log = test::foreign_log(dir);
    const Surrogate model = trained_on(log);
    StudyFile f;
    f.settings.log.files = {(dir.path() / "foreign.csv").string()};
    f.settings.search = test::small_search();
    f.results.space = log->space();
    f.history = {{1, 16, -2.0, std::nan(""), std::nan("")}, {2, 32, 1.5, 4.25, 17.0}};
    const auto study = dir.path() / "run.primestudy";
    save_study_file(f, study, &model);
    // The model folder sits beside the study and the file names it relatively.
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "run.model" / "surrogate.json"));
    const nlohmann::json raw = read_json_file(study);
    EXPECT_EQ(raw.at("settings").at("model_dir"), "run.model");
    EXPECT_FALSE(raw.at("model_hash").get<std::string>().empty());

    // Moved together to another folder, the study still finds its model and log.
    const auto moved = dir.path() / "moved";
    std::filesystem::create_directories(moved);
    std::filesystem::rename(study, moved / "run.primestudy");
    std::filesystem::rename(dir.path() / "run.model", moved / "run.model");
    const StudyFile back = load_study_file(moved / "run.primestudy");
    EXPECT_EQ(std::filesystem::path(back.settings.model_dir), (moved / "run.model").lexically_normal());
    EXPECT_EQ(back.settings.log.files, f.settings.log.files) << "absolute paths stay as they were";
    EXPECT_TRUE(changed_inputs(back).empty());
    const Surrogate reopened = Surrogate::load(back.settings.model_dir, log->space());
    std::vector<Design> designs{log->design(0), log->design(5)};
    EXPECT_EQ(reopened.predict(designs).score, model.predict(designs).score) << "save -> load -> predict is bit-identical";
    // The curves, NaN (no feasible design yet) included.
    ASSERT_EQ(back.history.size(), 2u);
    EXPECT_EQ(back.history[0].generation, 1u);
    EXPECT_TRUE(std::isnan(back.history[0].best_predicted_latency_ms));
    EXPECT_EQ(back.history[1].best_predicted_latency_ms, 4.25);
    EXPECT_EQ(back.history[1].hypervolume, 17.0);
    EXPECT_EQ(back.history[1].evaluations, 32u);
}

TEST(Study, AResumedSearchCountsGenerationsOnFromWhereItStopped) {
    TempDir dir;
    const auto log = test::foreign_log(dir);
    SearchSettings s = test::small_search();
    s.study.generations = 6;
    SearchSession first(log, test::index_predictor(), AreaBudget{}, s);
    JobControl job;
    const StudyResult part = first.search([&](const StudyProgress& p) { if (p.generation == 2) job.cancel(); }, &job);
    ASSERT_EQ(part.history.size(), 2u);
    SearchSession second(log, test::index_predictor(), AreaBudget{}, s);
    const StudyResume resume{part.optimizer_state, part.proposals};
    std::vector<std::size_t> live;
    const StudyResult rest = second.search([&](const StudyProgress& p) { live.push_back(p.generation); }, nullptr, &resume);
    ASSERT_EQ(rest.history.size(), 4u);
    EXPECT_EQ(rest.history.front().generation, 3u);
    EXPECT_EQ(rest.history.back().generation, 6u);
    EXPECT_EQ(live, (std::vector<std::size_t>{3, 4, 5, 6}));
}

TEST(SearchSession, LoggedDesignsAreNotProposedAgainAndSmallSpacesAreScoredWhole) {
    TempDir dir;
    // Two logged designs of the 5 x 4 space, one of them the predictor's best (pe 16, buffer 16).
    const auto path = test::write_file(dir.path() / "two.csv",
                                       "pe,buffer,latency,area,feasible\n16,16,1.0,1.0,1\n1,128,9.0,1.0,1\n"
                                       "2,32,5.0,1.0,1\n4,64,3.0,1.0,1\n8,16,2.0,1.0,1\n");
    const auto log = std::make_shared<const DesignLog>(read_log(path));
    ASSERT_EQ(log->space().cardinality_double(), 20.0) << "pe 1..16 (5 values) x buffer 16..128 (4)";
    SearchSettings s;
    s.study.k = 20;
    s.study.progress_interval_seconds = 0;
    SearchSession fresh(log, test::index_predictor(), AreaBudget{}, s);
    const StudyResult r = fresh.search();
    EXPECT_EQ(r.optimizer, "enumeration") << "20 designs: scored whole";
    EXPECT_EQ(r.proposals.size(), 15u) << "every design but the five logged ones";
    const LoggedDesigns logged(log);
    EXPECT_EQ(logged.size(), 5u);
    for (const auto& p : r.proposals) EXPECT_FALSE(logged.contains(p.design));
    // The best new design: pe 16 with the next buffer (the logged best is pe 16, buffer 16).
    EXPECT_EQ(log->space().decode(r.proposals.front().design), (std::vector<double>{16, 32}));
    // Asked to, the logged ones are proposed like any other.
    s.study.propose_new_only = false;
    SearchSession all(log, test::index_predictor(), AreaBudget{}, s);
    const StudyResult with = all.search();
    EXPECT_EQ(with.proposals.size(), 20u);
    EXPECT_EQ(log->space().decode(with.proposals.front().design), (std::vector<double>{16, 16}));
}

// A 7 x 7 space whose simulator is a formula: designs above 4096 PE-buffer
// products fail.
class FormulaOracle : public Oracle {
public:
    explicit FormulaOracle(SearchSpace space) : space_(std::move(space)) {}
    std::vector<OracleResult> evaluate(const std::vector<Design>& designs, const std::vector<std::string>&, JobControl*) override {
        std::vector<OracleResult> out;
        for (const auto& d : designs) {
            const auto v = space_.decode(d);
            OracleResult r;
            r.feasible = v[0] * v[1] <= 4096;
            r.reason = r.feasible ? "" : "too big";
            r.latency_ms = {r.feasible ? 100.0 / v[0] + 0.1 * v[1] : NAN};
            r.app_feasible = {r.feasible};
            r.area_mm2 = 0.5 * v[0] + 0.01 * v[1];
            out.push_back(r);
        }
        calls_ += designs.size();
        return out;
    }
    std::string describe() const override { return "formula"; }

private:
    SearchSpace space_;
};

TEST(SearchInRounds, EachRoundsVerifiedDesignsJoinTheLogBeforeTheNext) {
    TempDir dir;
    std::string csv = "pe,buffer,latency,area,feasible\n";
    int n = 0;
    for (int pe = 1; pe <= 64; pe *= 2)
        for (int buf = 16; buf <= 1024; buf *= 2)
            if (n++ % 2 == 0)  // half the space is logged
                csv += std::to_string(pe) + "," + std::to_string(buf) + "," + std::to_string(100.0 / pe + 0.1 * buf) + "," +
                       std::to_string(0.5 * pe + 0.01 * buf) + "," + (pe * buf <= 4096 ? "1" : "0") + "\n";
    const auto log = std::make_shared<const DesignLog>(read_log(test::write_file(dir.path() / "half.csv", csv)));
    ASSERT_EQ(log->rows(), 25u);
    const Surrogate model = trained_on(log);
    SearchSettings s = test::small_search();
    s.study.k = 6;
    s.study.propose_new_only = true;  // 24 designs are not logged
    s.oracle.kind = "none";
    FormulaOracle oracle(log->space());
    const RoundsOutcome out = search_in_rounds(log, model, AreaBudget{}, s, 2, continued_training(model, 20), oracle);
    ASSERT_EQ(out.result.proposals.size(), 6u);
    EXPECT_EQ(oracle.calls(), 6u);
    EXPECT_EQ(out.result.oracle_calls, 6u);
    ASSERT_EQ(out.round_best_ms.size(), 2u);
    for (const auto& p : out.result.proposals) EXPECT_TRUE(p.verified.has_value());
    // The second round searched the log extended by the first round's three designs ...
    ASSERT_TRUE(out.last);
    EXPECT_EQ(out.last->log().rows(), log->rows() + 3);
    // ... so it proposed none of them again.
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 3; j < 6; ++j) EXPECT_NE(out.result.proposals[i].design, out.result.proposals[j].design);
    EXPECT_THROW(search_in_rounds(log, model, AreaBudget{}, s, 0, continued_training(model, 20), oracle), std::invalid_argument);
    EXPECT_THROW(search_in_rounds(log, model, AreaBudget{}, s, 7, continued_training(model, 20), oracle), std::invalid_argument);
}

}  // namespace
}  // namespace prime
