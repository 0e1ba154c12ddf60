#include "session/quality_benchmark.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <thread>

#include "model/torch_runtime.h"
#include "session/close_loop.h"
#include "session/near_optimum.h"
#include "session/oracle_predictor.h"
#include "session/search_session.h"
#include "session/train_session.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "study/area_estimator.h"
#include "study/builtin_oracle.h"
#include "study/report.h"
#include "util/errors.h"

namespace prime {

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }
nlohmann::json num(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

// Design-Bench's protocol: the optimizer never sees the top of the
// distribution. The objective is latency within the area budget, so "the top"
// is the faster half of each application's feasible designs within the
// budget: those rows are dropped. Over-budget and infeasible rows stay (they
// are not candidates, and PRIME learns from them).
DesignLog without_better_half(const DesignLog& full, double area_budget) {
    std::vector<double> median(full.app_names().size(), -1);
    for (AppId a = 0; a < full.app_names().size(); ++a) {
        std::vector<float> lat;
        for (RowIndex r : full.feasible_rows(a, area_budget)) lat.push_back(full.latency_ms()[r]);
        if (lat.empty()) continue;
        std::nth_element(lat.begin(), lat.begin() + lat.size() / 2, lat.end());
        median[a] = lat[lat.size() / 2];
    }
    DesignLog out(full.space());
    for (const auto& name : full.app_names()) out.app_id(name);
    std::vector<ValueIndex> d(full.space().dimension());
    for (RowIndex r = 0; r < full.rows(); ++r) {
        const bool feasible = full.feasible()[r];
        if (feasible && full.area_mm2()[r] <= area_budget && full.latency_ms()[r] < median[full.app()[r]]) continue;
        for (std::size_t p = 0; p < d.size(); ++p) d[p] = full.parameter(p)[r];
        std::uint8_t reason = 0;
        if (full.has_reasons() && full.reason()[r]) reason = out.reason_id(full.reason_names()[full.reason()[r] - 1]);
        out.append(d, full.latency_ms()[r], full.area_mm2()[r], feasible, full.app()[r], reason);
    }
    return out;
}

double best_in_budget(const DesignLog& log, const std::vector<std::string>& apps, double budget) {
    double best = INFINITY;
    for (const auto& d : logged_latencies(log, apps, LatencyAggregate::GeometricMean, {}))
        if (d.area_mm2 <= budget) best = std::min(best, d.latency_ms);
    return best;
}

struct Context {
    const QualityBenchmarkOptions& o;
    const SearchSpace& space;
    JobControl* job;
    std::map<std::string, double> optimum;  // near-optimum latency per single application
};

// The benchmark's budget rule: area is analytic here and the search enforces
// the budget exactly, so the regression learns latency from every feasible
// design (few random designs fit 27 mm²; dropping the rest would starve the
// model) and the negatives stay inside the budget, where the final search looks.
AreaBudget benchmark_budget(const Context& c) {
    AreaBudget b;
    b.limit_mm2 = c.o.area_budget;
    b.area_model = AreaModelChoice::Analytic;
    b.training_pool = TrainingPool::AllFeasible;
    b.negatives_within_budget = true;
    return b;
}

SearchSettings search_settings(const Context& c, const std::vector<std::string>& apps, std::uint64_t seed) {
    SearchSettings s;
    StudyOptions& o = s.study;
    o.optimizer = "evolution";
    o.seed = seed;
    o.generations = c.o.generations;
    o.population = c.o.population;
    o.k = c.o.k;
    o.apps = apps;
    o.aggregate = LatencyAggregate::GeometricMean;
    s.oracle.kind = "builtin";
    s.oracle.jobs = static_cast<unsigned>(c.o.threads);
    s.reference_from_log = false;  // the benchmark records no hypervolume
    return s;
}

// One method's verified proposals as a result record.
nlohmann::json record(const std::string& method, const DesignLog& full, double train_best, const StudyResult& r,
                      const StudyOptions& s, std::uint64_t simulator_calls, double seconds) {
    const StudyReport rep = make_report(full, r.proposals, s);
    const ReportRow& c = rep.combined;
    return {{"method", method},
            {"best_ms", num(c.best_ms)},
            {"median_ms", num(c.median_ms)},
            {"predicted_best_ms", num(c.predicted_best_ms)},
            {"ratio", num(train_best / c.best_ms)},
            {"normalized_best", num(c.normalized_best)},
            {"normalized_median", num(c.normalized_median)},
            {"fraction_feasible_in_budget", rep.fraction_feasible_in_budget},
            {"k", rep.k},
            {"simulator_calls", simulator_calls},
            {"seconds", seconds}};
}

// Trains the benchmark's surrogate (PRIME, or naive) on `train_apps` of `train`.
TrainOutcome train_surrogate(const Context& c, bool naive, const std::shared_ptr<const DesignLog>& train,
                             const std::vector<std::string>& train_apps, std::uint64_t seed, bool zero_shot) {
    TrainSettings t;
    t.model = ModelOptions::default_mlp();
    // PRIME as a user gets it (the automatic choice: a GP for these small
    // logs); the naive baseline and zero-shot (which needs the contextual
    // network) train the MLP.
    t.auto_model = !naive && !zero_shot;
    t.train.apps = train_apps;
    t.train.seed = seed;
    t.train.threads = c.o.threads;
    t.train.negative_floor = c.o.negative_floor;
    t.train.auto_beta = c.o.auto_beta;
    if (naive) t.train.make_naive();
    t.fit.steps = c.o.train_steps;
    t.fit.time_limit_seconds = c.o.train_seconds;
    t.fit.eval_every = c.o.train_steps;  // one evaluation at the end: the benchmark measures search quality
    TrainOutcome out = TrainSession(train, benchmark_budget(c), t).run({}, c.job);
    if (out.report.cancelled) throw Cancelled();
    return out;
}

// Trains on `train_apps`, searches for `apps` (the same, or a held-out one
// the model reaches through its context vector), verifies with the simulator.
nlohmann::json surrogate_method(const Context& c, bool naive, const std::shared_ptr<const DesignLog>& train,
                                const DesignLog& full, const std::vector<std::string>& train_apps,
                                const std::vector<std::string>& apps, std::uint64_t seed, double train_best,
                                const std::string& name) {
    const auto t0 = Clock::now();
    const TrainOutcome trained = train_surrogate(c, naive, train, train_apps, seed, train_apps != apps);
    // The naive baseline and zero-shot stay one offline batch; PRIME may close the loop between rounds.
    const unsigned rounds = naive || train_apps != apps ? 1 : c.o.rounds;
    BuiltinSimulatorOracle simulator(c.space, {}, static_cast<unsigned>(c.o.threads));
    TrainSettings retrain = continued_training(trained.surrogate, c.o.train_steps);
    retrain.fit.time_limit_seconds = c.o.train_seconds;
    retrain.fit.eval_every = c.o.train_steps;
    const RoundsOutcome run = search_in_rounds(train, trained.surrogate, benchmark_budget(c), search_settings(c, apps, seed),
                                               rounds, retrain, simulator, c.job);
    nlohmann::json j = record(name, full, train_best, run.result, run.last->options(), run.result.oracle_calls, since(t0));
    j["rounds"] = rounds;
    j["round_best_ms"] = nlohmann::json::array();
    for (double b : run.round_best_ms) j["round_best_ms"].push_back(num(b));
    j["train_steps"] = trained.report.steps;
    j["heldout_spearman"] = num(trained.report.final_metrics.spearman);
    j["model"] = model_kind_name(trained.surrogate.info().model.kind);
    return j;
}

// Online search: the optimizer queries the simulator directly, `budget` calls.
nlohmann::json online_method(const Context& c, const std::string& kind, std::uint64_t budget,
                             const std::shared_ptr<const DesignLog>& full, const std::vector<std::string>& apps,
                             std::uint64_t seed, double train_best, const std::string& name) {
    const auto t0 = Clock::now();
    BuiltinSimulatorOracle simulator(c.space, {}, static_cast<unsigned>(c.o.threads));
    SearchSettings s = search_settings(c, apps, seed);
    s.study.optimizer = kind;
    s.study.population = std::min<std::uint64_t>(c.o.online_population, budget);
    s.study.generations = std::max<std::uint64_t>(1, budget / s.study.population);
    s.study.exhaustive_limit = 0;  // an online search gets its call budget, never the whole space
    SearchSession session(full, std::make_shared<OraclePredictor>(simulator, c.job), benchmark_budget(c), s);
    StudyResult r = session.search({}, c.job);
    if (r.cancelled) throw Cancelled();
    session.verify(r, c.job);  // already simulated: these repeat calls are not counted
    return record(name, *full, train_best, r, session.options(), simulator.calls(), since(t0));
}

// The full log of a problem: `log_designs` random designs simulated on `apps`.
DesignLog problem_log(const Context& c, const std::vector<std::string>& apps, std::uint64_t seed) {
    GenerateOptions g;
    g.designs = c.o.log_designs;
    g.seed = seed;
    g.jobs = static_cast<unsigned>(c.o.threads);
    g.energy_metrics = false;
    std::vector<Workload> workloads;
    for (const auto& a : apps) workloads.push_back(load_builtin_workload(a));
    return generate_log(c.space, workloads, g);
}

// Every method on one (applications, seed) problem.
std::vector<nlohmann::json> run_problem(const Context& c, const std::vector<std::string>& apps, std::uint64_t seed,
                                        bool online_all, const std::function<void(const std::string&)>& log) {
    const auto full = std::make_shared<const DesignLog>(problem_log(c, apps, seed));
    const auto train = std::make_shared<const DesignLog>(without_better_half(*full, c.o.area_budget));
    const double train_best = best_in_budget(*train, apps, c.o.area_budget);
    const std::uint64_t n = c.o.log_designs;

    std::string label;
    for (const auto& a : apps) label += (label.empty() ? "" : "+") + a;
    std::vector<nlohmann::json> out;
    out.push_back({{"method", "dataset_best"}, {"best_ms", num(train_best)}, {"ratio", 1.0}, {"simulator_calls", 0}});
    {
        // Normalized score of the dataset best over the full log's range, like the others.
        const auto all = logged_latencies(*full, apps, LatencyAggregate::GeometricMean, {});
        double lo = INFINITY, hi = 0;
        for (const auto& d : all) lo = std::min(lo, d.latency_ms), hi = std::max(hi, d.latency_ms);
        out.back()["normalized_best"] = num(normalized_score(train_best, lo, hi));
        out.back()["full_log_best_ms"] = num(best_in_budget(*full, apps, c.o.area_budget));
        out.back()["train_rows"] = train->rows();
    }
    auto step = [&](nlohmann::json j) {
        log(label + " seed " + std::to_string(seed) + ": " + j["method"].get<std::string>() + " ratio " +
            (j["ratio"].is_number() ? std::to_string(j["ratio"].get<double>()) : std::string("-")) + " (" +
            std::to_string(j.value("seconds", 0.0)) + " s)");
        out.push_back(std::move(j));
    };
    // A problem the surrogate cannot be trained on (e.g. no feasible in-budget
    // design left in the log) is recorded as such, not allowed to stop the run.
    for (const bool naive : {true, false}) {
        try {
            step(surrogate_method(c, naive, train, *full, apps, apps, seed, train_best, naive ? "naive" : "prime"));
        } catch (const std::invalid_argument& e) {
            log(label + " seed " + std::to_string(seed) + ": " + (naive ? "naive" : "prime") + " skipped: " + e.what());
            out.push_back({{"method", naive ? "naive" : "prime"}, {"error", e.what()}});
        }
    }
    step(online_method(c, "evolution", n, full, apps, seed, train_best, "online_evolution_n"));
    if (online_all) {
        step(online_method(c, "evolution", n / 10, full, apps, seed, train_best, "online_evolution_n_10"));
        step(online_method(c, "random", n, full, apps, seed, train_best, "random_n"));
        step(online_method(c, "random", n / 10, full, apps, seed, train_best, "random_n_10"));
    }
    const auto optimum = apps.size() == 1 ? c.optimum.find(apps[0]) : c.optimum.end();
    for (auto& j : out) {
        j["problem"] = label;
        j["seed"] = seed;
        if (optimum != c.optimum.end() && j.contains("best_ms") && j["best_ms"].is_number())
            j["regret"] = num(j["best_ms"].get<double>() / optimum->second);
    }
    return out;
}

// Zero-shot (prime-method.md §8.1, question 4): for each application, a
// contextual PRIME model trained on the other applications' logs designs an
// accelerator for it, reached only through its context vector.
std::vector<nlohmann::json> run_zero_shot(const Context& c, const std::vector<std::string>& apps, std::uint64_t seed,
                                          const std::function<void(const std::string&)>& log) {
    const auto full = std::make_shared<const DesignLog>(problem_log(c, apps, seed));
    const auto train = std::make_shared<const DesignLog>(without_better_half(*full, c.o.area_budget));
    std::vector<nlohmann::json> out;
    for (const auto& held_out : apps) {
        std::vector<std::string> others;
        for (const auto& a : apps)
            if (a != held_out) others.push_back(a);
        const std::string label = held_out + " (zero-shot)";
        const double train_best = best_in_budget(*train, {held_out}, c.o.area_budget);
        nlohmann::json j;
        try {
            j = surrogate_method(c, false, train, *full, others, {held_out}, seed, train_best, "prime");
        } catch (const std::invalid_argument& e) {
            j = {{"method", "prime"}, {"error", e.what()}};
        }
        log(label + " seed " + std::to_string(seed) + ": prime ratio " +
            (j.contains("ratio") && j["ratio"].is_number() ? std::to_string(j["ratio"].get<double>()) : std::string("-")));
        out.push_back({{"method", "dataset_best"}, {"best_ms", num(train_best)}, {"ratio", 1.0}, {"simulator_calls", 0}});
        out.push_back(std::move(j));
        for (auto* r : {&out[out.size() - 2], &out.back()}) {
            (*r)["problem"] = label;
            (*r)["seed"] = seed;
        }
    }
    return out;
}

// mean and sample std of a method's ratios/normalized scores over seeds.
nlohmann::json summarize(const std::vector<nlohmann::json>& runs) {
    std::map<std::string, std::map<std::string, std::vector<const nlohmann::json*>>> by;  // problem -> method -> runs
    for (const auto& r : runs) by[r["problem"]][r["method"]].push_back(&r);
    auto stats = [](const std::vector<const nlohmann::json*>& rs, const char* key) {
        std::vector<double> v;
        for (const auto* r : rs)
            if ((*r).contains(key) && (*r)[key].is_number()) v.push_back((*r)[key].get<double>());
        double mean = 0, var = 0;
        for (double x : v) mean += x;
        if (!v.empty()) mean /= double(v.size());
        for (double x : v) var += (x - mean) * (x - mean);
        const double sd = v.size() > 1 ? std::sqrt(var / double(v.size() - 1)) : 0.0;
        return nlohmann::json{{"mean", v.empty() ? nlohmann::json(nullptr) : nlohmann::json(mean)},
                              {"std", sd}, {"n", v.size()}, {"of", rs.size()}};
    };
    nlohmann::json s = nlohmann::json::object();
    for (const auto& [problem, methods] : by)
        for (const auto& [method, rs] : methods)
            s[problem][method] = {{"ratio", stats(rs, "ratio")},
                                  {"best_ms", stats(rs, "best_ms")},
                                  {"median_ms", stats(rs, "median_ms")},
                                  {"normalized_best", stats(rs, "normalized_best")},
                                  {"normalized_median", stats(rs, "normalized_median")},
                                  {"fraction_feasible_in_budget", stats(rs, "fraction_feasible_in_budget")},
                                  {"simulator_calls", stats(rs, "simulator_calls")},
                                  {"regret", stats(rs, "regret")}};
    return s;
}

}  // namespace

QualityBenchmarkOptions QualityBenchmarkOptions::quick() {
    QualityBenchmarkOptions o;
    o.apps = {"MobileNetV2", "MobileNetEdgeTPU", "M4"};
    o.seeds = {1, 2};
    o.train_seconds = 30;
    o.optimum_calls = 1'000'000;
    return o;
}

QualityBenchmarkOptions QualityBenchmarkOptions::full() {
    QualityBenchmarkOptions o;
    o.apps = builtin_workload_names();
    o.seeds = {1, 2, 3, 4, 5};
    o.train_seconds = 22;
    return o;
}

nlohmann::json run_quality_benchmark(const QualityBenchmarkOptions& o, const std::function<void(const std::string&)>& log,
                                     JobControl* job) {
    const auto t0 = Clock::now();
    set_torch_threads(o.threads);
    const SearchSpace space = builtin_edgetpu_space();
    Context c{o, space, job, {}};
    nlohmann::json optima = nlohmann::json::object();
    if (o.optimum_calls > 0) {
        BuiltinSimulatorOracle simulator(space, {}, static_cast<unsigned>(o.threads));
        const AreaEstimator area = AreaEstimator::analytic(space);
        for (const auto& app : o.apps) {
            log("near-optimum of " + app + " (" + std::to_string(o.optimum_calls) + " simulator calls)…");
            const NearOptimum best = near_optimum_by_evolution(space, simulator, area, app, o.area_budget, o.optimum_calls, job);
            if (std::isfinite(best.latency_ms)) c.optimum[app] = best.latency_ms;
            optima[app] = {{"optimum_ms", num(best.latency_ms)}, {"how", best.how}};
        }
    }
    std::vector<nlohmann::json> runs;
    for (const auto& app : o.apps)
        for (const auto seed : o.seeds)
            for (auto& j : run_problem(c, {app}, seed, true, log)) runs.push_back(std::move(j));
    if (o.multi_app && o.apps.size() > 1)
        for (const auto seed : o.seeds)
            for (auto& j : run_problem(c, o.apps, seed, false, log)) runs.push_back(std::move(j));
    if (o.zero_shot && o.apps.size() > 1)
        for (const auto seed : o.seeds)
            for (auto& j : run_zero_shot(c, o.apps, seed, log)) runs.push_back(std::move(j));

    nlohmann::json doc;
    doc["bench"] = "B9";
    doc["options"] = {{"apps", o.apps},           {"seeds", o.seeds},         {"log_designs", o.log_designs},
                      {"area_budget_mm2", o.area_budget}, {"k", o.k}, {"rounds", o.rounds},           {"train_steps", o.train_steps},
                      {"train_seconds", o.train_seconds}, {"negative_floor", o.negative_floor},
                      {"auto_beta", o.auto_beta},         {"generations", o.generations},
                      {"population", o.population}, {"online_population", o.online_population}, {"threads", o.threads},
                      {"model", "automatic (gp for small logs; naive and zero-shot: mlp)"}, {"optimizer", "evolution"},
                      {"optimum_calls", o.optimum_calls}};
    doc["optima"] = optima;
    doc["cores"] = std::thread::hardware_concurrency();
    doc["runs"] = runs;
    doc["summary"] = summarize(runs);
    // The bar: PRIME's ratio over the dataset best, averaged over the single applications.
    double sum = 0, naive_sum = 0;
    std::size_t n = 0;
    for (const auto& app : o.apps) {
        const auto& p = doc["summary"][app];
        if (!p.contains("prime") || !p["prime"]["ratio"]["mean"].is_number()) continue;
        sum += p["prime"]["ratio"]["mean"].get<double>();
        naive_sum += p["naive"]["ratio"]["mean"].is_number() ? p["naive"]["ratio"]["mean"].get<double>() : 0.0;
        ++n;
    }
    doc["prime_mean_ratio"] = n ? num(sum / double(n)) : nlohmann::json(nullptr);
    doc["naive_mean_ratio"] = n ? num(naive_sum / double(n)) : nlohmann::json(nullptr);
    // Strict means over every single application and seed: a run that yields
    // no feasible in-budget design (or cannot train) counts as 0, so a method
    // cannot look good by failing quietly on its hard cases.
    nlohmann::json strict = nlohmann::json::object();
    for (const char* method : {"naive", "prime", "online_evolution_n", "online_evolution_n_10", "random_n", "random_n_10"}) {
        double total = 0;
        std::size_t apps_seen = 0;
        for (const auto& app : o.apps) {
            double app_sum = 0;
            std::size_t app_runs = 0;
            for (const auto& r : runs)
                if (r["problem"] == app && r["method"] == method) {
                    app_sum += r.contains("ratio") && r["ratio"].is_number() ? r["ratio"].get<double>() : 0.0;
                    ++app_runs;
                }
            if (app_runs == 0) continue;
            total += app_sum / double(app_runs);
            ++apps_seen;
        }
        strict[method] = apps_seen ? num(total / double(apps_seen)) : nlohmann::json(nullptr);
    }
    doc["strict_mean_ratio"] = strict;
    doc["seconds"] = since(t0);
    return doc;
}

std::string quality_markdown(const nlohmann::json& doc) {
    static const std::vector<std::pair<std::string, std::string>> methods = {
        {"dataset_best", "dataset best"},  {"naive", "naive surrogate"},      {"prime", "PRIME"},
        {"online_evolution_n", "online evo (N)"}, {"online_evolution_n_10", "online evo (N/10)"},
        {"random_n", "random (N)"},        {"random_n_10", "random (N/10)"}};
    auto cell = [](const nlohmann::json& s, const char* fmt) {
        if (!s.is_object() || !s["mean"].is_number()) return std::string("–");
        char buf[64];
        std::snprintf(buf, sizeof buf, fmt, s["mean"].get<double>(), s["std"].get<double>());
        std::string out = buf;
        if (s["n"] != s["of"]) out += " (" + s["n"].dump() + "/" + s["of"].dump() + ")";
        return out;
    };
    const auto& o = doc["options"];
    std::string md = "# B9: offline optimization quality\n\n";
    md += "Logs of " + o["log_designs"].dump() + " random designs per problem from the built-in simulator; the faster half "
          "of the feasible designs within the area budget removed before training; surrogates learn latency from every "
          "feasible design, and the budget is enforced by the analytic area model during search. K = " + o["k"].dump() + ", area budget " +
          o["area_budget_mm2"].dump() + " mm2, seeds " + o["seeds"].dump() + ", " + doc["cores"].dump() +
          " cores, " + std::to_string(int(doc["seconds"].get<double>())) + " s in total.\n\n";
    const unsigned rounds = o.value("rounds", 1u);
    md += rounds > 1 ? "PRIME proposes its K designs in " + std::to_string(rounds) +
                           " rounds: each round's verified designs join the log and the model is fitted again before the "
                           "next (the loop closed between rounds, the same K simulator calls). The naive surrogate and "
                           "zero-shot propose one batch.\n\n"
                     : std::string("Every surrogate proposes its K designs in one offline batch.\n\n");
    md += "Ratio = best in-budget training-log latency / best verified latency of the K proposals (mean ± std over "
          "seeds; above 1 = better than the data). N = log size in simulator calls.\n\n";
    auto table = [&](const char* key, const char* fmt) {
        std::string t = "| problem |";
        for (const auto& [m, title] : methods) t += " " + title + " |";
        t += "\n|---|";
        for (std::size_t i = 0; i < methods.size(); ++i) t += "---|";
        t += "\n";
        for (const auto& [problem, ms] : doc["summary"].items()) {
            t += "| " + problem + " |";
            for (const auto& [m, title] : methods) t += " " + (ms.contains(m) ? cell(ms[m][key], fmt) : "–") + " |";
            t += "\n";
        }
        return t;
    };
    md += "## Improvement over the dataset best\n\n" + table("ratio", "%.2f ± %.2f") + "\n";
    md += "## Normalized score of the best proposal\n\n" + table("normalized_best", "%.3f ± %.3f") + "\n";
    md += "## Fraction of the K feasible and within budget\n\n" + table("fraction_feasible_in_budget", "%.2f ± %.2f") + "\n";
    md += "## Simulator calls\n\n" + table("simulator_calls", "%.0f ± %.0f") + "\n";
    if (doc.contains("optima") && !doc["optima"].empty()) {
        md += "## Regret to the near-optimum (single applications)\n\nBest verified in-budget latency / the best that "
              "regularised evolution finds with " + o["optimum_calls"].dump() + " simulator calls (1 = as good; below 1 = "
              "better than that reference).\n\n" + table("regret", "%.2f ± %.2f") + "\n";
    }
    auto v = [](const nlohmann::json& x) { return x.is_number() ? std::to_string(x.get<double>()) : std::string("–"); };
    md += "PRIME's mean ratio over the single applications: **" + v(doc["prime_mean_ratio"]) + "** (bar: >= 1.5); naive: " +
          v(doc["naive_mean_ratio"]) + " (means over the runs that produced a feasible in-budget design).\n\n";
    md += "Strict means over every single application and seed (a run without a feasible in-budget design counts as 0):\n\n"
          "| method | mean ratio |\n|---|---|\n";
    for (const auto& [m, title] : methods)
        if (doc["strict_mean_ratio"].contains(m)) md += "| " + title + " | " + v(doc["strict_mean_ratio"][m]) + " |\n";
    return md;
}

}  // namespace prime
