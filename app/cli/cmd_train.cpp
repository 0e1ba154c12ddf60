// prime-cli train: fit a conservative (or naive) surrogate to a design log.
// Flags become TrainSettings and an AreaBudget; the TrainSession (core/session)
// applies the budget's rules and trains, as the GUI's surrogate panel does.
#include <cmath>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/device_option.h"
#include "cli/log_options.h"
#include "cli/progress_bar.h"
#include "data/log_io.h"
#include "model/torch_runtime.h"
#include "session/train_session.h"
#include "util/errors.h"

namespace prime::cli {

namespace {

void print_summary(const Surrogate& s, const TrainingReport& r, const std::string& dir) {
    const EvalMetrics& e = r.selected_metrics;  // of the saved weights
    if (s.info().model.kind == ModelKind::Gp)  // one exact fit: steps do not apply
        std::printf("fitted a Gaussian process (conservative) in %.1f s\n", r.seconds);
    else
        std::printf("trained %s (%s) for %llu steps in %.1f s (%.1f s in steps)\n", model_kind_name(s.info().model.kind).c_str(),
                    s.info().training.naive() ? "naive" : "conservative", static_cast<unsigned long long>(r.steps), r.seconds,
                    r.final_metrics.train_seconds);
    if (e.step != r.final_metrics.step)
        std::printf("saved the best checkpoint: step %llu (held-out Spearman %.3f; latest %.3f)\n",
                    static_cast<unsigned long long>(e.step), e.spearman, r.final_metrics.spearman);
    std::printf("held-out Spearman %.3f, MSE %.3f (normalised units)\n", e.spearman, e.val_mse);
    std::printf("mean prediction: feasible %.3f, infeasible/over budget %.3f\n", e.mean_pred_feasible, e.mean_pred_infeasible);
    for (std::size_t a = 0; a < s.info().apps.size(); ++a)
        std::printf("  %-20s Spearman %.3f  (%zu feasible training designs)\n", s.info().apps[a].name.c_str(),
                    e.spearman_per_app[a], s.info().apps[a].feasible_rows);
    if (s.has_area_head())
        std::printf("area head (held out): MAE %.3f mm2, R2 of ln(area) %.3f\n", e.area_mae_mm2, e.area_r2_log);
    if (s.has_feasibility_head())
        std::printf("feasibility head (held out): accuracy %.3f, AUC %.3f, Brier %.3f\n", e.feasible_accuracy, e.feasible_auc,
                    e.feasible_brier);
    std::printf("saved to %s\n", dir.c_str());
}

}  // namespace

void add_train_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("train", "train a conservative surrogate (PRIME) on a design log");
    struct Args {
        std::vector<std::string> logs;
        std::string apps = "all", arch = "auto", hidden, out;
        double area_budget = INFINITY, negatives_budget = INFINITY, lr = 0, time_limit = 0;
        std::uint64_t steps = 5000, eval_every = 250;
        double alpha = NAN, beta = NAN, negative_floor = NAN, infeasible_floor = NAN, area_weight = 1, feasibility_weight = 1;
        bool naive = false, auto_alpha = false, auto_beta = false, json = false, area_head = false, feasibility_head = false;
        bool keep_latest = false;
        std::uint64_t seed = 1;
        int threads = 0;
        std::string device;
        LogInputOptions input;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--log", args->logs, "design logs (CSV, TFRecord, .primelog)")->required();
    cmd->add_option("--apps", args->apps, "applications to train on, comma-separated, or 'all'");
    cmd->add_option("--area-budget", args->area_budget, "area budget in mm2: feasible designs above it count as infeasible");
    cmd->add_option("--negatives-within-budget", args->negatives_budget,
                    "keep the optimizer negatives within this area (mm2, analytic area model of the built-in space); "
                    "with --area-budget unset, latency is learned from every feasible design and the search enforces "
                    "the budget (what 'prime-cli benchmark' does)");
    cmd->add_option("--arch", args->arch,
                    "model: auto (default: gp for logs of at most 4,000 feasible designs per application, else mlp), mlp "
                    "(the network chosen by measurement), transformer (PRIME's network) or gp (a Gaussian process)")
        ->check(CLI::IsMember({"auto", "mlp", "transformer", "gp"}));
    add_deprecated_option(*cmd, "--model", "--arch", args->arch)->check(CLI::IsMember({"auto", "mlp", "transformer", "gp"}));
    cmd->add_option("--hidden", args->hidden, "hidden widths of the MLP / head, e.g. 512,512");
    cmd->add_option("--steps", args->steps, "training steps");
    cmd->add_option("--time-limit", args->time_limit, "stop after this many seconds (0 = no limit)");
    cmd->add_option("--eval-every", args->eval_every, "steps between held-out evaluations");
    cmd->add_option("--alpha", args->alpha, "weight of the infeasible push-down term");
    cmd->add_option("--beta", args->beta, "weight of the optimizer-negatives push-down term");
    cmd->add_option("--negative-floor", args->negative_floor, "negatives are pushed down to this score at most (normalised units)");
    cmd->add_option("--infeasible-floor", args->infeasible_floor, "infeasible mean prediction is pushed down to this at most");
    cmd->add_flag("--auto-alpha", args->auto_alpha, "tune alpha by dual ascent");
    cmd->add_flag("--auto-beta", args->auto_beta, "tune beta by dual ascent");
    cmd->add_flag("--keep-latest", args->keep_latest,
                  "save the latest weights instead of the checkpoint with the best held-out Spearman");
    cmd->add_flag("--naive", args->naive, "plain MSE on feasible designs (alpha = beta = 0), the baseline");
    cmd->add_flag("--area-head", args->area_head,
                  "also learn area (ln mm2) from the log's area column: an area model for spaces without an analytic one "
                  "(prime-cli search --area-model surrogate)");
    cmd->add_flag("--feasibility-head", args->feasibility_head, "also learn P(feasible), the simulator's verdict (diagnostics)");
    cmd->add_option("--area-weight", args->area_weight, "weight of the area head's loss term")->check(CLI::NonNegativeNumber);
    cmd->add_option("--feasibility-weight", args->feasibility_weight, "weight of the feasibility head's loss term")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--lr", args->lr, "Adam learning rate");
    cmd->add_option("--seed", args->seed, "random seed");
    cmd->add_option("--threads", args->threads, "LibTorch threads (default: all cores)");
    add_device_option(*cmd, args->device);
    cmd->add_flag("--json", args->json, "print the final metrics as JSON");
    cmd->add_option("-o,--output", args->out, "model directory to write (weights.pt + surrogate.json)")->required();
    args->input.add_to(*cmd);

    cmd->callback([args, cmd] {
        apply_device_option(args->device);
        if (args->naive && (!std::isnan(args->alpha) || !std::isnan(args->beta) || args->auto_alpha || args->auto_beta))
            throw UsageError("--naive cannot be combined with --alpha, --beta, --auto-alpha or --auto-beta");
        if (std::isfinite(args->area_budget) && std::isfinite(args->negatives_budget) &&
            args->area_budget != args->negatives_budget)
            throw UsageError("--area-budget and --negatives-within-budget are one budget; give one value");
        TrainSettings settings;
        ModelOptions& model = settings.model;
        model = args->arch == "transformer" ? ModelOptions::prime_transformer()
                : args->arch == "gp"        ? ModelOptions::gaussian_process()
                                            : ModelOptions::default_mlp();
        // Options given for the network (widths, the loss's terms, the learning
        // rate) name a network: auto keeps it (the naive baseline: TrainSession).
        const bool network_options = !args->hidden.empty() || !std::isnan(args->alpha) ||
                                     !std::isnan(args->beta) || args->auto_alpha || args->auto_beta || args->lr > 0;
        settings.auto_model = args->arch == "auto" && !network_options;
        if (!args->hidden.empty()) {
            model.hidden.clear();
            for (const auto& w : split_list(args->hidden)) model.hidden.push_back(std::stoi(w));
        }
        model.area_head = args->area_head;
        model.feasibility_head = args->feasibility_head;
        TrainOptions& train = settings.train;
        train.apps = split_list(args->apps);
        if (!std::isnan(args->alpha)) train.alpha = args->alpha;
        if (!std::isnan(args->beta)) train.beta = args->beta;
        if (!std::isnan(args->negative_floor)) train.negative_floor = args->negative_floor;
        if (!std::isnan(args->infeasible_floor)) train.infeasible_floor = args->infeasible_floor;
        train.auto_alpha = args->auto_alpha;
        train.auto_beta = args->auto_beta;
        train.area_weight = args->area_weight;
        train.feasibility_weight = args->feasibility_weight;
        if (args->naive) train.make_naive();
        if (args->lr > 0) train.learning_rate = args->lr;
        train.seed = args->seed;
        train.threads = args->threads;
        train.keep_best = !args->keep_latest;

        // One budget: --area-budget moves over-budget rows to the infeasible
        // pool (PRIME); --negatives-within-budget alone keeps every feasible
        // row a target and the negatives within the budget (B9's rule).
        AreaBudget budget;
        if (std::isfinite(args->area_budget)) {
            budget.limit_mm2 = args->area_budget;
            budget.negatives_within_budget = std::isfinite(args->negatives_budget);
        } else if (std::isfinite(args->negatives_budget)) {
            budget.limit_mm2 = args->negatives_budget;
            budget.training_pool = TrainingPool::AllFeasible;
            budget.negatives_within_budget = true;
        }
        FitOptions& fit = settings.fit;
        fit.steps = args->steps;
        fit.time_limit_seconds = args->time_limit;
        fit.eval_every = args->eval_every;
        fit.progress_interval_seconds = 0.1;

        ProgressBar reading("reading");
        ReadOptions read = args->input.to_read_options();
        read.job = &reading.job();
        auto log = std::make_shared<const DesignLog>(read_logs({args->logs.begin(), args->logs.end()}, read));
        reading.finish();
        std::unique_ptr<TrainSession> session;
        try {
            session = std::make_unique<TrainSession>(log, budget, settings);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
        ProgressBar bar("training");
        const TrainOutcome outcome =
            session->run([&](const TrainingProgress& p) { bar.update(p.step, p.total_steps); }, &interrupt_job());
        bar.finish();
        const TrainingReport& report = outcome.report;
        if (report.cancelled) throw Cancelled();

        const Surrogate& surrogate = outcome.surrogate;
        if (surrogate.info().model.kind == ModelKind::Gp && (cmd->count("--steps") || cmd->count("--eval-every")))
            std::fprintf(stderr, "note: a Gaussian process is fitted once, so --steps and --eval-every do not apply (the "
                                 "automatic choice took it for this small log; --arch mlp trains a network for N steps)\n");
        surrogate.save(args->out);
        if (!args->json) return print_summary(surrogate, report, args->out);
        nlohmann::json j;
        j["model_dir"] = args->out;
        j["model"] = model_kind_name(surrogate.info().model.kind);  // what auto chose
        j["steps"] = report.steps;
        j["seconds"] = report.seconds;
        j["threads"] = torch_threads();
        j["device"] = compute_device_name();
        j["model_library"] = model_library_path();  // which LibTorch build trained it
        j["metrics"] = to_json(report.selected_metrics);  // of the saved weights
        j["latest_metrics"] = to_json(report.final_metrics);
        j["area_head"] = model.area_head;
        j["feasibility_head"] = model.feasibility_head;
        j["applications"] = nlohmann::json::array();
        for (const auto& a : surrogate.info().apps) j["applications"].push_back(a.name);
        j["history"] = nlohmann::json::array();
        for (const auto& e : report.history)
            j["history"].push_back({{"step", e.step}, {"train_seconds", e.train_seconds}, {"spearman", std::isnan(e.spearman) ? nlohmann::json(nullptr) : nlohmann::json(e.spearman)}});
        std::cout << j.dump(2) << "\n";
    });
}

}  // namespace prime::cli
