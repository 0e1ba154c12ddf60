#include "cli/log_options.h"

#include <sstream>

#include "cli/commands.h"
#include "session/app_contexts.h"
#include "space/space_json.h"

namespace prime::cli {

void LogInputOptions::add_to(CLI::App& cmd) {
    cmd.add_option("--space", space_file, "search-space spec (JSON); default: built-in for PRIME logs, else inferred")
        ->check(CLI::ExistingFile);
    cmd.add_option("--app-name", app_name, "application name for files without an application column");
    add_deprecated_option(cmd, "--app", "--app-name", app_name);
    cmd.add_flag("--no-crc", no_crc, "TFRecord: skip CRC verification");
    cmd.add_option("--map", mappings, "CSV column role, COLUMN=ROLE (parameter, latency, area, feasible, infeasible, "
                                      "application, reason, metric, ignore)");
    cmd.add_option("--delimiter", delimiter, "CSV delimiter (default: detected)");
    cmd.add_flag("--all-feasible", all_feasible, "the file has no feasibility column and every row is a feasible design");
}

ReadOptions LogInputOptions::to_read_options() const {
    ReadOptions o;
    if (!space_file.empty()) o.space = load_space(space_file);
    o.app_name = app_name;
    o.verify_crc = !no_crc;
    o.all_feasible = all_feasible;
    o.canonical_app = canonical_app_name;  // one name per workload, whatever the folder or column says
    for (const auto& m : mappings) {
        const auto eq = m.rfind('=');
        // An empty COLUMN (--map '=ignore') names a column with an empty header (a pandas index).
        if (eq == std::string::npos) throw UsageError("--map expects COLUMN=ROLE, got '" + m + "'");
        auto role = role_from_name(m.substr(eq + 1));
        if (!role) throw UsageError("--map: unknown role '" + m.substr(eq + 1) + "'");
        o.roles[m.substr(0, eq)] = *role;
    }
    if (delimiter == "\\t" || delimiter == "tab") o.delimiter = '\t';
    else if (delimiter.size() == 1) o.delimiter = delimiter[0];
    else if (!delimiter.empty()) throw UsageError("--delimiter expects one character");
    return o;
}

LogSource LogInputOptions::to_log_source(const std::vector<std::string>& files) const {
    const ReadOptions checked = to_read_options();  // the same errors as every other command
    LogSource s;
    s.files = files;
    s.space_file = space_file;
    s.app_name = app_name;
    for (const auto& [column, role] : checked.roles) s.roles[column] = std::string(role_name(role));
    s.delimiter = checked.delimiter;
    s.verify_crc = checked.verify_crc;
    s.all_feasible = checked.all_feasible;
    return s;
}

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

}  // namespace prime::cli
