// prime-cli convert IN... OUT: between CSV, TFRecord and snapshot.
#include <cstdio>

#include "cli/commands.h"
#include "cli/log_options.h"
#include "cli/progress_bar.h"
#include "data/log_io.h"

namespace prime::cli {

void add_convert_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("convert", "convert design logs between CSV, TFRecord and snapshot (.primelog)");
    struct Args {
        std::vector<std::string> paths;
        LogInputOptions input;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("IN... OUT", args->paths, "input logs, then the output file (format from its extension)")
        ->required()
        ->expected(2, -1);
    args->input.add_to(*cmd);
    cmd->callback([args] {
        const std::filesystem::path out = args->paths.back();
        const std::vector<std::filesystem::path> in(args->paths.begin(), args->paths.end() - 1);
        LogFormat format;
        try {
            format = log_format_for(out);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
        ReadOptions options = args->input.to_read_options();
        ProgressBar bar("reading");
        options.job = &bar.job();
        const DesignLog log = read_logs(in, options);
        bar.finish();
        write_log(log, out);
        std::fprintf(stderr, "wrote %zu rows (%zu application%s) to %s as %s\n", log.rows(), log.app_names().size(),
                     log.app_names().size() == 1 ? "" : "s",
                     out.string().c_str(), format_name(format).c_str());
    });
}

}  // namespace prime::cli
