#include "data/csv_log_writer.h"

#include <charconv>
#include <cmath>

#include "util/atomic_file.h"

namespace prime {

namespace {
void put_number(std::string& out, double v) {
    if (std::isnan(v)) return;  // empty cell
    char buf[32];
    // Shortest representation that round-trips (float32 columns round-trip exactly).
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end);
}
void put_float(std::string& out, float v) {
    if (std::isnan(v)) return;
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end);
}
// RFC 4180: quote fields holding the delimiter, quotes or line breaks.
void put_text(std::string& out, const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        out += s;
        return;
    }
    out.push_back('"');
    for (char c : s) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}
std::string column_name(const Parameter& p) {
    for (const auto& a : p.aliases)
        if (a.rfind("param_", 0) == 0) return a;
    return p.name;
}
}  // namespace

void write_csv_log(const DesignLog& log, const std::filesystem::path& path) {
    const SearchSpace& space = log.space();
    std::string out;
    for (const auto& p : space.parameters()) {
        put_text(out, column_name(p));
        out.push_back(',');
    }
    out += "runtime,area,infeasible,app";
    if (log.has_reasons()) out += ",reason";
    for (const auto& m : log.metrics()) {
        out.push_back(',');
        put_text(out, m.name);
    }
    out.push_back('\n');

    // Format each parameter value once; rows then only copy strings.
    std::vector<std::vector<std::string>> value_text(space.dimension());
    for (std::size_t p = 0; p < space.dimension(); ++p)
        for (double v : space.parameter(p).values) {
            std::string s;
            put_number(s, v);
            value_text[p].push_back(std::move(s));
        }
    std::vector<std::string> app_text, reason_text{""};
    for (const auto& a : log.app_names()) {
        std::string s;
        put_text(s, a);
        app_text.push_back(std::move(s));
    }
    for (const auto& r : log.reason_names()) {
        std::string s;
        put_text(s, r);
        reason_text.push_back(std::move(s));
    }

    write_file_atomically(path, [&](std::FILE* f) {
        for (std::size_t r = 0; r < log.rows(); ++r) {
            for (std::size_t p = 0; p < space.dimension(); ++p) {
                out += value_text[p][log.parameter(p)[r]];
                out.push_back(',');
            }
            put_float(out, log.latency_ms()[r]);
            out.push_back(',');
            put_float(out, log.area_mm2()[r]);
            out += log.feasible()[r] ? ",0," : ",1,";
            out += app_text[log.app()[r]];
            if (log.has_reasons()) {
                out.push_back(',');
                out += reason_text[log.reason()[r]];
            }
            for (const auto& m : log.metrics()) {
                out.push_back(',');
                put_float(out, m.values[r]);
            }
            out.push_back('\n');
            if (out.size() > (1 << 20)) {
                checked_fwrite(out.data(), 1, out.size(), f, path);
                out.clear();
            }
        }
        checked_fwrite(out.data(), 1, out.size(), f, path);
    });
}

}  // namespace prime
