#pragma once
// One offline-optimization study (PRIME's final stage, prime-method.md §7):
// an optimizer searches the space against a predictor under an area budget,
// the K best distinct in-budget designs become proposals, and an oracle
// verifies them. The study emits plain-number progress events, throttled for
// live display, and honours pause and cancel flags between generations, so
// the CLI, a GUI worker and the tests all drive it the same way.
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/constraints.h"
#include "search/objectives.h"
#include "search/pareto_archive.h"
#include "study/area_estimator.h"
#include "study/latency_predictor.h"
#include "study/logged_designs.h"
#include "study/oracle.h"
#include "util/job_control.h"

namespace prime {

struct StudyOptions {
    std::string optimizer = "evolution";  // make_optimizer kind
    nlohmann::json optimizer_options = nlohmann::json::object();  // that kind's options (docs/optimizers.md)
    std::uint64_t seed = 1;
    std::size_t generations = 100;
    std::size_t population = 256;  // designs asked per generation
    std::size_t k = 128;           // proposals to keep (distinct, in budget)

    Budget budget;                 // area (and the oracle-checked power) limits
    PenaltyPolicy penalty;

    /// Applications of the objective; one = single-application mode. Empty =
    /// the predictor's only application (named "").
    std::vector<std::string> apps;
    LatencyAggregate aggregate = LatencyAggregate::GeometricMean;  // several applications
    std::vector<double> weights;   // per application, empty = equal

    /// Area-latency Pareto mode: the optimizer maximises
    /// -ln(latency) - pareto_area_weight * ln(area) and the proposals start
    /// with the front of everything evaluated (spread over area).
    bool pareto = false;
    double pareto_area_weight = 1.0;
    /// Hypervolume reference latency (ms); NaN = 2x the worst predicted
    /// feasible latency of the first generation. The area reference is the
    /// budget when finite.
    double reference_latency_ms = std::numeric_limits<double>::quiet_NaN();

    double progress_interval_seconds = 0.05;  // at most ~20 events per second

    /// A space with at most this many designs is scored whole (every design,
    /// search/enumeration.h) instead of searched: the model's exact top K,
    /// nothing lost to the optimizer; 0 = always search. 2,000,000 designs
    /// take a few seconds with the default surrogate on 2 cores.
    std::uint64_t exhaustive_limit = 2'000'000;

    /// Propose only designs the log does not hold (Study::set_known_designs):
    /// a logged design is already measured, so a verification slot spent on
    /// it tells nothing new, and the log's best is the fallback anyway. A
    /// conservative model on a small log otherwise ranks its own training
    /// designs first and proposes them again.
    bool propose_new_only = true;

    /// std::invalid_argument for an unusable combination.
    void validate() const;
};

nlohmann::json to_json(const StudyOptions& o);
/// The inverse of to_json (missing keys keep defaults), for `prime-cli report`
/// re-reading an export's settings. std::invalid_argument for bad values.
StudyOptions study_options_from_json(const nlohmann::json& j);

struct Proposal {
    Design design;
    double score = 0;                      // what the optimizer maximised
    double predicted_latency_ms = 0;       // combined over the applications
    std::vector<double> predicted_app_latency_ms;
    double area_mm2 = std::numeric_limits<double>::quiet_NaN();  // from the study's area model
    std::optional<OracleResult> verified;  // after Study::verify
};

/// One live-display event: plain numbers only, safe to copy across threads.
struct StudyProgress {
    /// Generations done over the whole search (a resumed search counts on
    /// from where it stopped) and the search's total (options().generations).
    std::size_t generation = 0, total_generations = 0;
    std::uint64_t evaluations = 0;
    double best_score = -std::numeric_limits<double>::infinity();
    double best_predicted_latency_ms = std::numeric_limits<double>::quiet_NaN();  // of the best in-budget design
    std::vector<double> population_latency_ms;  // this generation's predicted (combined) latencies
    std::vector<double> population_area_mm2;
    std::size_t feasible_in_population = 0;     // predicted to run and within budget
    double hypervolume = std::numeric_limits<double>::quiet_NaN();
    bool paused = false;
    /// The best distinct in-budget designs so far (at most K, best first):
    /// what a live top-K table shows. Unverified.
    std::vector<Proposal> top;
    /// Paused events only: the optimizer's state, so a study file saved
    /// while paused resumes exactly there (Optimizer::save_state()).
    nlohmann::json optimizer_state;
};

/// Where an earlier search stopped: its optimizer state and proposals.
struct StudyResume {
    nlohmann::json optimizer_state;   // Optimizer::save_state(); null = start afresh
    std::vector<Proposal> proposals;  // candidates found so far (kept in the pool)
};
using StudyProgressFn = std::function<void(const StudyProgress&)>;


struct StudyGeneration {
    std::size_t generation = 0;  // over the whole search, as StudyProgress::generation
    std::uint64_t evaluations = 0;
    double best_score = 0;
    double best_predicted_latency_ms = 0;
    double hypervolume = 0;
};

struct StudyResult {
    std::vector<Proposal> proposals;      // best first (front first in Pareto mode)
    std::vector<StudyGeneration> history; // one per generation run
    std::vector<ParetoPoint> front;       // predicted latency vs area, in budget
    std::uint64_t evaluations = 0;        // predictor calls (designs)
    std::uint64_t oracle_calls = 0;       // (design, application) simulations by verify()
    std::string oracle;                   // Oracle::describe() of the verifier
    bool cancelled = false;
    nlohmann::json optimizer_state;       // after the last generation run: resume from here
    std::string optimizer;                // the kind that ran ("enumeration" when the space was scored whole)
};

class Study {
public:
    /// Throws std::invalid_argument for bad options, or a finite area budget
    /// without an area model.
    Study(SearchSpace space, std::shared_ptr<const LatencyPredictor> predictor, AreaEstimator area, StudyOptions options);

    /// Runs the search. A paused `job` holds the loop between generations;
    /// a cancel stops it after the current generation and the result holds
    /// the proposals found so far (cancelled = true).
    /// With `resume`, the optimizer continues from its saved state (running
    /// only the generations left of options().generations) and the earlier
    /// proposals stay candidates.
    StudyResult search(const StudyProgressFn& progress = {}, JobControl* job = nullptr, const StudyResume* resume = nullptr);

    /// Simulates every proposal with `oracle` over the study's applications.
    /// A cancelled job throws prime::Cancelled.
    void verify(StudyResult& result, Oracle& oracle, JobControl* job = nullptr) const;

    /// Scores a batch the way the search does (for tests and the GUI's hover):
    /// combined predicted latency, area and the constrained score.
    struct Scored {
        std::vector<std::vector<double>> app_latency;  // [app][design]
        std::vector<double> latency, area, score;
    };
    Scored score(const std::vector<Design>& designs) const;

    /// Designs the proposals leave out when options().propose_new_only (the
    /// log's designs; SearchSession sets them). They are still scored, so the
    /// optimizer learns from them.
    void set_known_designs(std::shared_ptr<const LoggedDesigns> known) { known_ = std::move(known); }

    const StudyOptions& options() const { return options_; }
    const SearchSpace& space() const { return space_; }
    const AreaEstimator& area_model() const { return area_; }
    const LatencyPredictor& predictor() const { return *predictor_; }
    /// The applications as the predictor and oracle see them ({""} for an unnamed single one).
    const std::vector<std::string>& apps() const { return apps_; }

private:
    SearchSpace space_;
    std::shared_ptr<const LatencyPredictor> predictor_;
    AreaEstimator area_;
    StudyOptions options_;
    std::vector<std::string> apps_;
    std::shared_ptr<const LoggedDesigns> known_;
};

}  // namespace prime
