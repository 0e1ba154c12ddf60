#pragma once
// What each column of a tabular design log means. Detected from header names
// (PRIME's param_1..10, runtime, area, infeasible and common synonyms) or set
// explicitly by the user.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "space/search_space.h"

namespace prime {

enum class ColumnRole {
    Ignore,
    Parameter,    // a design parameter (raw value)
    Latency,      // ms
    Area,         // mm²
    Feasible,     // 1/true = feasible
    Infeasible,   // PRIME's convention: non-zero = infeasible
    Application,  // application / workload name
    Reason,       // infeasibility reason text
    Metric,       // any other number (energy, power, ...)
};

std::string_view role_name(ColumnRole role);
std::optional<ColumnRole> role_from_name(std::string_view name);

// Role of one header name. With a space, names and aliases of its parameters
// are parameters; without, `param_N` columns and any unrecognised column are.
ColumnRole detect_role(std::string_view header, const SearchSpace* space);

// Roles for a whole header row. `explicit_roles` (header name -> role)
// overrides detection. Throws std::invalid_argument when two columns claim the
// same single-valued role (two latency columns, say).
std::vector<ColumnRole> assign_roles(const std::vector<std::string>& header, const SearchSpace* space,
                                     const std::map<std::string, ColumnRole>& explicit_roles);

// Parses "true/false/yes/no/1/0" style flags; nullopt when it is none of these.
std::optional<bool> parse_flag(std::string_view text);

}  // namespace prime
