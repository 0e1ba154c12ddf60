// prime-cli search: PRIME's final stage. Flags become SearchSettings and an
// AreaBudget; the SearchSession (core/session) does the rest: area model,
// applications, predictor, search, verification, export, report, closing
// the loop. The GUI's search panel runs the same session.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/device_option.h"
#include "cli/log_options.h"
#include "cli/progress_bar.h"
#include "data/log_io.h"
#include "model/torch_runtime.h"
#include "search/optimizer_factory.h"
#include "session/close_loop.h"
#include "session/search_session.h"
#include "session/study_file.h"
#include "util/errors.h"

namespace prime::cli {

namespace {

std::string optimizer_help() {
    std::string h = "the optimizer:";
    for (const auto& e : optimizer_registry()) h += " " + e.kind + " (" + e.summary + ");";
    h.back() = '.';
    return h;
}

// "builtin", "none", "auto" or "command:<shell command>".
OracleSettings parse_oracle(const std::string& spec, unsigned jobs, double timeout) {
    OracleSettings o;
    o.jobs = jobs;
    o.timeout_seconds = timeout;
    if (spec == "auto" || spec == "builtin" || spec == "none") {
        o.kind = spec;
    } else if (spec.rfind("command:", 0) == 0) {
        o.kind = "command";
        o.command = spec.substr(8);
    } else {
        throw UsageError("--oracle must be auto, builtin, none or command:'<your simulator command>', got '" + spec + "'");
    }
    return o;
}

// Runs the search a study file describes, from where it stopped, and
// writes the same outputs as a search from flags.
void search_study_file(const std::string& path, const std::filesystem::path& out, JobControl* job) {
    const StudyFile f = load_study_file(path);
    for (const auto& warning : changed_inputs(f)) std::fprintf(stderr, "warning: %s\n", warning.c_str());
    if (f.settings.model_dir.empty()) throw UsageError(path + ": the study names no saved model (save the model in PRIME Studio)");
    ProgressBar reading("reading");
    ReadOptions read = f.settings.log.read_options();
    read.job = &reading.job();
    auto log = std::make_shared<const DesignLog>(read_logs({f.settings.log.files.begin(), f.settings.log.files.end()}, read));
    reading.finish();
    std::unique_ptr<SearchSession> session;
    try {
        session = std::make_unique<SearchSession>(log, Surrogate::load(f.settings.model_dir, log->space()), f.settings.budget,
                                                  f.settings.search, SearchInputs{f.settings.log.files, f.settings.model_dir});
    } catch (const std::invalid_argument& e) {
        throw UsageError(path + ": " + e.what());
    }
    if (f.optimizer_state.is_null())
        std::fprintf(stderr, "the study's search had finished (or never ran): searching again from the start with its "
                             "settings\n");
    const StudyResume resume = resume_point(f);
    ProgressBar bar("searching");
    StudyResult result = session->search([&](const StudyProgress& p) { bar.update(p.generation, p.total_generations); },
                                         job, &resume);
    bar.finish();
    if (result.cancelled) throw Cancelled();
    session->write_outputs(result, out);
    if (session->has_oracle()) {
        session->verify(result, job);
        session->write_outputs(result, out);
    }
    if (result.optimizer == "enumeration")
        std::printf("scored every design of the space (%.0f); wrote %zu designs to %s\n",
                    session->study().space().cardinality_double(), result.proposals.size(), out.c_str());
    else
        std::printf("searched %zu more generations; wrote %zu designs to %s\n", result.history.size(),
                    result.proposals.size(), out.c_str());
}

}  // namespace

void add_search_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("search", "search for better designs with a trained surrogate, verify the best K");
    struct Args {
        std::string model, out, optimizer = "evolution", apps, aggregate = "geomean", weights, oracle = "auto";
        std::string handling = "worst", optimizer_options = "{}", area_model = "auto";
        std::vector<std::string> logs;
        double area_budget = INFINITY, power_budget = NAN, penalty_weight = 1.0, timeout = 600, pareto_weight = 1.0;
        std::size_t generations = 100, population = 256, k = 128;
        std::uint64_t seed = 1;
        unsigned jobs = 0;
        int threads = 0;
        std::string device;
        bool pareto = false, json = false;
        std::string close_loop, study;
        std::uint64_t retrain_steps = 0;
        unsigned rounds = 1;
        LogInputOptions input;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--model", args->model, "surrogate directory (from prime-cli train)");
    cmd->add_option("--log", args->logs, "the design log(s) the model was trained on (for the area model and the report)");
    cmd->add_option("--study", args->study,
                    "a study file (.primestudy from PRIME Studio): its logs, model, budget and search settings; a "
                    "paused or stopped search continues where it stopped")
        ->check(CLI::ExistingFile);
    cmd->add_option("--area-budget", args->area_budget, "area budget in mm2 (default: none)");
    cmd->add_option("--area-model", args->area_model,
                    "area of unsimulated designs: auto (analytic for the built-in space, else log or gp, whichever errs "
                    "less on held-out logged designs), analytic, log (the nearest logged design), gp (a Gaussian process "
                    "on ln area), or surrogate (the model's area head, from 'train --area-head')")
        ->check(CLI::IsMember({"auto", "analytic", "log", "surrogate", "gp"}));
    cmd->add_option("--power-budget", args->power_budget, "power budget in W, checked on the oracle's numbers");
    cmd->add_option("--budget-handling", args->handling, "over-budget candidates: worst (infeasible) or penalty")
        ->check(CLI::IsMember({"worst", "penalty"}));
    cmd->add_option("--penalty-weight", args->penalty_weight, "penalty per unit of relative overshoot (ln-latency units)");
    cmd->add_option("--optimizer", args->optimizer, optimizer_help())->check(CLI::IsMember(optimizer_kinds()));
    cmd->add_option("--optimizer-options", args->optimizer_options, "JSON object of optimizer options (docs/optimizers.md)");
    cmd->add_option("--generations", args->generations, "generations to run");
    cmd->add_option("--population", args->population, "designs scored per generation");
    cmd->add_option("--k", args->k, "designs to propose and verify");
    cmd->add_option("--apps", args->apps, "applications, comma-separated, or 'all' (several = one design for all of them)");
    cmd->add_option("--aggregate", args->aggregate, "several applications: mean, geomean or worst")
        ->check(CLI::IsMember({"mean", "geomean", "worst"}));
    cmd->add_option("--weights", args->weights, "per-application weights, comma-separated");
    cmd->add_flag("--pareto", args->pareto, "area-latency Pareto mode: propose the front first");
    cmd->add_option("--pareto-area-weight", args->pareto_weight, "Pareto mode: weight of ln(area) in the search score");
    cmd->add_option("--oracle", args->oracle,
                    "auto (default: the built-in simulator for the built-in space, else none), builtin, none, or "
                    "command:'sim --in {in} --out {out}' (docs/oracles.md)");
    cmd->add_option("--oracle-timeout", args->timeout, "seconds before a command oracle is killed");
    cmd->add_option("--close-loop", args->close_loop, "append the verified designs to the log and write it here");
    cmd->add_option("--retrain-steps", args->retrain_steps,
                    "with --close-loop: the model continues training on the extended log for this many steps and is "
                    "written to OUTPUT/model (as Add to Log & Continue in PRIME Studio)");
    cmd->add_option("--rounds", args->rounds,
                    "find and verify the K designs in this many rounds: each round's verified designs join the log and "
                    "the model is fitted again before the next (PRIME's loop, closed between rounds; needs an oracle)")
        ->check(CLI::Range(1u, 1024u));
    cmd->add_option("--seed", args->seed, "random seed of the optimizer");
    cmd->add_option("--jobs", args->jobs, "simulator threads for the built-in oracle (0 = all cores)");
    cmd->add_option("--threads", args->threads, "LibTorch threads (default: leave as is)");
    add_device_option(*cmd, args->device);
    cmd->add_flag("--json", args->json, "print the report as JSON instead of Markdown");
    cmd->add_option("-o,--output", args->out, "output directory: designs.csv, designs.json, report.md, report.json")->required();
    args->input.add_to(*cmd);

    cmd->callback([args] {
        apply_device_option(args->device);
        if (args->threads > 0) set_torch_threads(args->threads);
        if (!args->study.empty()) return search_study_file(args->study, args->out, &interrupt_job());
        if (args->model.empty() || args->logs.empty())
            throw UsageError("search needs --model and --log (or --study FILE)");
        // Flags -> settings. Everything that can be checked without the log is checked here.
        SearchSettings s;
        StudyOptions& o = s.study;
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
        if (!std::isnan(args->power_budget)) o.budget.power_w = args->power_budget;
        o.penalty = {parse_budget_handling(args->handling), args->penalty_weight};
        o.apps = split_list(args->apps);
        o.aggregate = *parse_latency_aggregate(args->aggregate);
        for (const auto& w : split_list(args->weights)) o.weights.push_back(std::stod(w));
        o.pareto = args->pareto;
        o.pareto_area_weight = args->pareto_weight;
        o.progress_interval_seconds = 0.1;
        s.oracle = parse_oracle(args->oracle, args->jobs, args->timeout);
        AreaBudget budget;
        budget.limit_mm2 = args->area_budget;
        budget.area_model = parse_area_model_choice(args->area_model);

        ProgressBar reading("reading");
        ReadOptions read = args->input.to_read_options();
        read.job = &reading.job();
        auto log = std::make_shared<const DesignLog>(read_logs({args->logs.begin(), args->logs.end()}, read));
        reading.finish();
        if (args->retrain_steps > 0 && args->close_loop.empty()) throw UsageError("--retrain-steps needs --close-loop FILE");
        std::unique_ptr<SearchSession> session;
        Surrogate model;
        try {  // every remaining setting is checked here, before any design is scored
            model = Surrogate::load(args->model, log->space());
            session = std::make_unique<SearchSession>(log, model, budget, s, SearchInputs{args->logs, args->model});
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }

        if (args->rounds > 1 && !session->has_oracle())
            throw UsageError("--rounds needs an oracle to verify each round (--oracle builtin or command:'...')");
        if (args->rounds > args->k) throw UsageError("--rounds must not exceed --k (each round proposes at least one design)");
        StudyResult result;
        if (args->rounds > 1) {
            std::fprintf(stderr, "searching and verifying in %u rounds of about %zu designs\n", args->rounds, args->k / args->rounds);
            const TrainSettings retrain = continued_training(model, args->retrain_steps ? args->retrain_steps : TrainSettings{}.fit.steps);
            result = search_in_rounds(log, model, budget, s, args->rounds, retrain, *session->oracle(), &interrupt_job()).result;
        } else {
            ProgressBar bar("searching");
            result = session->search([&](const StudyProgress& p) { bar.update(p.generation, p.total_generations); },
                                     &interrupt_job());
            bar.finish();
        }
        if (result.cancelled) throw Cancelled();
        if (result.optimizer == "enumeration")
            std::fprintf(stderr, "scored every design of the space (%.0f); %zu proposals\n",
                         session->study().space().cardinality_double(), result.proposals.size());
        else
            std::fprintf(stderr, "searched %llu designs; %zu proposals\n",
                         static_cast<unsigned long long>(result.evaluations), result.proposals.size());
        if (result.proposals.empty())
            std::fprintf(stderr, "no new designs to propose: every design the search found within the budget is "
                                 "already in the log (its best logged design stays the answer)\n");
        const std::filesystem::path out = args->out;
        // Written before verification, so a failing oracle loses no search.
        session->write_outputs(result, out);
        if (!session->has_oracle()) {
            std::printf("wrote %zu unverified designs to %s (no oracle for the space '%s', so no report; verify them "
                        "with --oracle command:'...')\n",
                        result.proposals.size(), out.c_str(), log->space().name().c_str());
            return;
        }
        if (args->rounds == 1) {  // rounds verified their designs as they went
            ProgressBar verifying("verifying");
            session->verify(result, &verifying.job());
            verifying.finish();
            session->write_outputs(result, out);
        }
        const StudyReport report = *session->report(result);
        // After the report: its dataset best must be the log the model learned from.
        if (!args->close_loop.empty() && args->retrain_steps == 0) {
            write_log(session->closed_loop_log(result), args->close_loop);
            std::fprintf(stderr, "appended %zu verified designs; log written to %s\n", result.proposals.size(),
                         args->close_loop.c_str());
        } else if (!args->close_loop.empty()) {
            ProgressBar training("training");
            const ClosedLoop closed = close_the_loop(*session, result, model, continued_training(model, args->retrain_steps),
                                                     args->close_loop,
                                                     [&](const TrainingProgress& p) { training.update(p.step, p.total_steps); },
                                                     &interrupt_job());
            training.finish();
            if (closed.surrogate.empty()) throw Cancelled();
            closed.surrogate.save(out / "model");
            std::fprintf(stderr, "appended %zu verified designs; log written to %s; model trained %llu more steps "
                         "(held-out Spearman %.3f) written to %s\n",
                         result.proposals.size(), args->close_loop.c_str(),
                         static_cast<unsigned long long>(closed.report.steps), closed.report.selected_metrics.spearman,
                         (out / "model").c_str());
        }
        if (args->json) std::cout << to_json(report).dump(2) << "\n";
        else std::cout << to_markdown(report);
    });
}

}  // namespace prime::cli
