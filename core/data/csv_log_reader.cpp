#include "data/csv_log_reader.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "data/csv_reader.h"
#include "data/number_parse.h"
#include "data/value_indexer.h"
#include "util/errors.h"

namespace prime {

namespace {

std::string quoted(std::string_view s) {
    constexpr std::size_t kMax = 40;
    std::string out = "'" + std::string(s.substr(0, kMax)) + (s.size() > kMax ? "...'" : "'");
    return out;
}

std::string guess_unit(const std::string& name) {
    auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with("_mj")) return "mJ";
    if (ends_with("_w")) return "W";
    if (ends_with("_ms")) return "ms";
    return "";
}

// The column layout of one file, resolved from its header.
struct Layout {
    std::vector<ColumnRole> roles;
    std::vector<int> param_of_column;  // column -> parameter position, -1 if not a parameter
    std::vector<int> metric_of_column;  // column -> metric position, -1
    std::vector<std::string> param_names;  // in parameter order
    int latency = -1, area = -1, feasible = -1, infeasible = -1, app = -1, reason = -1;
};

Layout resolve_layout(const std::vector<std::string>& header, const ReadOptions& options, const std::string& file) {
    Layout L;
    const SearchSpace* space = options.space ? &*options.space : nullptr;
    try {
        L.roles = assign_roles(header, space, options.roles);
    } catch (const std::invalid_argument& e) {
        throw InputError(file, "line", 1, e.what());
    }
    for (const auto& [name, role] : options.roles)
        if (std::find(header.begin(), header.end(), name) == header.end())
            throw InputError(file, "line", 1, "the column mapping names '" + name + "', which the header does not have");

    const std::size_t nparams = space ? space->dimension() : 0;
    L.param_of_column.assign(header.size(), -1);
    L.metric_of_column.assign(header.size(), -1);
    std::vector<int> column_of_param(nparams, -1);
    int metrics = 0;
    for (std::size_t c = 0; c < header.size(); ++c) {
        switch (L.roles[c]) {
            case ColumnRole::Parameter:
                if (space) {
                    auto p = space->find(header[c]);
                    if (!p)
                        throw InputError(file, "line", 1, "column '" + header[c] + "' is mapped as a parameter but the space '" +
                                                              space->name() + "' has no parameter of that name");
                    if (column_of_param[*p] >= 0)
                        throw InputError(file, "line", 1, "columns '" + header[column_of_param[*p]] + "' and '" + header[c] +
                                                              "' both name parameter '" + space->parameter(*p).name + "'");
                    column_of_param[*p] = static_cast<int>(c);
                    L.param_of_column[c] = static_cast<int>(*p);
                } else {
                    L.param_of_column[c] = static_cast<int>(L.param_names.size());
                    L.param_names.push_back(header[c]);
                }
                break;
            case ColumnRole::Latency: L.latency = static_cast<int>(c); break;
            case ColumnRole::Area: L.area = static_cast<int>(c); break;
            case ColumnRole::Feasible: L.feasible = static_cast<int>(c); break;
            case ColumnRole::Infeasible: L.infeasible = static_cast<int>(c); break;
            case ColumnRole::Application: L.app = static_cast<int>(c); break;
            case ColumnRole::Reason: L.reason = static_cast<int>(c); break;
            case ColumnRole::Metric: L.metric_of_column[c] = metrics++; break;
            case ColumnRole::Ignore: break;
        }
    }
    if (space) {
        for (std::size_t p = 0; p < nparams; ++p)
            if (column_of_param[p] < 0)
                throw InputError(file, "line", 1, "missing required column for parameter '" + space->parameter(p).name + "'");
        for (std::size_t p = 0; p < nparams; ++p) L.param_names.push_back(space->parameter(p).name);
    } else if (L.param_names.empty()) {
        throw InputError(file, "line", 1, "no parameter columns found; expected param_1..param_N or a column mapping");
    }
    if (L.latency < 0) throw InputError(file, "line", 1, "missing required column 'runtime' (or 'latency', 'latency_ms')");
    if (L.area < 0) throw InputError(file, "line", 1, "missing required column 'area' (or 'area_mm2')");
    if (L.feasible < 0 && L.infeasible < 0)
        throw InputError(file, "line", 1, "missing required column 'infeasible' (PRIME) or 'feasible'");
    return L;
}

}  // namespace

DesignLog read_csv_log(const std::filesystem::path& path, const ReadOptions& options) {
    const std::string file = path.string();
    CsvReader reader(path, options.delimiter);
    std::vector<std::string_view> fields;
    if (!reader.next_row(fields))
        throw InputError(file, "line", 0, "the file is empty; expected a header row such as param_1,...,runtime,area,infeasible");

    std::vector<std::string> header;
    for (auto f : fields) {
        const auto h = std::string(trim_blanks(f));
        if (!is_valid_utf8(h))
            throw InputError(file, "line", 1, "the header is not valid UTF-8; expected UTF-8 or ASCII text");
        header.push_back(h);
    }
    const Layout L = resolve_layout(header, options, file);
    const std::size_t ncols = header.size();
    const std::size_t nparams = L.param_names.size();

    std::vector<ValueIndexer> indexers;
    for (std::size_t p = 0; p < nparams; ++p)
        indexers.emplace_back(options.space ? &options.space->parameter(p) : nullptr);

    DesignLog log = options.space ? DesignLog(*options.space) : DesignLog(nparams);
    for (std::size_t c = 0; c < ncols; ++c)
        if (L.metric_of_column[c] >= 0) log.add_metric(header[c], guess_unit(header[c]));
    const AppId default_app = L.app < 0 ? log.app_id(options.app_name.empty() ? path.stem().string() : options.app_name) : 0;

    std::vector<ValueIndex> design(nparams);
    std::vector<float> metrics(log.metrics().size());
    std::string last_app_name;
    AppId last_app = 0;
    bool reserved = false;
    std::uint64_t rows = 0;

    auto fail = [&](const std::string& what) -> InputError { return InputError(file, "line", reader.line(), what); };
    auto number = [&](std::size_t c, bool allow_empty) -> double {
        double v;
        switch (parse_number(fields[c], v)) {
            case NumberStatus::Ok: return v;
            case NumberStatus::Empty:
                if (allow_empty) return std::numeric_limits<double>::quiet_NaN();
                throw fail("column '" + header[c] + "' is empty; expected a number");
            case NumberStatus::NotFinite:
                throw fail("column '" + header[c] + "' holds " + quoted(fields[c]) + "; expected a finite number");
            case NumberStatus::NotANumber: break;
        }
        throw fail("column '" + header[c] + "' holds " + quoted(fields[c]) + "; expected a number");
    };

    while (reader.next_row(fields)) {
        if (fields.size() != ncols)
            throw fail("expected " + std::to_string(ncols) + " fields (as in the header), found " + std::to_string(fields.size()));
        bool feasible;
        if (L.feasible >= 0) {
            auto f = parse_flag(trim_blanks(fields[L.feasible]));
            if (!f) throw fail("column '" + header[L.feasible] + "' holds " + quoted(fields[L.feasible]) + "; expected 1/0 or true/false");
            feasible = *f;
        } else {
            const double v = number(L.infeasible, false);
            if (v != std::floor(v)) throw fail("column '" + header[L.infeasible] + "' holds " + quoted(fields[L.infeasible]) + "; expected an integer (0 = feasible)");
            feasible = v == 0;
        }
        for (std::size_t c = 0; c < ncols; ++c) {
            const int p = L.param_of_column[c];
            if (p < 0) continue;
            const double v = number(c, false);
            auto idx = indexers[p].index(v);
            if (!idx) {
                if (indexers[p].learning()) throw fail("column '" + header[c] + "' has more than 65535 distinct values; is it really a parameter?");
                throw fail("value " + quoted(fields[c]) + " of column '" + header[c] + "' is not allowed for parameter '" +
                           options.space->parameter(p).name + "' of space '" + options.space->name() + "'");
            }
            design[p] = *idx;
        }
        // Infeasible rows may leave latency and area empty (stored as NaN);
        // feasible rows must have both.
        const double latency = number(L.latency, !feasible);
        const double area = number(L.area, !feasible);
        if (feasible && latency < 0) throw fail("column '" + header[L.latency] + "' is negative on a feasible row; expected latency >= 0");
        AppId app = default_app;
        if (L.app >= 0) {
            const auto name = trim_blanks(fields[L.app]);
            if (name.empty()) throw fail("column '" + header[L.app] + "' is empty; expected an application name");
            if (name != last_app_name || rows == 0) {
                if (!is_valid_utf8(name)) throw fail("column '" + header[L.app] + "' is not valid UTF-8");
                last_app_name.assign(name);
                last_app = log.app_id(last_app_name);
            }
            app = last_app;
        }
        std::uint8_t reason = 0;
        if (L.reason >= 0) {
            const auto text = trim_blanks(fields[L.reason]);
            if (!text.empty()) {
                if (!is_valid_utf8(text)) throw fail("column '" + header[L.reason] + "' is not valid UTF-8");
                reason = log.reason_id(std::string(text));
            }
        }
        for (std::size_t c = 0; c < ncols; ++c)
            if (L.metric_of_column[c] >= 0) metrics[L.metric_of_column[c]] = static_cast<float>(number(c, true));
        log.append(design, static_cast<float>(latency), static_cast<float>(area), feasible, app, reason, metrics);
        ++rows;

        if ((rows & 0x3fff) == 0) {
            if (!reserved && reader.bytes_consumed() > 0) {
                // Reserve once from the observed bytes per row, so the columns
                // do not double (and briefly hold twice their size) while growing.
                const double per_row = static_cast<double>(reader.bytes_consumed()) / static_cast<double>(rows);
                log.reserve(static_cast<std::size_t>(static_cast<double>(reader.file_size()) / per_row * 1.02) + 16);
                reserved = true;
            }
            if (options.progress && !options.progress(reader.bytes_consumed(), reader.file_size())) throw Cancelled();
        }
    }
    if (rows == 0) throw InputError(file, "line", 0, "the file has a header but no data rows");
    if (!options.space) settle_space(log, L.param_names, indexers, builtin_space_or_null(), path.stem().string());
    if (options.progress) options.progress(reader.file_size(), reader.file_size());
    log.check_consistent();
    return log;
}

}  // namespace prime
