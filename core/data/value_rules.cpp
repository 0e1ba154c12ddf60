#include "data/value_rules.h"

#include <algorithm>

#include <charconv>

namespace prime {

namespace {
std::string_view what_it_is(Outcome what) {
    switch (what) {
        case Outcome::Latency: return "latency in ms";
        case Outcome::Area: return "area in mm²";
        case Outcome::Metric: return "a metric value";
    }
    return "a number";
}
}  // namespace

std::string shown_number(double value) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, r.ptr);
}

std::string describe_outcome_problem(ValueProblem problem, Outcome what, std::string_view field, std::string_view shown) {
    const std::string f(field);
    const std::string expected = std::string(what_it_is(what));
    switch (problem) {
        case ValueProblem::None: break;
        case ValueProblem::Unknown:
            return f + " is empty (or NaN) on a feasible design; expected " + expected + " (only infeasible designs may leave it unknown)";
        case ValueProblem::NotFinite: return f + " holds '" + std::string(shown) + "'; expected a finite number (" + expected + ")";
        case ValueProblem::Negative:
            if (what == Outcome::Area) return f + " holds a negative area ('" + std::string(shown) + "'); expected mm² >= 0";
            return f + " is negative ('" + std::string(shown) + "') on a feasible design; expected latency >= 0";
    }
    return f + ": no problem";
}

std::string describe_disallowed_value(std::string_view field, std::string_view shown, const SearchSpace& space,
                                      std::size_t parameter) {
    const Parameter& p = space.parameter(parameter);
    // Name what would have been accepted; long value sets are cut, the spec file has them all.
    constexpr std::size_t kShown = 12;
    std::string allowed;
    for (std::size_t i = 0; i < p.values.size() && i < kShown; ++i) allowed += (i ? ", " : "") + shown_number(p.values[i]);
    if (p.values.size() > kShown) allowed += ", ... (" + std::to_string(p.values.size()) + " values)";
    return "value '" + std::string(shown) + "' of " + std::string(field) + " is not allowed for parameter '" + p.name +
           "' of space '" + space.name() + "'; expected one of " + allowed;
}

std::string describe_too_many_values(std::string_view field) {
    return std::string(field) + " has more than 65535 distinct values; expected a design parameter with a set of values "
                                "(is it really a parameter? map it with --map NAME=metric or =ignore)";
}

std::string describe_bad_infeasible_flag(std::string_view field, std::string_view shown) {
    return std::string(field) + " holds '" + std::string(shown) + "'; expected an integer (0 = feasible)";
}

std::string identifier_like_parameter(std::string_view field, std::string_view map_name, std::size_t distinct,
                                      std::size_t rows, std::size_t apps, std::string_view unit) {
    const std::size_t designs = rows / std::max<std::size_t>(1, apps);
    if (distinct < 20 || 2 * distinct <= designs) return {};
    const std::string where = distinct == rows ? "a different value on every one of its " + std::to_string(rows) + " " +
                                                     std::string(unit)
                                               : std::to_string(distinct) + " distinct values in " + std::to_string(rows) +
                                                     " " + std::string(unit) + " (" + std::to_string(designs) +
                                                     " per application)";
    return std::string(field) + " has " + where + ": it looks like an identifier, not a design parameter; map it with --map '" +
           std::string(map_name) + "=ignore' (or --map '" + std::string(map_name) + "=parameter' if it is one)";
}

}  // namespace prime
