#pragma once
// Options every command that reads logs shares: --space, --app-name, --no-crc,
// --map COLUMN=ROLE, --delimiter; and the one way old flag spellings keep
// working for a release.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "data/read_options.h"
#include "session/settings.h"

namespace prime::cli {

// Registers `old_name` as a hidden spelling of `new_name` that stores into
// `target` and warns on stderr that it is deprecated (one release, then gone).
template <class T>
CLI::Option* add_deprecated_option(CLI::App& cmd, const std::string& old_name, const std::string& new_name, T& target) {
    return cmd.add_option(old_name, target)->group("")->each([old_name, new_name](const std::string&) {
        std::fprintf(stderr, "warning: %s is deprecated; use %s\n", old_name.c_str(), new_name.c_str());
    });
}

struct LogInputOptions {
    std::string space_file;
    std::string app_name;
    bool no_crc = false, all_feasible = false;
    std::vector<std::string> mappings;
    std::string delimiter;

    void add_to(CLI::App& cmd);
    // Throws UsageError for a malformed --map or --delimiter.
    ReadOptions to_read_options() const;
    // The same as the study file's log source (files are the command's own).
    LogSource to_log_source(const std::vector<std::string>& files) const;
};

// "a,b,,c" -> {"a", "b", "c"}: the comma-separated lists of --apps and friends.
std::vector<std::string> split_list(const std::string& text);

}  // namespace prime::cli
