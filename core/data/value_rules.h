#pragma once
// The rules every design-log reader applies to one value, in one place, so a
// CSV file and a TFRecord refuse the same inputs with the same words
// (docs/formats.md, "Rules"). Each reader names the place in its own terms
// ("column 'area'", "feature 'area'") and adds the line or record.
//
// The checks are inline and return a code, because they run on every cell of
// million-row logs; the sentence is only built when a value is refused.
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

#include "space/search_space.h"

namespace prime {

// An outcome of a design, as opposed to a parameter (a knob).
enum class Outcome { Latency, Area, Metric };

enum class ValueProblem {
    None,
    Unknown,     // empty (CSV) or NaN (TFRecord) where a number is required
    NotFinite,   // +-inf: never a measurement
    Negative,    // latency on a feasible design, any area
};

// `value` is NaN when the file leaves it unknown. Infeasible designs may leave
// latency and area unknown (they never ran; unknown is kept, never 0);
// metrics may be unknown anywhere.
inline ValueProblem check_outcome(Outcome what, double value, bool feasible) {
    if (std::isnan(value)) return what == Outcome::Metric || !feasible ? ValueProblem::None : ValueProblem::Unknown;
    // Outcomes are stored as float32: 1e300 is finite as a double but would
    // become inf in the log, so it is refused like inf.
    if (std::isinf(value) || std::abs(value) > 3.4028234663852886e38) return ValueProblem::NotFinite;
    if (value < 0 && (what == Outcome::Area || (what == Outcome::Latency && feasible))) return ValueProblem::Negative;
    return ValueProblem::None;
}

// "column 'area' holds a negative area (-1); expected mm² >= 0", from the
// problem check_outcome found. `shown` is the value as written in the file.
std::string describe_outcome_problem(ValueProblem problem, Outcome what, std::string_view field, std::string_view shown);

// A parameter value must be a finite number (NaN or inf is never a knob setting).
inline bool parameter_value_is_finite(double value) { return std::isfinite(value); }

// "value '48' of column 'param_3' is not allowed for parameter 'compute_lanes'
// of space 'prime-edgetpu'; expected one of 1, 2, 4, ...".
std::string describe_disallowed_value(std::string_view field, std::string_view shown, const SearchSpace& space,
                                      std::size_t parameter);

// A parameter column without a space gathers its values as it goes; more
// than a value index can hold is not a knob.
std::string describe_too_many_values(std::string_view field);

// A column (feature) taken as a parameter only because nothing else fit
// (column_roles.h, rule 8) must look like a knob: a set of values that
// repeat. One looks like an identifier instead when, with at least 20 distinct
// values, it has more than half as many as the log has designs (rows per
// application): a counter, a per-design id repeated for every application,
// a seed. Returns the sentence to refuse it with, or "" when it looks like a
// parameter. `unit` is "rows" or "records".
std::string identifier_like_parameter(std::string_view field, std::string_view map_name, std::size_t distinct,
                                      std::size_t rows, std::size_t apps, std::string_view unit);

// PRIME's `infeasible` flag is an integer, 0 = feasible; 0.5 is not a verdict.
inline bool infeasible_flag_is_valid(double value) { return std::isfinite(value) && value == std::floor(value); }
std::string describe_bad_infeasible_flag(std::string_view field, std::string_view shown);

// A number as a reader shows it in a message: shortest form that reads back.
std::string shown_number(double value);

}  // namespace prime
