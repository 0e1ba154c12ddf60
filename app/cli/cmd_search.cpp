// prime-cli search: PRIME's final stage. Search the space against a trained
// surrogate under an area budget, keep the K best distinct designs, verify
// them with an oracle and write designs (CSV, JSON) and a report (Markdown, JSON).
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/log_options.h"
#include "cli/progress_bar.h"
#include "data/log_io.h"
#include "model/torch_runtime.h"
#include "search/optimizer_factory.h"
#include "study/builtin_oracle.h"
#include "study/command_oracle.h"
#include "study/design_export.h"
#include "study/report.h"
#include "study/surrogate_area.h"
#include "study/surrogate_predictor.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime::cli {

namespace {

// "builtin", "none" or "command:<shell command>".
std::unique_ptr<Oracle> make_oracle(const std::string& spec, const SearchSpace& space, unsigned jobs, double timeout) {
    if (spec == "none") return nullptr;
    if (spec == "builtin") {
        try {
            return std::make_unique<BuiltinSimulatorOracle>(space, SimConstants{}, jobs);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--oracle builtin needs the built-in space: ") + e.what() +
                             "; use --oracle command:'...' or --oracle none");
        }
    }
    if (spec.rfind("command:", 0) == 0) {
        CommandOracleOptions o;
        o.command = spec.substr(8);
        o.timeout_seconds = timeout;
        return std::make_unique<CommandOracle>(space, o);
    }
    throw UsageError("--oracle must be builtin, none or command:'<your simulator command>', got '" + spec + "'");
}

// --area-model: "auto" keeps AreaEstimator::choose's order (analytic, else
// the log when there is a budget); the others ask for one model by name.
AreaEstimator make_area_model(const std::string& kind, const DesignLog& log, const Surrogate& surrogate, double budget) {
    if (kind == "auto") return AreaEstimator::choose(log, budget);
    try {
        if (kind == "analytic") return AreaEstimator::analytic(log.space());
        if (kind == "log") return AreaEstimator::from_log(log);
        return surrogate_area_estimator(surrogate);
    } catch (const std::invalid_argument& e) {
        throw UsageError("--area-model " + kind + ": " + e.what());
    }
}

std::vector<std::string> choose_apps(const std::string& apps, const Surrogate& s) {
    if (!apps.empty()) return split_list(apps);
    if (s.info().apps.size() == 1) return {s.info().apps[0].name};
    std::string known;
    for (const auto& a : s.info().apps) known += (known.empty() ? "" : ",") + a.name;
    throw UsageError("the model knows several applications (" + known + "): choose with --apps");
}

}  // namespace

void add_search_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("search", "search for better designs with a trained surrogate, verify the best K");
    struct Args {
        std::string model, out, optimizer = "evolution", apps, aggregate = "geomean", weights, oracle = "builtin";
        std::string handling = "worst", optimizer_options = "{}", area_model = "auto";
        std::vector<std::string> logs;
        double area_budget = INFINITY, power_budget = NAN, penalty_weight = 1.0, timeout = 600, pareto_weight = 1.0;
        std::size_t generations = 100, population = 256, k = 128;
        std::uint64_t seed = 1;
        unsigned jobs = 0;
        int threads = 0;
        bool pareto = false, json = false;
        std::string close_loop;
        LogInputOptions input;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--model", args->model, "surrogate directory (from prime-cli train)")->required();
    cmd->add_option("--log", args->logs, "the design log(s) the model was trained on (for the area model and the report)")->required();
    cmd->add_option("--area-budget", args->area_budget, "area budget in mm2 (default: none)");
    cmd->add_option("--area-model", args->area_model,
                    "area of unsimulated designs: auto (analytic for the built-in space, else the log's nearest design), "
                    "analytic, log, or surrogate (the model's area head, from 'train --area-head')")
        ->check(CLI::IsMember({"auto", "analytic", "log", "surrogate"}));
    cmd->add_option("--power-budget", args->power_budget, "power budget in W, checked on the oracle's numbers");
    cmd->add_option("--budget-handling", args->handling, "over-budget candidates: worst (infeasible) or penalty")
        ->check(CLI::IsMember({"worst", "penalty"}));
    cmd->add_option("--penalty-weight", args->penalty_weight, "penalty per unit of relative overshoot (ln-latency units)");
    cmd->add_option("--optimizer", args->optimizer, "evolution, firefly, genetic or random")->check(CLI::IsMember(optimizer_kinds()));
    cmd->add_option("--optimizer-options", args->optimizer_options, "JSON object of optimizer options (docs/optimizers.md)");
    cmd->add_option("--generations", args->generations, "generations to run");
    cmd->add_option("--population", args->population, "designs scored per generation");
    cmd->add_option("--k", args->k, "designs to propose and verify");
    cmd->add_option("--apps", args->apps, "applications, comma-separated (several = one design for all of them)");
    cmd->add_option("--aggregate", args->aggregate, "several applications: mean, geomean or worst")
        ->check(CLI::IsMember({"mean", "geomean", "worst"}));
    cmd->add_option("--weights", args->weights, "per-application weights, comma-separated");
    cmd->add_flag("--pareto", args->pareto, "area-latency Pareto mode: propose the front first");
    cmd->add_option("--pareto-area-weight", args->pareto_weight, "Pareto mode: weight of ln(area) in the search score");
    cmd->add_option("--oracle", args->oracle, "builtin, none, or command:'sim --in {in} --out {out}' (docs/oracles.md)");
    cmd->add_option("--oracle-timeout", args->timeout, "seconds before a command oracle is killed");
    cmd->add_option("--close-loop", args->close_loop, "append the verified designs to the log and write it here");
    cmd->add_option("--seed", args->seed, "random seed of the optimizer");
    cmd->add_option("--jobs", args->jobs, "simulator threads for the built-in oracle (0 = all cores)");
    cmd->add_option("--threads", args->threads, "LibTorch threads (default: leave as is)");
    cmd->add_flag("--json", args->json, "print the report as JSON instead of Markdown");
    cmd->add_option("-o,--output", args->out, "output directory: designs.csv, designs.json, report.md, report.json")->required();
    args->input.add_to(*cmd);

    cmd->callback([args] {
        if (args->threads > 0) set_torch_threads(args->threads);
        ReadOptions read = args->input.to_read_options();
        DesignLog log = read_logs({args->logs.begin(), args->logs.end()}, read);
        const Surrogate surrogate = Surrogate::load(args->model, log.space());

        StudyOptions o;
        o.optimizer = args->optimizer;
        try {
            o.optimizer_options = nlohmann::json::parse(args->optimizer_options);
        } catch (const nlohmann::json::exception& e) {
            throw UsageError(std::string("--optimizer-options is not JSON: ") + e.what());
        }
        o.seed = args->seed;
        o.generations = args->generations;
        o.population = args->population;
        o.k = args->k;
        o.budget.area_mm2 = args->area_budget;
        if (!std::isnan(args->power_budget)) o.budget.power_w = args->power_budget;
        o.penalty = {parse_budget_handling(args->handling), args->penalty_weight};
        o.apps = choose_apps(args->apps, surrogate);
        o.aggregate = *parse_latency_aggregate(args->aggregate);
        for (const auto& w : split_list(args->weights)) o.weights.push_back(std::stod(w));
        o.pareto = args->pareto;
        o.pareto_area_weight = args->pareto_weight;
        o.progress_interval_seconds = 0.1;
        // The hypervolume's reference: the worst feasible logged latency of the objective.
        double worst = 0;
        for (const auto& d : logged_latencies(log, o.apps, o.aggregate, o.weights)) worst = std::max(worst, d.latency_ms);
        if (worst > 0) o.reference_latency_ms = worst;

        const AreaEstimator area = make_area_model(args->area_model, log, surrogate, o.budget.area_mm2);
        const std::string model_hash = hash_path(args->model);
        auto predictor = std::make_shared<SurrogatePredictor>(surrogate, model_hash);
        Study study(log.space(), predictor, area, o);

        ProgressBar bar("searching");
        StudyResult result = study.search(
            [&](const StudyProgress& p) { bar.update(p.generation, p.total_generations); }, &interrupt_flag());
        bar.finish();
        if (result.cancelled) throw Cancelled();
        std::fprintf(stderr, "searched %llu designs; %zu proposals\n", static_cast<unsigned long long>(result.evaluations),
                     result.proposals.size());

        const std::unique_ptr<Oracle> oracle = make_oracle(args->oracle, log.space(), args->jobs, args->timeout);
        if (oracle) study.verify(result, *oracle, &interrupt_flag());

        ExportedDesigns e;
        e.space = log.space();
        e.apps = study.apps();
        e.proposals = result.proposals;
        e.provenance.log_files = args->logs;
        e.provenance.log_hash = hash_paths({args->logs.begin(), args->logs.end()});
        e.provenance.model_path = args->model;
        e.provenance.model_hash = model_hash;
        e.provenance.predictor = predictor->describe();
        e.provenance.oracle = oracle ? oracle->describe() : "";
        e.provenance.area_model = area.kind();
        e.provenance.settings = to_json(o);
        e.provenance.seed = o.seed;
        e.provenance.created_utc = now_utc();
        const std::filesystem::path out = args->out;
        std::filesystem::create_directories(out);
        write_designs_csv(e, out / "designs.csv");
        write_designs_json(e, out / "designs.json");
        if (!oracle) {
            std::printf("wrote %zu unverified designs to %s (no oracle, so no report)\n", e.proposals.size(), out.c_str());
            return;
        }
        StudyReport report = make_report(log, result.proposals, o);
        report.area_model = area.kind();
        report.provenance = to_json(e.provenance);
        write_text_atomically(out / "report.md", to_markdown(report));
        write_text_atomically(out / "report.json", to_json(report).dump(2) + "\n");
        // After the report: its dataset best must be the log the model learned from.
        if (!args->close_loop.empty()) {
            std::vector<Design> designs;
            std::vector<OracleResult> verified;
            for (const auto& p : result.proposals) designs.push_back(p.design), verified.push_back(*p.verified);
            append_verified(log, designs, study.apps(), verified);
            write_log(log, args->close_loop);
            std::fprintf(stderr, "appended %zu verified designs; log written to %s\n", designs.size(), args->close_loop.c_str());
        }
        if (args->json) std::cout << to_json(report).dump(2) << "\n";
        else std::cout << to_markdown(report);
    });
}

}  // namespace prime::cli
