#include "study/command_oracle.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "study/subprocess.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

// Comma-separated fields; a field in double quotes may hold commas ("" = ").
std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(trim(field));
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(trim(field));
    return fields;
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string format_value(double v) {
    std::ostringstream o;
    o.precision(17);
    o << v;
    return o.str();
}

std::optional<double> parse_number(const std::string& s) {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) return std::nullopt;
    return v;
}

std::optional<bool> parse_bool(const std::string& s) {
    const std::string l = lower(s);
    if (l == "1" || l == "true" || l == "yes") return true;
    if (l == "0" || l == "false" || l == "no") return false;
    return std::nullopt;
}

// Column positions of a reply header; names are matched case-insensitively.
struct ReplyColumns {
    int id = -1, app = -1, latency = -1, feasible = -1, infeasible = -1, area = -1, power = -1, reason = -1;
};

ReplyColumns reply_columns(const std::vector<std::string>& header, const std::string& source) {
    ReplyColumns c;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string h = lower(header[i]);
        const int at = static_cast<int>(i);
        if (h == "id") c.id = at;
        else if (h == "app" || h == "application") c.app = at;
        else if (h == "latency_ms" || h == "latency" || h == "runtime") c.latency = at;
        else if (h == "feasible") c.feasible = at;
        else if (h == "infeasible") c.infeasible = at;
        else if (h == "area_mm2" || h == "area") c.area = at;
        else if (h == "power_w" || h == "power") c.power = at;
        else if (h == "reason") c.reason = at;
    }
    auto require = [&](int col, const char* what) {
        if (col < 0) throw InputError(source, "line", 1, std::string("expected a header with a '") + what + "' column");
    };
    require(c.id, "id");
    require(c.latency, "latency_ms");
    if (c.feasible < 0 && c.infeasible < 0) require(-1, "feasible");
    return c;
}

}  // namespace

std::string command_request_csv(const SearchSpace& space, const std::vector<Design>& designs,
                                const std::vector<std::string>& apps) {
    std::string out = "id,app";
    for (const auto& p : space.parameters()) out += "," + csv_field(p.name);
    out += "\n";
    const std::vector<std::string> names = apps.empty() ? std::vector<std::string>{std::string()} : apps;
    for (std::size_t i = 0; i < designs.size(); ++i) {
        const std::vector<double> values = space.decode(designs[i]);
        for (const auto& app : names) {
            out += std::to_string(i) + "," + csv_field(app);
            for (double v : values) out += "," + format_value(v);
            out += "\n";
        }
    }
    return out;
}

std::vector<OracleResult> parse_command_reply(const std::string& text, const std::string& source, std::size_t designs,
                                              const std::vector<std::string>& apps) {
    const std::vector<std::string> names = apps.empty() ? std::vector<std::string>{std::string()} : apps;
    std::vector<OracleResult> results(designs);
    for (auto& r : results) {
        r.latency_ms.assign(names.size(), std::nan(""));
        r.app_feasible.assign(names.size(), false);
        r.app_reason.assign(names.size(), std::string());
    }
    std::vector<std::vector<bool>> seen(designs, std::vector<bool>(names.size(), false));

    std::istringstream in(text);
    std::string line;
    std::uint64_t line_no = 0;
    std::optional<ReplyColumns> cols;
    std::size_t width = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim(line).empty() || line[0] == '#') continue;  // blank lines and comments are allowed
        const std::vector<std::string> f = split_csv_line(line);
        if (!cols) {
            cols = reply_columns(f, source);
            width = f.size();
            continue;
        }
        auto fail = [&](const std::string& what) { throw InputError(source, "line", line_no, what); };
        if (f.size() != width) fail("expected " + std::to_string(width) + " fields like the header, got " + std::to_string(f.size()));
        const auto id = parse_number(f[cols->id]);
        if (!id || *id < 0 || *id != std::floor(*id) || *id >= static_cast<double>(designs))
            fail("expected a design id in [0, " + std::to_string(designs) + "), got '" + f[cols->id] + "'");
        std::size_t a = 0;
        if (names.size() > 1 || cols->app >= 0) {
            if (cols->app < 0) fail("expected an 'app' column: the request has several applications");
            const auto it = std::find(names.begin(), names.end(), f[cols->app]);
            if (it == names.end()) fail("expected one of the requested applications, got '" + f[cols->app] + "'");
            a = static_cast<std::size_t>(it - names.begin());
        }
        const std::size_t d = static_cast<std::size_t>(*id);
        if (seen[d][a]) fail("design " + f[cols->id] + (names[a].empty() ? "" : " / " + names[a]) + " appears twice");
        seen[d][a] = true;

        bool feasible = false;
        if (cols->feasible >= 0) {
            const auto b = parse_bool(f[cols->feasible]);
            if (!b) fail("expected feasible = 0 or 1 (or true/false), got '" + f[cols->feasible] + "'");
            feasible = *b;
        } else {
            const auto b = parse_bool(f[cols->infeasible]);
            if (!b) fail("expected infeasible = 0 or 1 (or true/false), got '" + f[cols->infeasible] + "'");
            feasible = !*b;
        }
        OracleResult& r = results[d];
        if (feasible) {
            const auto lat = parse_number(f[cols->latency]);
            if (!lat || !std::isfinite(*lat) || *lat <= 0)
                fail("expected a positive latency_ms for a feasible design, got '" + f[cols->latency] + "'");
            r.latency_ms[a] = *lat;
            r.app_feasible[a] = true;
        } else {
            const std::string why = cols->reason >= 0 && !f[cols->reason].empty() ? f[cols->reason] : "INFEASIBLE";
            r.app_reason[a] = why;
            if (r.reason.empty()) r.reason = names[a].empty() ? why : names[a] + ": " + why;
        }
        auto optional_number = [&](int col, const char* what) -> double {
            if (col < 0 || f[col].empty()) return std::nan("");
            const auto v = parse_number(f[col]);
            if (!v) fail(std::string("expected a number for ") + what + ", got '" + f[col] + "'");
            return *v;
        };
        const double area = optional_number(cols->area, "area_mm2");
        if (!std::isnan(area)) r.area_mm2 = area;
        const double power = optional_number(cols->power, "power_w");
        if (!std::isnan(power)) r.power_w = power;
    }
    if (!cols) throw InputError(source, "line", 0, "expected a CSV reply with a header line, got nothing");
    for (std::size_t d = 0; d < designs; ++d)
        for (std::size_t a = 0; a < names.size(); ++a)
            if (!seen[d][a])
                throw InputError(source, "line", 0, "expected a row for design " + std::to_string(d) +
                                                        (names[a].empty() ? "" : " and application '" + names[a] + "'") +
                                                        ", found none");
    for (auto& r : results) r.feasible = std::all_of(r.app_feasible.begin(), r.app_feasible.end(), [](bool b) { return b; });
    return results;
}

CommandOracle::CommandOracle(SearchSpace space, CommandOracleOptions options)
    : space_(std::move(space)), options_(std::move(options)) {
    if (trim(options_.command).empty()) throw std::invalid_argument("the oracle command is empty");
}

std::vector<OracleResult> CommandOracle::evaluate(const std::vector<Design>& designs, const std::vector<std::string>& apps,
                                                  JobControl* job) {
    if (designs.empty()) return {};
    const std::filesystem::path dir =
        options_.work_dir.empty() ? std::filesystem::temp_directory_path() : options_.work_dir;
    const std::string stem = "prime-oracle-" + std::to_string(::getpid()) + "-" + std::to_string(batch_++);
    const auto in = dir / (stem + "-in.csv"), out = dir / (stem + "-out.csv"), err = dir / (stem + "-stderr.txt");
    write_text_atomically(in, command_request_csv(space_, designs, apps));

    // {in}/{out} placeholders choose file mode; otherwise stdin/stdout carry the CSVs.
    std::string command = options_.command;
    const bool file_mode = command.find("{out}") != std::string::npos;
    auto substitute = [&](const std::string& key, const std::filesystem::path& p) {
        for (std::size_t at; (at = command.find(key)) != std::string::npos;) command.replace(at, key.size(), shell_quote(p.string()));
    };
    substitute("{in}", in);
    substitute("{out}", out);
    const auto stdout_path = file_mode ? dir / (stem + "-stdout.txt") : out;
    const ProcessOutcome outcome = run_shell_command(command, in, stdout_path, err, options_.timeout_seconds, job);

    auto stderr_tail = [&] {
        std::string text;
        try {
            text = read_text_file(err);
        } catch (const std::exception&) {
        }
        if (text.size() > 800) text = "..." + text.substr(text.size() - 800);
        return text.empty() ? std::string() : "\nits stderr ends with:\n" + text;
    };
    if (outcome.timed_out)
        throw std::runtime_error("the oracle command did not finish within " + std::to_string(options_.timeout_seconds) +
                                 " s and was killed: " + options_.command + stderr_tail());
    if (outcome.exit_code != 0)
        throw std::runtime_error("the oracle command " +
                                 (outcome.signal ? "was killed by signal " + std::to_string(outcome.signal)
                                                 : "exited with status " + std::to_string(outcome.exit_code)) +
                                 ": " + options_.command + "\n(request kept in " + in.string() + ")" + stderr_tail());
    if (!std::filesystem::exists(out))
        throw InputError(out.string(), "line", 0, "expected the command to write its reply here ({out}), found no file");
    const std::string source = file_mode ? out.string() : "stdout of the oracle command (saved in " + out.string() + ")";
    std::vector<OracleResult> results = parse_command_reply(read_text_file(out), source, designs.size(), apps);
    // Success: the files are noise. On error they stay for the user to inspect.
    if (!options_.keep_files) {
        std::error_code ec;
        for (const auto& p : {in, out, err, stdout_path}) std::filesystem::remove(p, ec);
    }
    calls_ += designs.size() * std::max<std::size_t>(1, apps.size());
    return results;
}

}  // namespace prime
