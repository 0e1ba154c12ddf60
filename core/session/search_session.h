#pragma once
// The search stage of a study, the same for prime-cli search, the GUI's
// search panel and the B9 benchmark: the area model chosen from the study's
// AreaBudget, the applications, the hypervolume reference, the predictor, the
// Study (search loop), verification by an oracle, export with provenance, the
// report and closing the loop. Every setting that can fail is checked in the
// constructor, before any design is scored: minutes of search are never lost
// to a check that could have run first.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data/design_log.h"
#include "model/surrogate.h"
#include "session/area_budget.h"
#include "session/settings.h"
#include "study/design_export.h"
#include "study/nearest_design.h"
#include "study/oracle.h"
#include "study/report.h"
#include "study/study.h"
#include "util/job_control.h"

namespace prime {

/// What the search reads, for provenance.
struct SearchInputs {
    std::vector<std::string> log_files;
    std::string model_path;   // "" when the surrogate was trained in this session
};

/// The area model the budget asks for. std::invalid_argument naming the
/// setting when the space, the log or the surrogate cannot provide it.
/// `surrogate` may be null (then "surrogate" is not available). A model
/// learned from the log (auto without an analytic model, gp) is fitted on its
/// first use, so `log` must outlive the estimator (the session owns both).
AreaEstimator make_area_model(const AreaBudget& budget, const DesignLog& log, const Surrogate* surrogate);

/// The oracle the settings ask for, or nullptr for none ("auto" = the
/// built-in simulator for the built-in space, else none). std::invalid_argument
/// naming the setting when it cannot verify designs of `space`.
std::unique_ptr<Oracle> make_oracle(const OracleSettings& settings, const SearchSpace& space);

class SearchSession {
public:
    /// Searches a trained surrogate (predictions per application, zero-shot
    /// for unseen built-in workloads, area head when the budget asks for it).
    SearchSession(std::shared_ptr<const DesignLog> log, Surrogate surrogate, AreaBudget budget, SearchSettings settings,
                  SearchInputs inputs = {});
    /// Searches any predictor (the simulator for online baselines, a test
    /// function); no area head.
    SearchSession(std::shared_ptr<const DesignLog> log, std::shared_ptr<const LatencyPredictor> predictor,
                  AreaBudget budget, SearchSettings settings, SearchInputs inputs = {});

    /// Runs the search on the calling thread; `job` pauses and cancels
    /// between generations (a cancelled result holds what was found so far).
    /// With `resume` (from a study file), continues where that search stopped.
    StudyResult search(const StudyProgressFn& progress = {}, JobControl* job = nullptr, const StudyResume* resume = nullptr);
    /// Verifies every proposal with the oracle; no-op without one.
    void verify(StudyResult& result, JobControl* job = nullptr);
    /// Simulates chosen designs (pinned, selected) over the study's
    /// applications. std::logic_error without an oracle; Cancelled on cancel.
    std::vector<OracleResult> verify_designs(const std::vector<Design>& designs, JobControl* job = nullptr);
    /// How far each design is from the nearest logged one (study/nearest_design.h):
    /// 0 = logged; larger = the model extrapolates further.
    std::vector<double> distance_to_log(const std::vector<Design>& designs) const;

    /// Replaces the oracle that verifies (the GUI's oracle box changed after
    /// the search); the same checks as the constructor's (std::invalid_argument
    /// naming the setting, leaving the current oracle in place).
    void set_oracle(const OracleSettings& settings);
    const OracleSettings& oracle_settings() const { return settings_.oracle; }

    bool has_oracle() const { return static_cast<bool>(oracle_); }
    Oracle* oracle() { return oracle_.get(); }
    /// The designs with provenance, as written to designs.csv/json.
    ExportedDesigns exported(const StudyResult& result) const;
    /// The report; nullopt while any proposal is unverified.
    std::optional<StudyReport> report(const StudyResult& result) const;
    /// designs.csv and designs.json, plus report.md and report.json when
    /// every proposal is verified; each written atomically into `dir`.
    void write_outputs(const StudyResult& result, const std::filesystem::path& dir) const;
    /// The log with the verified proposals appended (PRIME's closing of the loop).
    DesignLog closed_loop_log(const StudyResult& result) const;

    const Study& study() const { return *study_; }
    const StudyOptions& options() const { return study_->options(); }
    const std::vector<std::string>& apps() const { return study_->apps(); }
    const DesignLog& log() const { return *log_; }
    const AreaBudget& budget() const { return budget_; }

private:
    void init(std::shared_ptr<const LatencyPredictor> predictor, const Surrogate* surrogate);

    std::shared_ptr<const DesignLog> log_;
    AreaBudget budget_;
    SearchSettings settings_;
    SearchInputs inputs_;
    std::unique_ptr<Study> study_;
    std::unique_ptr<Oracle> oracle_;
    std::string log_hash_;
    mutable std::shared_ptr<const NearestLoggedDesign> nearest_;  // built on first use
};

}  // namespace prime
