// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/foreign_benchmark.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <thread>

#include <unistd.h>

#include "data/log_io.h"
#include "model/torch_runtime.h"
#include "session/close_loop.h"
#include "session/gp_predictor.h"
#include "session/near_optimum.h"
#include "session/oracle_predictor.h"
#include "session/search_session.h"
#include "session/train_session.h"
#include "sim/row_stationary_model.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "study/area_estimator.h"
#include "study/builtin_oracle.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/random.h"

namespace prime {

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }
nlohmann::json num(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }
using Values = std::vector<double>;

// A simulator the tool knows nothing about, on raw parameter values.
struct Problem {
    std::string name;
    SearchSpace space;                 // the simulator's own space (sampling, enumeration, optimum)
    std::vector<std::string> headers;  // the CSV's parameter columns: names the tool does not know
    std::function<std::vector<OracleResult>(const std::vector<Values>&)> simulate;
    std::function<double(const Values&)> area;  // the simulator's area, for the online baseline
    double budget = 0;
    double optimum = NAN;
    std::string optimum_how;
};

// The problem's simulator as an oracle of the log's (inferred) space: designs
// travel by their raw values, as they would through a user's command oracle.
class ProblemOracle : public Oracle {
public:
    ProblemOracle(const Problem& p, SearchSpace space) : problem_(p), space_(std::move(space)) {}
    std::vector<OracleResult> evaluate(const std::vector<Design>& designs, const std::vector<std::string>&,
                                       JobControl* job) override {
        if (job) job->throw_if_cancelled();
        std::vector<Values> values;
        for (const auto& d : designs) values.push_back(space_.decode(d));
        calls_ += designs.size();
        return problem_.simulate(values);
    }
    std::string describe() const override { return problem_.name + " simulator"; }

private:
    const Problem& problem_;
    SearchSpace space_;
};

OracleResult one_app(bool feasible, const std::string& reason, double latency, double area) {
    OracleResult r;
    r.feasible = feasible;
    r.reason = reason;
    r.latency_ms = {feasible ? latency : NAN};
    r.app_feasible = {feasible};
    r.area_mm2 = area;
    return r;
}

Problem row_stationary_problem(const RowStationaryWorkload& w, double budget) {
    Problem p;
    p.name = "row-stationary/" + w.name;
    p.space = row_stationary_space();
    p.headers = {"array_h", "array_w", "regfile", "buffer", "noc", "dram", "freq"};
    p.budget = budget;
    const SearchSpace space = p.space;
    p.simulate = [space, w](const std::vector<Values>& batch) {
        std::vector<OracleResult> out;
        for (const auto& v : batch) {
            const RowStationaryResult r = evaluate_row_stationary(space, space.encode(v), w);
            out.push_back(one_app(r.feasible, r.reason, r.latency_ms, r.area_mm2));
        }
        return out;
    };
    p.area = [space, w](const Values& v) { return evaluate_row_stationary(space, space.encode(v), w).area_mm2; };
    // The optimum by enumeration: every design of the space.
    double best = INFINITY;
    Design d;
    d.index.assign(space.dimension(), 0);
    const auto n = static_cast<std::uint64_t>(space.cardinality_double());
    for (std::uint64_t i = 0; i < n; ++i) {
        std::uint64_t x = i;
        for (std::size_t q = 0; q < space.dimension(); ++q) {
            d.index[q] = static_cast<ValueIndex>(x % space.parameter(q).size());
            x /= space.parameter(q).size();
        }
        const RowStationaryResult r = evaluate_row_stationary(space, d, w);
        if (r.feasible && r.area_mm2 <= budget) best = std::min(best, r.latency_ms);
    }
    p.optimum = best;
    p.optimum_how = "enumeration of " + std::to_string(n) + " designs";
    return p;
}

Problem builtin_problem(const std::string& app, double budget, const ForeignBenchmarkOptions& o, JobControl* job) {
    Problem p;
    p.name = "builtin-as-csv/" + app;
    p.space = builtin_edgetpu_space();
    for (std::size_t i = 0; i < p.space.dimension(); ++i) p.headers.push_back("knob_" + std::string(1, char('a' + i)));
    p.budget = budget;
    auto oracle = std::make_shared<BuiltinSimulatorOracle>(p.space, SimConstants{}, static_cast<unsigned>(o.threads));
    const SearchSpace space = p.space;
    p.simulate = [oracle, space, app](const std::vector<Values>& batch) {
        std::vector<Design> designs;
        for (const auto& v : batch) designs.push_back(space.encode(v));
        return oracle->evaluate(designs, {app});
    };
    const AreaEstimator analytic = AreaEstimator::analytic(space);
    p.area = [analytic, space](const Values& v) { return analytic(space.encode(v)); };
    const NearOptimum best = near_optimum_by_evolution(space, *oracle, analytic, app, budget, o.optimum_calls, job);
    p.optimum = best.latency_ms;
    p.optimum_how = best.how;
    return p;
}

// The user's log: `n` uniform random designs simulated, written as a plain
// CSV with the problem's own column names, read back as any CSV is.
std::shared_ptr<const DesignLog> user_log(const Problem& p, std::uint64_t n, std::uint64_t seed,
                                          const std::filesystem::path& dir) {
    Rng rng(seed);
    std::vector<Values> designs;
    for (std::uint64_t i = 0; i < n; ++i) {
        Values v;
        for (const auto& q : p.space.parameters()) v.push_back(q.values[rng.below(static_cast<std::uint32_t>(q.size()))]);
        designs.push_back(std::move(v));
    }
    const std::vector<OracleResult> results = p.simulate(designs);
    std::string csv;
    for (const auto& h : p.headers) csv += h + ",";
    csv += "latency_ms,area_mm2,feasible,reason\n";
    char buf[64];
    for (std::size_t i = 0; i < designs.size(); ++i) {
        for (double x : designs[i]) std::snprintf(buf, sizeof buf, "%.10g,", x), csv += buf;
        const OracleResult& r = results[i];
        if (r.feasible) std::snprintf(buf, sizeof buf, "%.9g", r.latency_ms[0]), csv += buf;
        std::snprintf(buf, sizeof buf, ",%.9g,%d,", r.area_mm2, r.feasible ? 1 : 0);
        csv += buf;
        std::string reason = r.reason;
        std::replace(reason.begin(), reason.end(), ',', ';');
        csv += reason + "\n";
    }
    const auto path = dir / "log.csv";
    write_text_atomically(path, csv);
    return std::make_shared<const DesignLog>(read_log(path));
}

double log_best(const DesignLog& log, double budget) {
    double best = INFINITY;
    for (RowIndex r = 0; r < log.rows(); ++r)
        if (log.feasible()[r] && log.area_mm2()[r] <= budget) best = std::min<double>(best, log.latency_ms()[r]);
    return best;
}

// The verified proposals' figures: best in-budget latency, feasible share, area error.
nlohmann::json score_proposals(const std::vector<Proposal>& proposals, double budget, double optimum, double best_logged) {
    double best = INFINITY, area_error = 0;
    std::size_t ok = 0, over = 0, areas = 0;
    for (const auto& p : proposals) {
        if (!p.verified) continue;
        const OracleResult& v = *p.verified;
        if (std::isfinite(v.area_mm2) && std::isfinite(p.area_mm2)) area_error += std::abs(p.area_mm2 - v.area_mm2), ++areas;
        if (v.area_mm2 > budget) ++over;
        if (!v.feasible || !(v.area_mm2 <= budget)) continue;
        ++ok;
        best = std::min(best, v.latency_ms[0]);
    }
    const double k = static_cast<double>(proposals.size());
    return {{"best_ms", num(best)},
            {"regret", num(best / optimum)},
            {"gain_over_log_best", num(best_logged / best)},
            {"final_regret", num(std::min(best, best_logged) / optimum)},  // the better of the proposals and the log's best
            {"fraction_feasible_in_budget", k > 0 ? ok / k : 0.0},
            {"over_budget", over},
            {"area_error_mm2", num(areas ? area_error / static_cast<double>(areas) : NAN)}};
}

// The search settings a user gets, K proposals, no oracle (the problem's simulator verifies).
SearchSettings user_search(const ForeignBenchmarkOptions& o, std::uint64_t seed) {
    SearchSettings s;
    s.study.k = o.k;
    s.study.seed = seed;
    s.study.progress_interval_seconds = 1e9;
    s.oracle.kind = "none";
    return s;
}

// Scores verified proposals: regret, gain, feasibility, the area model's error.
nlohmann::json scored(const Problem& p, const StudyResult& r, const AreaEstimator& area, std::uint64_t simulator_calls,
                      double best_logged, const char* method, Clock::time_point t0) {
    nlohmann::json j = score_proposals(r.proposals, p.budget, p.optimum, best_logged);
    j["method"] = method;
    j["simulator_calls"] = simulator_calls;
    j["seconds"] = since(t0);
    j["area_model"] = area.describe();
    j["area_margin"] = area.margin();
    j["area_heldout_error"] = num(area.heldout_error());
    j["optimizer"] = r.optimizer;  // "enumeration" when the space was scored whole
    return j;
}

// Searches, verifies the proposals with the problem's simulator and scores them.
nlohmann::json searched(const Problem& p, const std::shared_ptr<const DesignLog>& log, SearchSession& session,
                        double best_logged, const char* method, Clock::time_point t0, JobControl* job) {
    StudyResult r = session.search({}, job);
    if (r.cancelled) throw Cancelled();
    ProblemOracle oracle(p, log->space());
    session.study().verify(r, oracle, job);
    return scored(p, r, session.study().area_model(), oracle.calls() + log->rows(), best_logged, method, t0);
}

nlohmann::json prime_method(const Problem& p, const std::shared_ptr<const DesignLog>& log, const ForeignBenchmarkOptions& o,
                            std::uint64_t seed, double best_logged, JobControl* job) {
    const auto t0 = Clock::now();
    TrainSettings t;  // the defaults a user gets, capped in time
    t.train.seed = seed;
    t.train.threads = o.threads;
    t.fit.time_limit_seconds = o.train_seconds;
    t.auto_model = o.model == "auto";
    AreaBudget budget;  // area model auto: no analytic model for these spaces
    budget.limit_mm2 = p.budget;
    budget.area_model = parse_area_model_choice(o.area_model);
    const TrainOutcome trained = TrainSession(log, budget, t).run({}, job);
    if (trained.report.cancelled) throw Cancelled();
    ProblemOracle oracle(p, log->space());
    TrainSettings retrain = continued_training(trained.surrogate, t.fit.steps);
    retrain.fit.time_limit_seconds = t.fit.time_limit_seconds;
    const RoundsOutcome run = search_in_rounds(log, trained.surrogate, budget, user_search(o, seed), o.rounds, retrain, oracle, job);
    nlohmann::json j = scored(p, run.result, run.last->study().area_model(), oracle.calls() + log->rows(), best_logged, "prime", t0);
    j["rounds"] = o.rounds;
    j["train_steps"] = trained.report.steps;
    j["model"] = model_kind_name(trained.surrogate.info().model.kind);
    j["heldout_spearman"] = num(trained.report.selected_metrics.spearman);
    return j;
}

// The plain-GP baseline (session/gp_predictor.h): the same log, budget, area
// model and search as PRIME, with a Gaussian process for latency.
nlohmann::json gp_method(const Problem& p, const std::shared_ptr<const DesignLog>& log, const ForeignBenchmarkOptions& o,
                         std::uint64_t seed, double best_logged, JobControl* job) {
    const auto t0 = Clock::now();
    AreaBudget budget;
    budget.limit_mm2 = p.budget;
    SearchSession session(log, gp_latency_predictor(*log, seed), budget, user_search(o, seed));
    return searched(p, log, session, best_logged, "gp", t0, job);
}

nlohmann::json online_evolution(const Problem& p, const std::shared_ptr<const DesignLog>& log,
                                const ForeignBenchmarkOptions& o, std::uint64_t seed, double best_logged, JobControl* job) {
    const auto t0 = Clock::now();
    ProblemOracle oracle(p, log->space());
    const SearchSpace space = log->space();
    const auto area = AreaEstimator::from_batch_function(
        [&p, space](const std::vector<Design>& ds) {
            std::vector<double> out;
            for (const auto& d : ds) out.push_back(p.area(space.decode(d)));
            return out;
        },
        "simulator");
    StudyOptions s;
    s.optimizer = "evolution";
    s.population = 64;
    s.generations = std::max<std::uint64_t>(1, (o.log_designs + o.k) / s.population);
    s.k = o.k;
    s.seed = seed;
    s.budget.area_mm2 = p.budget;
    s.progress_interval_seconds = 1e9;
    s.exhaustive_limit = 0;  // an online search gets its call budget, never the whole space
    Study study(space, std::make_shared<OraclePredictor>(oracle, job), area, s);
    StudyResult r = study.search({}, job);
    if (r.cancelled) throw Cancelled();
    const std::uint64_t calls = oracle.calls();
    study.verify(r, oracle, job);  // repeats of designs already simulated: not counted
    nlohmann::json j = score_proposals(r.proposals, p.budget, p.optimum, best_logged);
    j["method"] = "online_evolution";
    j["simulator_calls"] = calls;
    j["seconds"] = since(t0);
    return j;
}

std::vector<nlohmann::json> run_problem(const Problem& p, const ForeignBenchmarkOptions& o, std::uint64_t seed,
                                        const std::function<void(const std::string&)>& log, JobControl* job) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("prime-b11-" + std::to_string(::getpid()) + "-" + std::to_string(seed));
    std::filesystem::create_directories(dir);
    std::vector<nlohmann::json> out;
    const auto user = user_log(p, o.log_designs, seed, dir);
    std::filesystem::remove_all(dir);
    const double best_logged = log_best(*user, p.budget);
    const double coverage = user->space().cardinality_double() / p.space.cardinality_double();
    out.push_back({{"method", "log_best"}, {"best_ms", num(best_logged)}, {"regret", num(best_logged / p.optimum)},
                   {"final_regret", num(best_logged / p.optimum)}, {"gain_over_log_best", 1.0},
                   {"simulator_calls", user->rows()}, {"parameters_inferred", user->space().dimension()},
                   {"space_coverage", coverage}});
    auto step = [&](nlohmann::json j) {
        log(p.name + " seed " + std::to_string(seed) + ": " + j["method"].get<std::string>() + " regret " +
            (j["regret"].is_number() ? std::to_string(j["regret"].get<double>()) : std::string("-")) + " (" +
            std::to_string(j.value("seconds", 0.0)) + " s)");
        out.push_back(std::move(j));
    };
    if (user->space().dimension() != p.space.dimension()) {
        out.push_back({{"method", "prime"}, {"error", "the CSV's parameters were not recognised as the space's"}});
    } else {
        try {
            step(prime_method(p, user, o, seed, best_logged, job));
        } catch (const std::invalid_argument& e) {
            out.push_back({{"method", "prime"}, {"error", e.what()}});
            log(p.name + " seed " + std::to_string(seed) + ": prime failed: " + e.what());
        }
        step(gp_method(p, user, o, seed, best_logged, job));
        step(online_evolution(p, user, o, seed, best_logged, job));
    }
    for (auto& j : out) j["problem"] = p.name, j["seed"] = seed;
    return out;
}

nlohmann::json summarize(const std::vector<nlohmann::json>& runs) {
    std::map<std::string, std::map<std::string, std::vector<const nlohmann::json*>>> by;
    for (const auto& r : runs) by[r["problem"]][r["method"]].push_back(&r);
    nlohmann::json s = nlohmann::json::object();
    for (const auto& [problem, methods] : by)
        for (const auto& [method, rs] : methods)
            for (const char* key : {"regret", "final_regret", "gain_over_log_best", "fraction_feasible_in_budget",
                                    "over_budget", "area_error_mm2", "simulator_calls", "seconds", "heldout_spearman"}) {
                double sum = 0;
                int n = 0;
                for (const auto* r : rs)
                    if (r->contains(key) && (*r)[key].is_number()) sum += (*r)[key].get<double>(), ++n;
                s[problem][method][key] = n ? nlohmann::json(sum / n) : nlohmann::json(nullptr);
            }
    return s;
}

}  // namespace

ForeignBenchmarkOptions ForeignBenchmarkOptions::quick() {
    ForeignBenchmarkOptions o;
    o.seeds = {1};
    o.row_stationary_workloads = {"resnet_like", "mobilenet_like"};
    o.builtin_workloads = {"MobileNetV2"};
    o.optimum_calls = 1'000'000;
    return o;
}

nlohmann::json run_foreign_benchmark(const ForeignBenchmarkOptions& o, const std::function<void(const std::string&)>& log,
                                     JobControl* job) {
    const auto t0 = Clock::now();
    set_torch_threads(o.threads);
    std::vector<Problem> problems;
    for (const auto& w : row_stationary_workloads())
        if (std::find(o.row_stationary_workloads.begin(), o.row_stationary_workloads.end(), w.name) !=
            o.row_stationary_workloads.end())
            problems.push_back(row_stationary_problem(w, o.row_stationary_budget_mm2));
    for (const auto& app : o.builtin_workloads) {
        log("near-optimum of builtin-as-csv/" + app + " (" + std::to_string(o.optimum_calls) + " simulator calls)…");
        problems.push_back(builtin_problem(app, o.builtin_budget_mm2, o, job));
    }
    std::vector<nlohmann::json> runs;
    nlohmann::json optima = nlohmann::json::object();
    for (const auto& p : problems) {
        optima[p.name] = {{"optimum_ms", num(p.optimum)}, {"how", p.optimum_how}, {"budget_mm2", p.budget}};
        for (const auto seed : o.seeds)
            for (auto& j : run_problem(p, o, seed, log, job)) runs.push_back(std::move(j));
    }
    nlohmann::json doc;
    doc["bench"] = "B11";
    doc["optima"] = optima;
    doc["runs"] = runs;
    doc["summary"] = summarize(runs);
    doc["seeds"] = o.seeds;
    doc["log_designs"] = o.log_designs;
    doc["k"] = o.k;
    doc["train_seconds"] = o.train_seconds;
    doc["prime_model"] = o.model;
    doc["prime_area_model"] = o.area_model;
    doc["rounds"] = o.rounds;
    doc["cores"] = std::thread::hardware_concurrency();
    doc["seconds"] = since(t0);
    return doc;
}

std::string foreign_markdown(const nlohmann::json& d) {
    auto f = [](const nlohmann::json& v, const char* fmt) {
        if (!v.is_number()) return std::string("–");
        char buf[32];
        std::snprintf(buf, sizeof buf, fmt, v.get<double>());
        return std::string(buf);
    };
    std::string md = "# B11: quality on foreign design spaces\n\n";
    md += "Logs of " + std::to_string(d["log_designs"].get<std::uint64_t>()) + " random designs as plain CSVs, K = " +
          std::to_string(d["k"].get<std::size_t>()) + " proposals verified by the problem's simulator, mean over " +
          std::to_string(d["seeds"].size()) + " seed(s). Regret = best verified in-budget latency / optimum (1 = optimal). " +
          "PRIME's final regret counts the log's best design as the fallback it always is." +
          (d.value("rounds", 1u) > 1 ? " PRIME verifies its K in " + std::to_string(d.value("rounds", 1u)) +
                                           " rounds, the loop closed between them (the plain GP proposes one batch)."
                                     : std::string()) +
          "\n\n";
    md += "| problem | optimum (ms) | log's best | PRIME | PRIME, final | plain GP | online evolution | PRIME gain over log | "
          "PRIME feasible & in budget | PRIME over budget (of K) | PRIME area error (mm²) | GP over budget (of K) |\n";
    md += "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const auto& [problem, methods] : d["summary"].items()) {
        const auto& opt = d["optima"][problem];
        auto get = [&](const char* m, const char* k) {
            return methods.contains(m) ? methods[m][k] : nlohmann::json(nullptr);
        };
        md += "| " + problem + " | " + f(opt["optimum_ms"], "%.4g") + " | " + f(get("log_best", "regret"), "%.2fx") + " | " +
              f(get("prime", "regret"), "%.2fx") + " | " + f(get("prime", "final_regret"), "%.2fx") + " | " +
              f(get("gp", "regret"), "%.2fx") + " | " + f(get("online_evolution", "regret"), "%.2fx") + " | " + f(get("prime", "gain_over_log_best"), "%.2fx") +
              " | " + f(get("prime", "fraction_feasible_in_budget"), "%.2f") + " | " + f(get("prime", "over_budget"), "%.1f") +
              " | " + f(get("prime", "area_error_mm2"), "%.2f") + " | " + f(get("gp", "over_budget"), "%.1f") + " |\n";
    }
    md += "\nOptima: ";
    for (const auto& [problem, opt] : d["optima"].items()) md += problem + ": " + opt["how"].get<std::string>() + "; ";
    md += "\n";
    return md;
}

}  // namespace prime
