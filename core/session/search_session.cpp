#include "session/search_session.h"

#include <cmath>
#include <stdexcept>

#include "session/fitted_area.h"
#include "session/surrogate_area.h"
#include "session/surrogate_predictor.h"
#include "study/builtin_oracle.h"
#include "study/command_oracle.h"
#include "study/provenance.h"
#include "util/atomic_file.h"

namespace prime {

namespace {

std::string known_apps(const Surrogate& s) {
    std::string known;
    for (const auto& a : s.info().apps) known += (known.empty() ? "" : ",") + a.name;
    return known;
}

// Whether any row has a finite area (what a learned area model needs), checked before any work.
bool has_area(const DesignLog& log) {
    for (float a : log.area_mm2())
        if (std::isfinite(a)) return true;
    return false;
}

}  // namespace

AreaEstimator make_area_model(const AreaBudget& budget, const DesignLog& log, const Surrogate* surrogate) {
    const std::string name = to_string(budget.area_model);
    try {
        switch (budget.area_model) {
            case AreaModelChoice::Auto: {
                try {
                    return AreaEstimator::analytic(log.space());
                } catch (const std::invalid_argument&) {
                }
                if (!budget.finite()) return AreaEstimator::none();
                if (!has_area(log))
                    throw std::invalid_argument("an area budget needs an area model: the space '" + log.space().name() +
                                                "' is not the built-in simulator's and the log has no area column; map "
                                                "an area column or drop --area-budget");
                // Learned from the log, on the search worker's first batch (the fit takes seconds).
                return AreaEstimator::deferred([&log, m = budget.min_area_margin] { return fitted_area_estimator(log, false, nullptr, m); });
            }
            case AreaModelChoice::Gp:
                if (!has_area(log)) throw std::invalid_argument("the log has no finite area values, so it cannot estimate areas");
                return AreaEstimator::deferred([&log, m = budget.min_area_margin] { return fitted_area_estimator(log, /*gp_only=*/true, nullptr, m); });
            case AreaModelChoice::Analytic: return AreaEstimator::analytic(log.space());
            case AreaModelChoice::Log: return AreaEstimator::from_log(log);
            case AreaModelChoice::Surrogate:
                if (!surrogate) throw std::invalid_argument("no surrogate with an area head is loaded");
                return surrogate_area_estimator(*surrogate);
        }
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument("area model " + name + ": " + e.what());
    }
    return AreaEstimator::none();
}

std::unique_ptr<Oracle> make_oracle(const OracleSettings& s, const SearchSpace& space) {
    if (s.kind == "none") return nullptr;
    if (s.kind == "auto") {
        try {  // the built-in simulator when it can simulate this space, else no oracle
            return std::make_unique<BuiltinSimulatorOracle>(space, SimConstants{}, s.jobs);
        } catch (const std::invalid_argument&) {
            return nullptr;
        }
    }
    if (s.kind == "builtin") {
        try {
            return std::make_unique<BuiltinSimulatorOracle>(space, SimConstants{}, s.jobs);
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(std::string("oracle builtin needs the built-in space: ") + e.what() +
                                        "; use a command oracle or none");
        }
    }
    if (s.kind == "command") {
        CommandOracleOptions o;
        o.command = s.command;
        o.timeout_seconds = s.timeout_seconds;
        try {
            return std::make_unique<CommandOracle>(space, o);
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(std::string("oracle command: ") + e.what());
        }
    }
    throw std::invalid_argument("oracle must be auto, builtin, none or command, got '" + s.kind + "'");
}

SearchSession::SearchSession(std::shared_ptr<const DesignLog> log, Surrogate surrogate, AreaBudget budget,
                             SearchSettings settings, SearchInputs inputs)
    : log_(std::move(log)), budget_(budget), settings_(std::move(settings)), inputs_(std::move(inputs)) {
    if (!log_) throw std::invalid_argument("a search needs the design log");
    if (surrogate.empty()) throw std::invalid_argument("a search needs a trained surrogate");
    if (!(surrogate.space() == log_->space()))
        throw std::invalid_argument("the model was trained on another search space than the log's ('" +
                                    surrogate.space().name() + "' vs '" + log_->space().name() + "')");
    auto& apps = settings_.study.apps;
    if (apps.size() == 1 && apps[0] == "all") {  // as train --apps all: every application the model knows
        apps.clear();
        for (const auto& a : surrogate.info().apps) apps.push_back(a.name);
    }
    if (apps.empty()) {
        if (surrogate.info().apps.size() != 1)
            throw std::invalid_argument("applications: the model knows several applications (" + known_apps(surrogate) +
                                        "): choose the ones to search for");
        apps = {surrogate.info().apps[0].name};
    }
    // Any spelling of an application the model knows is that application
    // ("mobilenet_v2" is the model's "MobileNetV2"): otherwise an alias of a
    // built-in workload would be predicted zero-shot from its context, with
    // other numbers than the trained application's.
    for (auto& a : apps) {
        if (a.empty() || surrogate.find_app(a)) continue;
        const std::string canonical = canonical_app_name(a);
        for (const auto& known : surrogate.info().apps)
            if (canonical_app_name(known.name) == canonical) a = known.name;
    }
    const std::string hash = inputs_.model_path.empty() ? std::string() : hash_path(inputs_.model_path);
    auto predictor = std::make_shared<SurrogatePredictor>(surrogate, hash);
    // Every application must be predictable now, not after the search started.
    for (const auto& a : apps)
        if (!a.empty() && !surrogate.find_app(a) && !(surrogate.info().contextual && builtin_workload_context(a)))
            throw std::invalid_argument("applications: the model was not trained on '" + a +
                                        "' and cannot predict it zero-shot (it knows " + known_apps(surrogate) + ")");
    init(std::move(predictor), &surrogate);
}

SearchSession::SearchSession(std::shared_ptr<const DesignLog> log, std::shared_ptr<const LatencyPredictor> predictor,
                             AreaBudget budget, SearchSettings settings, SearchInputs inputs)
    : log_(std::move(log)), budget_(budget), settings_(std::move(settings)), inputs_(std::move(inputs)) {
    if (!log_) throw std::invalid_argument("a search needs the design log");
    init(std::move(predictor), nullptr);
}

void SearchSession::init(std::shared_ptr<const LatencyPredictor> predictor, const Surrogate* surrogate) {
    budget_.validate();
    StudyOptions o = settings_.study;
    o.budget.area_mm2 = budget_.limit_mm2;
    // The applications must be in the log: the report and the hypervolume
    // reference compare with its designs (std::invalid_argument lists them).
    std::vector<LoggedDesign> logged;
    try {
        logged = logged_latencies(*log_, o.apps, o.aggregate, o.weights);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(std::string("applications: ") + e.what());
    }
    if (settings_.reference_from_log) {
        double worst = 0;
        for (const auto& d : logged) worst = std::max(worst, d.latency_ms);
        if (worst > 0) o.reference_latency_ms = worst;
    }
    AreaEstimator area = make_area_model(budget_, *log_, surrogate);
    oracle_ = make_oracle(settings_.oracle, log_->space());
    study_ = std::make_unique<Study>(log_->space(), std::move(predictor), std::move(area), o);
    // The logged designs (any application) are not proposed again; built on the first search batch.
    if (o.propose_new_only) study_->set_known_designs(std::make_shared<LoggedDesigns>(log_));
    if (!inputs_.log_files.empty()) log_hash_ = hash_paths({inputs_.log_files.begin(), inputs_.log_files.end()});
}

StudyResult SearchSession::search(const StudyProgressFn& progress, JobControl* job, const StudyResume* resume) {
    if (job) job->start();
    return study_->search(progress, job, resume);
}

void SearchSession::verify(StudyResult& result, JobControl* job) {
    if (oracle_) study_->verify(result, *oracle_, job);
}

std::vector<OracleResult> SearchSession::verify_designs(const std::vector<Design>& designs, JobControl* job) {
    if (!oracle_) throw std::logic_error("no oracle is set up to verify designs");
    return oracle_->evaluate(designs, study_->apps(), job);
}

std::vector<double> SearchSession::distance_to_log(const std::vector<Design>& designs) const {
    if (!nearest_) nearest_ = std::make_shared<const NearestLoggedDesign>(*log_);
    std::vector<double> out;
    out.reserve(designs.size());
    for (const auto& d : designs) out.push_back(nearest_->nearest(d).distance);
    return out;
}

ExportedDesigns SearchSession::exported(const StudyResult& result) const {
    ExportedDesigns e;
    e.space = log_->space();
    e.apps = study_->apps();
    e.proposals = result.proposals;
    Provenance& p = e.provenance;
    p.log_files = inputs_.log_files;
    p.log_hash = log_hash_;
    p.model_path = inputs_.model_path;
    p.model_hash = study_->predictor().model_hash();
    p.predictor = study_->predictor().describe();
    p.oracle = result.oracle;
    p.area_model = study_->area_model().kind();
    p.settings = to_json(study_->options());
    p.seed = study_->options().seed;
    p.created_utc = now_utc();
    return e;
}

std::optional<StudyReport> SearchSession::report(const StudyResult& result) const {
    if (result.proposals.empty()) return std::nullopt;
    for (const auto& p : result.proposals)
        if (!p.verified) return std::nullopt;
    StudyReport r = make_report(*log_, result.proposals, study_->options());
    r.area_model = study_->area_model().describe();
    r.provenance = to_json(exported(result).provenance);
    return r;
}

void SearchSession::write_outputs(const StudyResult& result, const std::filesystem::path& dir) const {
    std::filesystem::create_directories(dir);
    const ExportedDesigns e = exported(result);
    write_designs_csv(e, dir / "designs.csv");
    write_designs_json(e, dir / "designs.json");
    if (const auto r = report(result)) {
        write_text_atomically(dir / "report.md", to_markdown(*r));
        write_text_atomically(dir / "report.json", to_json(*r).dump(2) + "\n");
    }
}

void SearchSession::set_oracle(const OracleSettings& settings) {
    std::unique_ptr<Oracle> next = make_oracle(settings, log_->space());  // throws before anything changes
    oracle_ = std::move(next);
    settings_.oracle = settings;
}

DesignLog SearchSession::closed_loop_log(const StudyResult& result) const {
    DesignLog log = *log_;
    std::vector<Design> designs;
    std::vector<OracleResult> verified;
    for (const auto& p : result.proposals)
        if (p.verified) designs.push_back(p.design), verified.push_back(*p.verified);
    append_verified(log, designs, study_->apps(), verified);
    return log;
}

}  // namespace prime
