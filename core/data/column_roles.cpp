#include "data/column_roles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

namespace prime {

namespace {
std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

struct NamedRole {
    std::string_view name;
    ColumnRole role;
};
constexpr std::array kRoleNames = {
    NamedRole{"ignore", ColumnRole::Ignore},         NamedRole{"parameter", ColumnRole::Parameter},
    NamedRole{"latency", ColumnRole::Latency},       NamedRole{"area", ColumnRole::Area},
    NamedRole{"feasible", ColumnRole::Feasible},     NamedRole{"infeasible", ColumnRole::Infeasible},
    NamedRole{"application", ColumnRole::Application}, NamedRole{"reason", ColumnRole::Reason},
    NamedRole{"metric", ColumnRole::Metric},
};

// Header synonyms, compared in lower case.
constexpr std::array kSynonyms = {
    NamedRole{"runtime", ColumnRole::Latency},      NamedRole{"latency", ColumnRole::Latency},
    NamedRole{"latency_ms", ColumnRole::Latency},   NamedRole{"runtime_ms", ColumnRole::Latency},
    NamedRole{"area", ColumnRole::Area},            NamedRole{"area_mm2", ColumnRole::Area},
    NamedRole{"feasible", ColumnRole::Feasible},    NamedRole{"is_feasible", ColumnRole::Feasible},
    NamedRole{"infeasible", ColumnRole::Infeasible}, NamedRole{"app", ColumnRole::Application},
    NamedRole{"application", ColumnRole::Application}, NamedRole{"workload", ColumnRole::Application},
    NamedRole{"reason", ColumnRole::Reason},        NamedRole{"infeasible_reason", ColumnRole::Reason},
    NamedRole{"energy", ColumnRole::Metric},        NamedRole{"energy_mj", ColumnRole::Metric},
    NamedRole{"power", ColumnRole::Metric},         NamedRole{"power_w", ColumnRole::Metric},
    // Columns of PRIME Studio's own exports (designs.csv), so they open as logs.
    NamedRole{"rank", ColumnRole::Ignore},          NamedRole{"predicted_latency_ms", ColumnRole::Metric},
    NamedRole{"predicted_area_mm2", ColumnRole::Metric}, NamedRole{"score", ColumnRole::Metric},
};

bool is_prime_param_name(std::string_view h) {
    if (h.size() < 7 || h.substr(0, 6) != "param_") return false;
    return std::all_of(h.begin() + 6, h.end(), [](unsigned char c) { return std::isdigit(c); });
}
}  // namespace

std::string_view role_name(ColumnRole role) {
    for (const auto& r : kRoleNames)
        if (r.role == role) return r.name;
    return "unknown";
}

std::optional<ColumnRole> role_from_name(std::string_view name) {
    const std::string l = lower(name);
    for (const auto& r : kRoleNames)
        if (r.name == l) return r.role;
    return std::nullopt;
}

ColumnRole detect_role(std::string_view header, const SearchSpace* space) {
    const std::string h = lower(header);
    if (space && space->find(h)) return ColumnRole::Parameter;
    for (const auto& s : kSynonyms)
        if (s.name == h) return s.role;
    if (is_prime_param_name(h)) return ColumnRole::Parameter;
    // Without a spec, an unknown column is most likely a parameter; with a
    // spec, every parameter is named there, so an unknown column is ignored.
    return space ? ColumnRole::Ignore : ColumnRole::Parameter;
}

std::vector<ColumnRole> assign_roles(const std::vector<std::string>& header, const SearchSpace* space,
                                     const std::map<std::string, ColumnRole>& explicit_roles) {
    std::vector<ColumnRole> roles;
    roles.reserve(header.size());
    for (const auto& h : header) {
        auto it = explicit_roles.find(h);
        roles.push_back(it != explicit_roles.end() ? it->second : detect_role(h, space));
    }
    for (ColumnRole single : {ColumnRole::Latency, ColumnRole::Area, ColumnRole::Feasible, ColumnRole::Infeasible,
                              ColumnRole::Application, ColumnRole::Reason}) {
        std::vector<std::string> claimants;
        for (std::size_t i = 0; i < roles.size(); ++i)
            if (roles[i] == single) claimants.push_back(header[i]);
        if (claimants.size() > 1)
            throw std::invalid_argument("columns '" + claimants[0] + "' and '" + claimants[1] + "' both look like the " +
                                        std::string(role_name(single)) + " column; map one of them explicitly");
    }
    const bool has_feasible = std::count(roles.begin(), roles.end(), ColumnRole::Feasible) > 0;
    const bool has_infeasible = std::count(roles.begin(), roles.end(), ColumnRole::Infeasible) > 0;
    if (has_feasible && has_infeasible)
        throw std::invalid_argument("both a 'feasible' and an 'infeasible' column are present; map one as ignore");
    return roles;
}

std::optional<bool> parse_flag(std::string_view text) {
    const std::string t = lower(text);
    if (t == "1" || t == "true" || t == "yes" || t == "y" || t == "t") return true;
    if (t == "0" || t == "false" || t == "no" || t == "n" || t == "f") return false;
    return std::nullopt;
}

}  // namespace prime
