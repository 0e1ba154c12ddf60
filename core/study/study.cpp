#include "study/study.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "search/enumeration.h"
#include "search/optimizer_factory.h"
#include "search/run_optimizer.h"

namespace prime {

namespace {

using Clock = std::chrono::steady_clock;

// The surrogate cannot predict power, so the search only enforces the area
// budget; a power budget is checked on the oracle's verified numbers.
Budget search_budget(const Budget& b) {
    Budget s = b;
    s.power_w.reset();
    return s;
}

bool better(const Proposal& a, const Proposal& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.design < b.design;  // deterministic order among equal scores
}

}  // namespace

void StudyOptions::validate() const {
    if (generations == 0) throw std::invalid_argument("generations must be >= 1");
    if (population == 0) throw std::invalid_argument("population must be >= 1");
    if (k == 0) throw std::invalid_argument("k must be >= 1");
    budget.validate();
    if (!weights.empty() && weights.size() != std::max<std::size_t>(1, apps.size()))
        throw std::invalid_argument("expected one weight per application (" + std::to_string(apps.size()) + "), got " +
                                    std::to_string(weights.size()));
    if (pareto && !(pareto_area_weight >= 0)) throw std::invalid_argument("the Pareto area weight must be >= 0");
    if (!(progress_interval_seconds >= 0)) throw std::invalid_argument("the progress interval must be >= 0");
}

nlohmann::json to_json(const StudyOptions& o) {
    auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
    nlohmann::json j;
    j["optimizer"] = o.optimizer;
    j["optimizer_options"] = o.optimizer_options;
    j["seed"] = o.seed;
    j["generations"] = o.generations;
    j["population"] = o.population;
    j["k"] = o.k;
    j["area_budget_mm2"] = num(o.budget.area_mm2);
    j["power_budget_w"] = o.budget.power_w ? nlohmann::json(*o.budget.power_w) : nlohmann::json(nullptr);
    j["budget_handling"] = std::string(to_string(o.penalty.handling));
    j["penalty_weight"] = o.penalty.weight;
    j["apps"] = o.apps;
    j["aggregate"] = std::string(to_string(o.aggregate));
    j["weights"] = o.weights;
    j["pareto"] = o.pareto;
    j["pareto_area_weight"] = o.pareto_area_weight;
    j["reference_latency_ms"] = num(o.reference_latency_ms);
    j["exhaustive_limit"] = o.exhaustive_limit;
    j["propose_new_only"] = o.propose_new_only;
    return j;
}

StudyOptions study_options_from_json(const nlohmann::json& j) {
    auto number = [&](const char* key, double fallback) {
        return j.contains(key) && j[key].is_number() ? j[key].get<double>() : fallback;
    };
    StudyOptions o;
    o.optimizer = j.value("optimizer", o.optimizer);
    o.optimizer_options = j.value("optimizer_options", o.optimizer_options);
    o.seed = j.value("seed", o.seed);
    o.generations = j.value("generations", o.generations);
    o.population = j.value("population", o.population);
    o.k = j.value("k", o.k);
    o.exhaustive_limit = j.value("exhaustive_limit", o.exhaustive_limit);
    o.propose_new_only = j.value("propose_new_only", o.propose_new_only);
    o.budget.area_mm2 = number("area_budget_mm2", INFINITY);
    if (j.contains("power_budget_w") && j["power_budget_w"].is_number()) o.budget.power_w = j["power_budget_w"].get<double>();
    o.penalty.handling = parse_budget_handling(j.value("budget_handling", std::string("worst")));
    o.penalty.weight = number("penalty_weight", o.penalty.weight);
    o.apps = j.value("apps", o.apps);
    const auto aggregate = parse_latency_aggregate(j.value("aggregate", std::string("geomean")));
    if (!aggregate) throw std::invalid_argument("unknown aggregate " + j.value("aggregate", std::string()));
    o.aggregate = *aggregate;
    o.weights = j.value("weights", o.weights);
    o.pareto = j.value("pareto", o.pareto);
    o.pareto_area_weight = number("pareto_area_weight", o.pareto_area_weight);
    o.reference_latency_ms = number("reference_latency_ms", NAN);
    return o;
}

Study::Study(SearchSpace space, std::shared_ptr<const LatencyPredictor> predictor, AreaEstimator area, StudyOptions options)
    : space_(std::move(space)), predictor_(std::move(predictor)), area_(std::move(area)), options_(std::move(options)) {
    if (!predictor_) throw std::invalid_argument("a study needs a predictor");
    options_.validate();
    if (std::isfinite(options_.budget.area_mm2) && !area_.available())
        throw std::invalid_argument("an area budget needs an area model (analytic for the built-in space, else the log's area)");
    if (options_.pareto && !area_.available()) throw std::invalid_argument("Pareto mode needs an area model");
    apps_ = options_.apps.empty() ? std::vector<std::string>{std::string()} : options_.apps;
    make_optimizer(options_.optimizer, space_, options_.seed, options_.optimizer_options);  // validates kind and options now
}

Study::Scored Study::score(const std::vector<Design>& designs) const {
    Scored s;
    s.app_latency = predictor_->predict(designs, apps_);
    if (s.app_latency.size() != apps_.size()) throw std::logic_error("the predictor returned the wrong number of applications");
    for (const auto& v : s.app_latency)
        if (v.size() != designs.size()) throw std::logic_error("the predictor returned the wrong number of designs");
    s.area = area_.batch(designs);
    const Budget budget = search_budget(options_.budget);
    std::vector<double> lat(apps_.size());
    for (std::size_t i = 0; i < designs.size(); ++i) {
        bool runs = true;
        for (std::size_t a = 0; a < apps_.size(); ++a) {
            lat[a] = s.app_latency[a][i];
            runs = runs && std::isfinite(lat[a]) && lat[a] > 0;
        }
        const double combined = runs ? combine_latencies(lat, options_.weights, options_.aggregate)
                                     : std::numeric_limits<double>::infinity();
        double objective = std::isfinite(combined) ? -std::log(combined) : std::nan("");
        if (options_.pareto) objective -= options_.pareto_area_weight * std::log(s.area[i]);
        CandidateMetrics m;
        m.score = objective;
        m.area_mm2 = s.area[i];
        m.feasible = std::isfinite(combined);
        s.latency.push_back(combined);
        // Without a budget the area may be unknown (NaN) and must not count against the design.
        s.score.push_back(std::isfinite(budget.area_mm2) ? constrained_score(m, budget, options_.penalty)
                                                         : (std::isfinite(objective) ? objective : kInfeasibleScore));
    }
    return s;
}

StudyResult Study::search(const StudyProgressFn& progress, JobControl* job, const StudyResume* resume) {
    StudyResult result;
    // A small space is scored whole: enumeration replaces the optimizer, and
    // its generations are the batches that cover the space once.
    const bool resuming = resume && !resume->optimizer_state.is_null();
    const bool whole = resuming ? resume->optimizer_state.value("kind", "") == "enumeration"
                                : options_.exhaustive_limit > 0 && space_.cardinality() <= options_.exhaustive_limit;
    std::unique_ptr<Optimizer> optimizer;
    std::size_t total_generations = options_.generations;
    if (whole) {
        auto enumeration = std::make_unique<Enumeration>(space_, options_.seed);
        if (resuming) enumeration->restore_state(resume->optimizer_state);
        total_generations = enumeration->generations_for(options_.population);
        optimizer = std::move(enumeration);
    } else {
        optimizer = resuming ? restore_optimizer(space_, resume->optimizer_state)
                             : make_optimizer(options_.optimizer, space_, options_.seed, options_.optimizer_options);
    }
    result.optimizer = std::string(optimizer->kind());
    // A resumed search runs the generations that were left.
    const std::size_t done_before = optimizer->generation();
    const std::size_t generations = total_generations > done_before ? total_generations - done_before : 0;
    const Budget budget = search_budget(options_.budget);
    const std::size_t keep = std::max<std::size_t>(2 * options_.k, 1024);

    std::unordered_map<Design, Proposal, DesignHash> pool;  // distinct in-budget candidates
    const bool skip_known = options_.propose_new_only && known_;
    if (resume)
        for (const auto& p : resume->proposals) pool.emplace(p.design, Proposal{p.design, p.score, p.predicted_latency_ms,
                                                                                 p.predicted_app_latency_ms, p.area_mm2,
                                                                                 std::nullopt});
    std::optional<ParetoArchive> archive;
    std::optional<Proposal> best;
    StudyProgress live;
    live.total_generations = total_generations;

    auto prune = [&] {
        std::vector<Proposal> all;
        all.reserve(pool.size());
        for (auto& [d, p] : pool) all.push_back(std::move(p));
        std::sort(all.begin(), all.end(), better);
        all.resize(std::min(all.size(), keep));
        pool.clear();
        for (auto& p : all) pool.emplace(p.design, std::move(p));
    };

    const BatchScoreFn scorer = [&](const std::vector<Design>& designs) {
        Scored s = score(designs);
        live.population_latency_ms = s.latency;
        live.population_area_mm2 = s.area;
        live.feasible_in_population = 0;
        if (!archive) {
            // Fix the reference point once, so the hypervolume history is comparable.
            double worst = 0;
            for (double l : s.latency)
                if (std::isfinite(l)) worst = std::max(worst, l);
            double ref_lat = options_.reference_latency_ms;
            if (!(ref_lat > 0)) ref_lat = worst > 0 ? 2 * worst : std::nan("");
            double ref_area = budget.area_mm2;
            if (!std::isfinite(ref_area)) {
                ref_area = 0;
                for (double a : s.area)
                    if (std::isfinite(a)) ref_area = std::max(ref_area, 2 * a);
            }
            if (std::isfinite(ref_lat) && ref_area > 0) archive.emplace(ref_lat, ref_area);
        }
        for (std::size_t i = 0; i < designs.size(); ++i) {
            CandidateMetrics m;
            m.score = s.score[i];
            m.area_mm2 = s.area[i];
            const bool in_budget = !std::isfinite(budget.area_mm2) || within_budget(m, budget);
            if (!is_feasible_score(s.score[i]) || !in_budget) continue;
            ++live.feasible_in_population;
            if (archive) archive->offer(designs[i], s.latency[i], s.area[i]);
            if (pool.contains(designs[i]) || (skip_known && known_->contains(designs[i]))) continue;
            Proposal p{designs[i], s.score[i], s.latency[i], {}, s.area[i], std::nullopt};
            for (const auto& app : s.app_latency) p.predicted_app_latency_ms.push_back(app[i]);
            if (!best || better(p, *best)) best = p;
            pool.emplace(designs[i], std::move(p));
        }
        if (pool.size() > 4 * keep) prune();
        result.evaluations += designs.size();
        return s.score;
    };

    auto last_emit = Clock::now() - std::chrono::hours(1);
    const auto interval = std::chrono::duration<double>(options_.progress_interval_seconds);
    const GenerationCallback on_generation = [&](const GenerationReport& r) {
        const double hv = archive ? archive->close_generation() : std::nan("");
        // Counted over the whole search, so a resumed run goes on from where it stopped.
        live.generation = done_before + r.completed;
        live.evaluations = r.record.evaluations;
        live.best_score = best ? best->score : kInfeasibleScore;
        live.best_predicted_latency_ms = best ? best->predicted_latency_ms : std::nan("");
        live.hypervolume = hv;
        live.paused = false;
        result.history.push_back({live.generation, r.record.evaluations, live.best_score, live.best_predicted_latency_ms, hv});
        const bool last = r.completed == r.total;
        if (progress && (last || Clock::now() - last_emit >= interval)) {
            // The live top K: a partial sort of (at most 4 x 1024) candidates, ~20 times a second.
            live.top.clear();
            std::vector<const Proposal*> ranked;
            ranked.reserve(pool.size());
            for (const auto& [d, p] : pool) ranked.push_back(&p);
            const std::size_t n = std::min(options_.k, ranked.size());
            std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                              [](const Proposal* a, const Proposal* b) { return better(*a, *b); });
            for (std::size_t i = 0; i < n; ++i) live.top.push_back(*ranked[i]);
            progress(live);
            last_emit = Clock::now();
        }
        return true;
    };
    // run_optimizer waits between generations while the job is paused; say
    // so once per pause, with the state a study file saved now resumes from.
    const auto on_pause = [&] {
        if (!progress) return;
        live.paused = true;
        live.optimizer_state = optimizer->save_state();
        progress(live);
        live.paused = false;
        live.optimizer_state = nullptr;
    };

    const RunHistory run =
        run_optimizer(*optimizer, scorer, generations, options_.population, on_generation, job, on_pause);
    result.cancelled = run.stopped_early || (job && job->cancelled());
    result.optimizer_state = optimizer->save_state();

    // Proposals: the front first in Pareto mode (rescored for per-application
    // predictions), then the best remaining candidates by score.
    std::vector<Proposal> ranked;
    if (archive) result.front = archive->front();
    if (options_.pareto && !result.front.empty()) {
        std::vector<Design> front_designs;
        for (const auto& pt : result.front)
            if (!(skip_known && known_->contains(pt.design))) front_designs.push_back(pt.design);
        const Scored s = score(front_designs);
        const std::size_t n = front_designs.size(), take = std::min(n, options_.k);
        for (std::size_t j = 0; j < take; ++j) {
            // Spread the picks evenly over the front when it is longer than K.
            const std::size_t i = take == 1 ? 0 : j * (n - 1) / (take - 1);
            Proposal p{front_designs[i], s.score[i], s.latency[i], {}, s.area[i], std::nullopt};
            for (const auto& app : s.app_latency) p.predicted_app_latency_ms.push_back(app[i]);
            if (std::find_if(ranked.begin(), ranked.end(), [&](const Proposal& q) { return q.design == p.design; }) == ranked.end())
                ranked.push_back(std::move(p));
        }
    }
    std::vector<Proposal> rest;
    rest.reserve(pool.size());
    for (auto& [d, p] : pool) rest.push_back(std::move(p));
    std::sort(rest.begin(), rest.end(), better);
    for (auto& p : rest) {
        if (ranked.size() >= options_.k) break;
        if (std::find_if(ranked.begin(), ranked.end(), [&](const Proposal& q) { return q.design == p.design; }) == ranked.end())
            ranked.push_back(std::move(p));
    }
    result.proposals = std::move(ranked);
    return result;
}

void Study::verify(StudyResult& result, Oracle& oracle, JobControl* job) const {
    std::vector<Design> designs;
    for (const auto& p : result.proposals) designs.push_back(p.design);
    const std::uint64_t before = oracle.calls();
    std::vector<OracleResult> verified = oracle.evaluate(designs, apps_, job);
    if (verified.size() != designs.size()) throw std::logic_error("the oracle returned the wrong number of results");
    for (std::size_t i = 0; i < designs.size(); ++i) result.proposals[i].verified = std::move(verified[i]);
    result.oracle_calls += oracle.calls() - before;
    result.oracle = oracle.describe();
}

}  // namespace prime
