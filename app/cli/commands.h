#pragma once
// Each prime-cli subcommand registers itself on the CLI11 app. A command's
// callback throws on failure; main() maps exceptions to exit codes
// (0 ok, 1 runtime error, 2 usage error).
#include <CLI/CLI.hpp>

namespace prime::cli {

void add_info_command(CLI::App& app);
void add_convert_command(CLI::App& app);
void add_simulate_command(CLI::App& app);
void add_generate_command(CLI::App& app);
void add_merge_command(CLI::App& app);
void add_train_command(CLI::App& app);
void add_predict_command(CLI::App& app);
void add_search_command(CLI::App& app);
void add_report_command(CLI::App& app);
void add_benchmark_command(CLI::App& app);

// Raised by a command for a usage problem CLI11 cannot see (e.g. unknown
// file extension): exit code 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace prime::cli
