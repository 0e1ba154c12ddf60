#pragma once
// The numbers that say whether a study found better accelerators, computed
// from the verified proposals and the log (BENCHMARKS.md, B9):
//   best / median     100th and 50th percentile of the K verified latencies;
//                     an infeasible or over-budget proposal counts as +inf
//                     (worst), so a model that proposes designs that do not
//                     run cannot hide them;
//   normalized score  (y - y_min) / (y_max - y_min) with y = -latency and the
//                     range over every feasible logged design (the full log);
//   ratio             best in-budget logged latency / best verified latency
//                     (above 1: the study beat the data it learned from);
//   fraction          proposals that are feasible and within budget.
// With several applications the same is computed on the combined latency
// (mean, geomean or worst, with weights) and per application.
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/design_log.h"
#include "search/constraints.h"
#include "search/objectives.h"
#include "study/study.h"

namespace prime {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// One row of the report: a latency (combined or one application's).
struct ReportRow {
    std::string name;                 // application, or "combined (geomean)"
    double dataset_best_ms = kNaN;    // best feasible in-budget logged design
    double log_min_ms = kNaN, log_max_ms = kNaN;  // over all feasible logged designs
    double best_ms = kNaN;            // best verified proposal (feasible, in budget)
    double median_ms = kNaN;          // median of the K, infeasible/over budget = +inf
    double predicted_best_ms = kNaN;  // what the predictor said about the verified best
    double ratio = kNaN;              // dataset_best_ms / best_ms
    double normalized_best = kNaN, normalized_median = kNaN;
};

struct StudyReport {
    std::size_t k = 0;                  // proposals verified
    std::size_t feasible = 0;           // verified feasible on every application
    std::size_t feasible_in_budget = 0; // ... and within every budget
    double fraction_feasible_in_budget = 0;
    ReportRow combined;                 // the objective (the only row for one application)
    std::vector<ReportRow> apps;        // per application (empty for one application)
    std::string area_model;             // how areas were checked during the search
    nlohmann::json provenance;          // copied into the JSON report
};

/// The latency a logged design has over `apps` (combined like the study),
/// for every design of the log that ran all of them. `area` is the design's
/// logged area. Log applications are matched by name, case-insensitively, or
/// as the same built-in workload; std::invalid_argument names a missing one.
struct LoggedDesign {
    double latency_ms = 0;
    double area_mm2 = kNaN;
};
std::vector<LoggedDesign> logged_latencies(const DesignLog& log, const std::vector<std::string>& apps,
                                           LatencyAggregate aggregate, const std::vector<double>& weights);

/// Position of `app` in the log's applications ("" = the only one), or
/// std::invalid_argument listing them.
AppId find_log_app(const DesignLog& log, const std::string& app);

/// (y - y_min) / (y_max - y_min) for y = -latency; NaN when the range is empty or latency is not finite.
double normalized_score(double latency_ms, double log_min_ms, double log_max_ms);

/// Requires every proposal to be verified (std::invalid_argument otherwise).
StudyReport make_report(const DesignLog& log, const std::vector<Proposal>& proposals, const StudyOptions& options);

nlohmann::json to_json(const StudyReport& report);
/// One sentence for people: whether the best verified proposal beats the
/// log's best in-budget design, by how much, or that none does (the logged
/// design is then the one to keep). Part of to_markdown.
std::string verdict(const ReportRow& row);
std::string to_markdown(const StudyReport& report, const std::string& title = "PRIME Studio study report");

}  // namespace prime
