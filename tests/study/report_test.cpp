// The report's numbers against a small case computed by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "small_space.h"
#include "study/report.h"

using namespace prime;
using prime::test::tiny;
using prime::test::tiny_space;

namespace {

// Log (application "x"), area budget 10:
//   (0,0) 10 ms,  5 mm2   <- best in budget
//   (1,0) 20 ms,  5 mm2
//   (2,0) 40 ms, 30 mm2   <- worst feasible (the range's end), over budget
//   (0,1)  1 ms, 50 mm2   <- fastest, but over budget: not the dataset best
//   (1,1) infeasible
// so log_min = 1, log_max = 40, dataset best = 10.
DesignLog hand_log() {
    DesignLog log(tiny_space());
    const AppId x = log.app_id("x");
    log.append(tiny(0, 0).index, 10, 5, true, x);
    log.append(tiny(1, 0).index, 20, 5, true, x);
    log.append(tiny(2, 0).index, 40, 30, true, x);
    log.append(tiny(0, 1).index, 1, 50, true, x);
    log.append(tiny(1, 1).index, 0, 5, false, x);
    return log;
}

Proposal verified(Design d, double predicted, double latency, double area, bool feasible) {
    Proposal p;
    p.design = std::move(d);
    p.predicted_latency_ms = predicted;
    p.predicted_app_latency_ms = {predicted};
    p.area_mm2 = area;
    OracleResult r;
    r.feasible = feasible;
    r.latency_ms = {feasible ? latency : NAN};
    r.app_feasible = {feasible};
    r.area_mm2 = area;
    if (!feasible) r.reason = "x: BAD";
    p.verified = r;
    return p;
}

}  // namespace

TEST(Report, SingleApplicationHandComputed) {
    StudyOptions o;
    o.apps = {"x"};
    o.budget.area_mm2 = 10;
    // Verified: 5 ms (in budget), 20 ms (in budget), infeasible, 2 ms but 50 mm2 (over budget).
    const std::vector<Proposal> ps{verified(tiny(2, 1), 4, 5, 8, true), verified(tiny(1, 0), 18, 20, 8, true),
                                   verified(tiny(1, 1), 3, 0, 8, false), verified(tiny(0, 1), 1, 2, 50, true)};
    const StudyReport r = make_report(hand_log(), ps, o);
    EXPECT_EQ(r.k, 4u);
    EXPECT_EQ(r.feasible, 3u);
    EXPECT_EQ(r.feasible_in_budget, 2u);
    EXPECT_DOUBLE_EQ(r.fraction_feasible_in_budget, 0.5);
    const ReportRow& c = r.combined;
    EXPECT_EQ(c.name, "x");
    EXPECT_DOUBLE_EQ(c.dataset_best_ms, 10);
    EXPECT_DOUBLE_EQ(c.log_min_ms, 1);
    EXPECT_DOUBLE_EQ(c.log_max_ms, 40);
    EXPECT_DOUBLE_EQ(c.best_ms, 5);
    EXPECT_DOUBLE_EQ(c.predicted_best_ms, 4);
    EXPECT_DOUBLE_EQ(c.ratio, 2.0);                        // 10 / 5
    EXPECT_DOUBLE_EQ(c.normalized_best, (40.0 - 5) / 39);  // (-5 - -40) / (40 - 1)
    // Sorted: 5, 20, inf, inf: the median of four is (20 + inf) / 2, i.e. not finite.
    EXPECT_TRUE(std::isnan(c.median_ms));
    EXPECT_TRUE(std::isnan(c.normalized_median));
    EXPECT_TRUE(r.apps.empty());

    // Three proposals: 5, 20, inf -> median 20.
    const StudyReport three = make_report(hand_log(), {ps[0], ps[1], ps[2]}, o);
    EXPECT_DOUBLE_EQ(three.combined.median_ms, 20);
    EXPECT_DOUBLE_EQ(three.combined.normalized_median, 20.0 / 39);
}

TEST(Report, WithoutBudgetOverBudgetProposalsCount) {
    StudyOptions o;  // no budget, unnamed application = the log's only one
    const std::vector<Proposal> ps{verified(tiny(2, 1), 4, 5, 8, true), verified(tiny(0, 1), 1, 2, 50, true)};
    const StudyReport r = make_report(hand_log(), ps, o);
    EXPECT_EQ(r.combined.name, "x");
    EXPECT_DOUBLE_EQ(r.combined.dataset_best_ms, 1);  // the 50 mm2 design counts now
    EXPECT_DOUBLE_EQ(r.combined.best_ms, 2);
    EXPECT_DOUBLE_EQ(r.combined.median_ms, 3.5);
    EXPECT_DOUBLE_EQ(r.combined.ratio, 0.5);
    EXPECT_DOUBLE_EQ(r.fraction_feasible_in_budget, 1.0);
}

TEST(Report, MultiApplicationGeomeanAndPerApplicationRows) {
    DesignLog log(tiny_space());
    const AppId x = log.app_id("x"), y = log.app_id("y");
    log.append(tiny(0, 0).index, 4, 1, true, x);   // geomean(4, 9) = 6
    log.append(tiny(0, 0).index, 9, 1, true, y);
    log.append(tiny(1, 0).index, 2, 1, true, x);   // geomean(2, 32) = 8
    log.append(tiny(1, 0).index, 32, 1, true, y);
    log.append(tiny(2, 0).index, 1, 1, true, x);   // y infeasible: not a logged combined design
    log.append(tiny(2, 0).index, 0, 1, false, y);
    StudyOptions o;
    o.apps = {"x", "y"};
    o.aggregate = LatencyAggregate::GeometricMean;
    Proposal p;
    p.design = tiny(0, 1);
    p.predicted_latency_ms = 3;
    p.predicted_app_latency_ms = {2, 4};
    OracleResult v;
    v.feasible = true;
    v.latency_ms = {1, 16};  // geomean 4
    v.app_feasible = {true, true};
    v.area_mm2 = 1;
    p.verified = v;
    const StudyReport r = make_report(log, {p}, o);
    EXPECT_EQ(r.combined.name, "combined (geomean)");
    EXPECT_DOUBLE_EQ(r.combined.dataset_best_ms, 6);
    EXPECT_DOUBLE_EQ(r.combined.log_max_ms, 8);
    EXPECT_DOUBLE_EQ(r.combined.best_ms, 4);
    EXPECT_DOUBLE_EQ(r.combined.ratio, 1.5);
    EXPECT_DOUBLE_EQ(r.combined.normalized_best, 2.0);  // (8 - 4) / (8 - 6): beyond the log
    ASSERT_EQ(r.apps.size(), 2u);
    EXPECT_DOUBLE_EQ(r.apps[0].dataset_best_ms, 1);  // x alone: (2,0) ran x
    EXPECT_DOUBLE_EQ(r.apps[0].best_ms, 1);
    EXPECT_DOUBLE_EQ(r.apps[0].predicted_best_ms, 2);
    EXPECT_DOUBLE_EQ(r.apps[1].dataset_best_ms, 9);
    EXPECT_DOUBLE_EQ(r.apps[1].ratio, 9.0 / 16);
}

TEST(Report, JsonAndMarkdownCarryTheNumbers) {
    StudyOptions o;
    o.apps = {"x"};
    o.budget.area_mm2 = 10;
    StudyReport r = make_report(hand_log(), {verified(tiny(2, 1), 4, 5, 8, true)}, o);
    r.provenance = {{"seed", 3}};
    const nlohmann::json j = to_json(r);
    EXPECT_EQ(j["format"], "prime-study-report");
    EXPECT_DOUBLE_EQ(j["objective"]["ratio_over_dataset_best"].get<double>(), 2.0);
    EXPECT_EQ(j["provenance"]["seed"], 3);
    const std::string md = to_markdown(r);
    EXPECT_NE(md.find("| x | 10.000 | 5.000 | 5.000 | 4.000 | 2.00x |"), std::string::npos) << md;
    EXPECT_NE(md.find("seed"), std::string::npos);
    EXPECT_NE(md.find("The best proposal beats the log's best in-budget design: 5 ms against 10 ms (2.00x)."),
              std::string::npos)
        << md;
}

TEST(Report, TheVerdictSaysWhenNoProposalBeatsTheLog) {
    ReportRow row;
    row.dataset_best_ms = 3;
    row.best_ms = 4;
    EXPECT_NE(verdict(row).find("No proposal beats the log's best in-budget design (3 ms"), std::string::npos) << verdict(row);
    row.best_ms = NAN;
    EXPECT_NE(verdict(row).find("No proposal is feasible within the budget"), std::string::npos) << verdict(row);
}

TEST(Report, ErrorsNameTheProblem) {
    StudyOptions o;
    o.apps = {"nope"};
    EXPECT_THROW(make_report(hand_log(), {verified(tiny(0, 0), 1, 1, 1, true)}, o), std::invalid_argument);
    o.apps = {"x"};
    Proposal unverified;
    unverified.design = tiny(0, 0);
    EXPECT_THROW(make_report(hand_log(), {unverified}, o), std::invalid_argument);
}
