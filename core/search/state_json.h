#pragma once
// JSON pieces shared by the optimizers' option and state (de)serialisation.
// JSON has no infinities, so infeasible scores are written as null; designs
// are arrays of value indices checked against the space on the way in.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/optimizer.h"

namespace prime::search_json {

nlohmann::json design_to_json(const Design& design);
// std::invalid_argument naming `what` unless `j` is a design of `space`.
Design design_from_json(const nlohmann::json& j, const SearchSpace& space, std::string_view what);

nlohmann::json designs_to_json(const std::vector<Design>& designs);
std::vector<Design> designs_from_json(const nlohmann::json& j, const SearchSpace& space, std::string_view what);

// Finite -> number, anything else -> null (read back as kInfeasibleScore).
nlohmann::json score_to_json(double score);
double score_from_json(const nlohmann::json& j, std::string_view what);

nlohmann::json scored_to_json(const std::vector<ScoredDesign>& scored);
std::vector<ScoredDesign> scored_from_json(const nlohmann::json& j, const SearchSpace& space, std::string_view what);

// Option objects reject unknown keys, so a typo ("gama") in a settings file
// fails loudly instead of silently running with the default.
void require_object_with_keys(const nlohmann::json& j, std::initializer_list<std::string_view> allowed,
                              std::string_view what);

// Field readers with a default for a missing key and a clear message for a
// wrong type.
double number_or(const nlohmann::json& j, const char* key, double fallback, std::string_view what);
std::size_t count_or(const nlohmann::json& j, const char* key, std::size_t fallback, std::string_view what);

}  // namespace prime::search_json
