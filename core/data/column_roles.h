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

// Role of one header name and the reason, for `info` and error messages.
// The rules, in order (docs/formats.md, "Column roles"):
//  1. a name or alias of the space's parameters (`params_` prefix removed) -> parameter
//  2. a known name (runtime, latency_ms, area, feasible, app, reason, energy, ...)
//  3. PRIME's param_N, or a `params_<name>` column (Optuna) -> parameter
//  4. an identifier (empty, "Unnamed: 0", number, id, index, trial) -> ignored
//  5. a timestamp or duration (datetime_*, *_time, duration, ...) -> ignored
//  6. an outcome-like name (cycles, energy, throughput, power, LUT/FF/DSP/BRAM,
//     values_N, objective, ...) -> metric
//  7. a status column (state, status: COMPLETE / FAIL / PRUNED) -> feasible
//  8. anything else: a parameter when there is no space (the reader then
//     checks that its values repeat, or stops naming the column), else ignored.
struct DetectedRole {
    ColumnRole role;
    std::string reason;
    bool assumed = false;  // rule 8: a parameter only because nothing else fits
};
DetectedRole explain_role(std::string_view header, const SearchSpace* space);
ColumnRole detect_role(std::string_view header, const SearchSpace* space);

// The parameter a column names: the header without an Optuna-style
// `params_` prefix.
std::string parameter_name(std::string_view header);

// Roles for a whole header row. `explicit_roles` (header name -> role)
// overrides detection. Throws std::invalid_argument when two columns claim the
// same single-valued role (two latency columns, say).
std::vector<ColumnRole> assign_roles(const std::vector<std::string>& header, const SearchSpace* space,
                                     const std::map<std::string, ColumnRole>& explicit_roles);

// Parses "true/false/yes/no/1/0" style flags, and trial states (COMPLETE,
// OK, SUCCESS = true; FAIL, FAILED, PRUNED, ERROR, INFEASIBLE = false);
// nullopt when it is none of these.
std::optional<bool> parse_flag(std::string_view text);

// A feasibility cell that is a trial still under way (Optuna's RUNNING or
// WAITING, with or without the "TrialState." prefix): it has no result yet,
// so the row is skipped (and counted in the column's note), neither feasible
// nor infeasible.
bool is_unfinished_trial(std::string_view text);

}  // namespace prime
