#pragma once
// Options every command that reads logs shares: --space, --app, --no-crc,
// --map COLUMN=ROLE, --delimiter.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "data/read_options.h"

namespace prime::cli {

struct LogInputOptions {
    std::string space_file;
    std::string app_name;
    bool no_crc = false;
    std::vector<std::string> mappings;
    std::string delimiter;

    void add_to(CLI::App& cmd);
    // Throws UsageError for a malformed --map or --delimiter.
    ReadOptions to_read_options() const;
};

// "a,b,,c" -> {"a", "b", "c"}: the comma-separated lists of --apps and friends.
std::vector<std::string> split_list(const std::string& text);

}  // namespace prime::cli
