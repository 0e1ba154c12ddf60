#include "data/csv_layout.h"

#include <algorithm>
#include <cctype>

#include "util/errors.h"

namespace prime {

namespace {
// Lower case, spaces at both ends removed: SCALE-Sim headers come as "Layer name, IFMAP Height, ...".
std::string lower_trimmed(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r')) t.remove_suffix(1);
    std::string out(t);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}
}  // namespace


std::string guess_metric_unit(const std::string& name) {
    auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with("_mj")) return "mJ";
    if (ends_with("_w")) return "W";
    if (ends_with("_ms")) return "ms";
    return "";
}

CsvLayout resolve_csv_layout(std::vector<std::string> header_row, const ReadOptions& options, const std::string& file) {
    CsvLayout L;
    L.header = std::move(header_row);
    const auto& header = L.header;
    const SearchSpace* space = options.space ? &*options.space : nullptr;
    try {
        L.roles = assign_roles(L.header, space, options.roles);
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
                    if (!p) p = space->find(parameter_name(header[c]));
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
                    L.param_names.push_back(parameter_name(header[c]));
                    L.assumed_param.push_back(!options.roles.count(header[c]) && explain_role(header[c], space).assumed);
                }
                break;
            case ColumnRole::Latency: L.latency = static_cast<int>(c); break;
            case ColumnRole::Area: L.area = static_cast<int>(c); break;
            case ColumnRole::Feasible: L.feasible = static_cast<int>(c); break;
            case ColumnRole::Infeasible: L.infeasible = static_cast<int>(c); break;
            case ColumnRole::Application: L.app = static_cast<int>(c); break;
            case ColumnRole::Reason: L.reason = static_cast<int>(c); break;
            case ColumnRole::Metric:
                L.metric_of_column[c] = metrics++;
                L.metric_names.push_back(header[c]);
                break;
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
    // Outcome columns were taken as metrics; one of them may be what the user
    // means by latency or area (an Optuna export's values_0, say): say how to map it.
    auto hint = [&](const char* role) {
        if (L.metric_names.empty()) return std::string();
        std::string names;
        for (const auto& m : L.metric_names) names += (names.empty() ? "" : ", ") + m;
        return "; the columns taken as metrics are " + names + ": map one with --map COLUMN=" + role;
    };
    // A workload file given where a log goes: say what it is and where it belongs.
    auto topology = [&] {
        std::vector<std::string> h;
        for (const auto& c : header) h.push_back(lower_trimmed(c));
        auto has = [&](std::string_view n) { return std::find(h.begin(), h.end(), n) != h.end(); };
        const bool conv = has("layer name") && (has("ifmap height") || has("filter height"));
        const bool gemm = h.size() >= 4 && h[0] == "layer" && h[1] == "m" && h[2] == "n" && h[3] == "k";
        const bool table = has("name") && has("type") && has("h") && has("w") && has("c") && has("k");
        return conv || gemm || table
                   ? std::string("; this looks like a workload (a SCALE-Sim topology or a PRIME workload table), not a "
                                 "design log: use it with prime-cli simulate --workload FILE")
                   : std::string();
    };
    if (L.latency < 0)
        throw InputError(file, "line", 1,
                         "missing required column 'runtime' (or 'latency', 'latency_ms')" + hint("latency") + topology());
    if (L.area < 0) throw InputError(file, "line", 1, "missing required column 'area' (or 'area_mm2')" + hint("area"));
    if (L.feasible < 0 && L.infeasible < 0 && !options.all_feasible)
        throw InputError(file, "line", 1,
                         "missing required column 'infeasible' (PRIME), 'feasible' or 'state'; if every row is a feasible "
                         "design, say so (--all-feasible)");
    if (space) L.assumed_param.assign(nparams, false);
    for (std::size_t c = 0; c < header.size(); ++c) {
        const auto mapped = options.roles.find(header[c]);
        L.notes.push_back({header[c], std::string(role_name(L.roles[c])),
                           mapped != options.roles.end() ? std::string("mapped by the user") : explain_role(header[c], space).reason});
    }
    return L;
}


}  // namespace prime
