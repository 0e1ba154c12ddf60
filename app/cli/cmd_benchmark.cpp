// prime-cli benchmark: B9, offline optimization quality (BENCHMARKS.md).
// Writes bench/results/b9-quality[-quick].{md,json} (or under --output) and
// prints one JSON summary line per headline figure for scripts/bench.
#include <cmath>
#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "session/foreign_benchmark.h"
#include "session/quality_benchmark.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime::cli {

namespace {

// B11: writes b11-foreign[-quick].{json,md} and one summary line per problem.
template <class Args>
void run_foreign_suite(const Args& args) {
    ForeignBenchmarkOptions o;
    if (args.quick) o = ForeignBenchmarkOptions::quick();
    if (!args.seeds.empty()) o.seeds = args.seeds;
    if (args.train_seconds > 0) o.train_seconds = args.train_seconds;
    if (args.designs > 0) o.log_designs = args.designs;
    if (args.optimum_calls > 0) o.optimum_calls = args.optimum_calls;
    if (!args.apps.empty()) {  // the problems of these workloads only
        const ForeignBenchmarkOptions all;
        o.row_stationary_workloads.clear();
        o.builtin_workloads.clear();
        for (const auto& w : all.row_stationary_workloads)
            if (std::find(args.apps.begin(), args.apps.end(), w) != args.apps.end()) o.row_stationary_workloads.push_back(w);
        for (const auto& w : all.builtin_workloads)
            if (std::find(args.apps.begin(), args.apps.end(), w) != args.apps.end()) o.builtin_workloads.push_back(w);
    }
    o.threads = args.threads;
    o.model = args.model;
    o.area_model = args.area_model;
    if (args.rounds > 0) o.rounds = args.rounds;
    const nlohmann::json doc = run_foreign_benchmark(
        o, [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }, &interrupt_job());
    const std::filesystem::path dir = args.out;
    std::filesystem::create_directories(dir);
    const std::string stem = args.quick ? "b11-foreign-quick" : "b11-foreign";
    write_text_atomically(dir / (stem + ".json"), doc.dump(2) + "\n");
    write_text_atomically(dir / (stem + ".md"), foreign_markdown(doc));
    std::fprintf(stderr, "wrote %s and .md\n", (dir / (stem + ".json")).c_str());
    for (const auto& [problem, methods] : doc["summary"].items())
        std::cout << nlohmann::json{{"bench", "B11"}, {"metric", "prime_regret"}, {"problem", problem},
                                    {"value", methods.contains("prime") ? methods["prime"]["regret"] : nullptr},
                                    {"unit", "x optimum"}, {"peer", "log's best"},
                                    {"peer_value", methods["log_best"]["regret"]}, {"cores", doc["cores"]}}
                         .dump()
                  << "\n";
}

}  // namespace

void add_benchmark_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("benchmark",
                                   "B9 (--suite quality): does PRIME beat the log's best, a naive surrogate and online "
                                   "search? B11 (--suite foreign): regret on design spaces the tool did not build");
    struct Args {
        bool quick = false;
        std::string out = "bench/results";
        std::vector<std::string> apps;
        std::vector<std::uint64_t> seeds;
        double train_seconds = 0, negative_floor = NAN;
        std::uint64_t train_steps = 0;
        bool auto_beta = false;
        std::uint64_t designs = 0, optimum_calls = 0;
        int threads = 2;
        bool no_multi = false, no_zero_shot = false;
        std::string suite = "quality";
        std::string model = "auto", area_model = "auto";
        unsigned rounds = 0;  // 0: the suite's default
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--suite", args->suite, "quality (B9, built-in data) or foreign (B11, spaces the tool did not build)")
        ->check(CLI::IsMember({"quality", "foreign"}));
    cmd->add_flag("--quick", args->quick, "B9: 3 applications, 2 seeds (about 10 minutes on 2 cores); B11: 3 problems, 1 seed");
    cmd->add_option("-o,--output", args->out, "directory for b9-quality[-quick].md and .json");
    cmd->add_option("--apps", args->apps, "override the applications (B11: the workloads whose problems run)")->delimiter(',');
    cmd->add_option("--seeds", args->seeds, "override the seeds")->delimiter(',');
    cmd->add_option("--train-seconds", args->train_seconds, "override the training time per model");
    cmd->add_option("--train-steps", args->train_steps, "override the training steps per model");
    cmd->add_option("--negative-floor", args->negative_floor, "PRIME's negatives floor (normalised units; default 0)");
    cmd->add_flag("--auto-beta", args->auto_beta, "PRIME tunes beta by dual ascent");
    cmd->add_option("--designs", args->designs, "override the designs per generated log");
    cmd->add_option("--threads", args->threads, "LibTorch threads and simulator jobs");
    cmd->add_option("--optimum-calls", args->optimum_calls,
                    "simulator calls of the near-optimum each regret is measured against (default 10^7, quick 10^6)");
    cmd->add_option("--arch", args->model, "B11: PRIME's model, auto (the default choice) or mlp (to measure what the GP adds)")
        ->check(CLI::IsMember({"auto", "mlp"}));
    cmd->add_option("--area-model", args->area_model, "B11: PRIME's area model, auto (the default) or log (the nearest logged design)")
        ->check(CLI::IsMember({"auto", "log"}));
    cmd->add_option("--rounds", args->rounds,
                    "PRIME's K proposals in this many rounds, each verified round joining the log and the model refitted "
                    "before the next (closing the loop); 1 = one offline batch; default: B9 2, B11 2")
        ->check(CLI::Range(1u, 1024u));
    cmd->add_flag("--no-multi", args->no_multi, "skip the multi-application variant");
    cmd->add_flag("--no-zero-shot", args->no_zero_shot, "skip the zero-shot (held-out application) variant");
    cmd->callback([args] {
        if (args->suite == "foreign") return run_foreign_suite(*args);
        QualityBenchmarkOptions o = args->quick ? QualityBenchmarkOptions::quick() : QualityBenchmarkOptions::full();
        if (!args->apps.empty()) o.apps = args->apps;
        if (!args->seeds.empty()) o.seeds = args->seeds;
        if (args->train_seconds > 0) o.train_seconds = args->train_seconds;
        if (args->designs > 0) o.log_designs = args->designs;
        if (args->train_steps > 0) o.train_steps = args->train_steps;
        if (args->optimum_calls > 0) o.optimum_calls = args->optimum_calls;
        if (!std::isnan(args->negative_floor)) o.negative_floor = args->negative_floor;
        o.auto_beta = args->auto_beta;
        o.threads = args->threads;
        o.multi_app = !args->no_multi;
        o.zero_shot = !args->no_zero_shot;
        if (args->rounds > 0) o.rounds = args->rounds;
        const nlohmann::json doc = run_quality_benchmark(
            o, [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }, &interrupt_job());
        const std::filesystem::path dir = args->out;
        std::filesystem::create_directories(dir);
        const std::string stem = args->quick ? "b9-quality-quick" : "b9-quality";
        write_text_atomically(dir / (stem + ".json"), doc.dump(2) + "\n");
        write_text_atomically(dir / (stem + ".md"), quality_markdown(doc));
        std::fprintf(stderr, "wrote %s and .md\n", (dir / (stem + ".json")).c_str());
        auto line = [&](const std::string& metric, const nlohmann::json& value, const char* unit) {
            std::cout << nlohmann::json{{"bench", "B9"}, {"metric", metric}, {"value", value}, {"unit", unit},
                                        {"peer", "dataset best"}, {"ratio", value}, {"cores", doc["cores"]},
                                        {"quick", args->quick}, {"seconds", doc["seconds"]}}
                             .dump()
                      << "\n";
        };
        line("prime_ratio_over_dataset_best_mean", doc["prime_mean_ratio"], "x");
        line("naive_ratio_over_dataset_best_mean", doc["naive_mean_ratio"], "x");
        line("prime_ratio_strict_mean", doc["strict_mean_ratio"]["prime"], "x");
        line("naive_ratio_strict_mean", doc["strict_mean_ratio"]["naive"], "x");
        line("online_evolution_n_ratio_strict_mean", doc["strict_mean_ratio"]["online_evolution_n"], "x");
    });
}

}  // namespace prime::cli
