// prime-cli generate / merge: PRIME-shaped logs from the built-in simulator,
// on one machine (--jobs) or as shards of a cluster job (--shard i/N).
#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "cli/log_options.h"
#include "cli/progress_bar.h"
#include "data/log_io.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"

namespace prime::cli {

namespace {
std::pair<std::uint32_t, std::uint32_t> parse_shard(const std::string& text) {
    unsigned i = 0, n = 0;
    char extra;
    if (std::sscanf(text.c_str(), "%u/%u%c", &i, &n, &extra) != 2 || n == 0 || i >= n)
        throw UsageError("--shard expects i/N with 0 <= i < N (e.g. 3/16), got '" + text + "'");
    return {i, n};
}

LogFormat output_format(const std::string& out) {
    try {
        return log_format_for(out);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
}
}  // namespace

void add_generate_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("generate", "generate a design log with the built-in simulator (uniform random designs)");
    struct Args {
        std::string space, workloads = "all", constants, shard, out;
        std::uint64_t designs = 20000, seed = 1;
        unsigned jobs = 0;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--space", args->space, "search-space spec (default: built-in prime-edgetpu)")->check(CLI::ExistingFile);
    cmd->add_option("--workloads", args->workloads, "'all', or built-in names / workload files, comma-separated")->capture_default_str();
    cmd->add_option("--designs", args->designs, "designs in the whole run (each evaluated on every workload)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    cmd->add_option("--seed", args->seed, "random seed")->capture_default_str();
    cmd->add_option("--jobs", args->jobs, "threads (default: one per core); the output does not depend on it");
    cmd->add_option("--shard", args->shard, "i/N: only shard i of N (0-based); merge the shards with 'prime-cli merge'");
    cmd->add_option("--constants", args->constants, "simulator constants (JSON)")->check(CLI::ExistingFile);
    cmd->add_option("-o,--output", args->out, "output log: " + log_formats_summary())->required();
    cmd->callback([args] {
        const LogFormat format = output_format(args->out);
        GenerateOptions g;
        g.designs = args->designs;
        g.seed = args->seed;
        g.jobs = args->jobs ? args->jobs : std::max(1u, std::thread::hardware_concurrency());
        if (!args->shard.empty()) std::tie(g.shard_index, g.shard_count) = parse_shard(args->shard);
        if (!args->constants.empty()) g.constants = load_constants(args->constants);
        const SearchSpace space = args->space.empty() ? builtin_edgetpu_space() : load_space(args->space);
        std::vector<Workload> workloads;
        try {
            workloads = load_workloads(args->workloads);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
        ProgressBar bar("simulating");
        const DesignLog log = generate_log(space, workloads, g, &bar.job());
        bar.finish();
        write_log(log, args->out);
        std::fprintf(stderr, "wrote %zu rows (%zu designs x %zu workloads, %s) to %s\n", log.rows(),
                     workloads.empty() ? 0 : log.rows() / workloads.size(), workloads.size(), format_name(format).c_str(),
                     args->out.c_str());
    });
}

void add_merge_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("merge", "join logs (e.g. the shards of a generate run, in shard order) into one");
    struct Args {
        std::vector<std::string> inputs;
        std::string out;
        LogInputOptions input;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("LOG", args->inputs, "logs to join, in order")->required()->check(CLI::ExistingPath);
    cmd->add_option("-o,--output", args->out, "output log")->required();
    args->input.add_to(*cmd);
    cmd->callback([args] {
        output_format(args->out);
        ReadOptions options = args->input.to_read_options();
        ProgressBar bar("reading");
        options.job = &bar.job();
        const DesignLog log = read_logs({args->inputs.begin(), args->inputs.end()}, options);
        bar.finish();
        write_log(log, args->out);
        std::fprintf(stderr, "wrote %zu rows from %zu logs to %s\n", log.rows(), args->inputs.size(), args->out.c_str());
    });
}

}  // namespace prime::cli
