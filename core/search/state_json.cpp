#include "search/state_json.h"

#include <stdexcept>

namespace prime::search_json {

using nlohmann::json;

namespace {
std::invalid_argument bad(std::string_view what, const std::string& detail) {
    return std::invalid_argument(std::string(what) + ": " + detail);
}
}  // namespace

json design_to_json(const Design& design) { return json(design.index); }

Design design_from_json(const json& j, const SearchSpace& space, std::string_view what) {
    if (!j.is_array() || j.size() != space.dimension())
        throw bad(what, "expected an array of " + std::to_string(space.dimension()) + " value indices, got " +
                            j.dump());
    Design d;
    d.index.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
        if (!j[i].is_number_integer() || j[i].get<std::int64_t>() < 0 ||
            j[i].get<std::uint64_t>() >= space.parameter(i).size())
            throw bad(what, "value index " + j[i].dump() + " is not valid for parameter '" +
                                space.parameter(i).name + "'");
        d.index.push_back(static_cast<ValueIndex>(j[i].get<std::uint64_t>()));
    }
    return d;
}

json designs_to_json(const std::vector<Design>& designs) {
    json out = json::array();
    for (const auto& d : designs) out.push_back(design_to_json(d));
    return out;
}

std::vector<Design> designs_from_json(const json& j, const SearchSpace& space, std::string_view what) {
    if (!j.is_array()) throw bad(what, "expected an array of designs");
    std::vector<Design> out;
    out.reserve(j.size());
    for (const auto& item : j) out.push_back(design_from_json(item, space, what));
    return out;
}

json score_to_json(double score) { return is_feasible_score(score) ? json(score) : json(nullptr); }

double score_from_json(const json& j, std::string_view what) {
    if (j.is_null()) return kInfeasibleScore;
    if (!j.is_number()) throw bad(what, "expected a score (number or null), got " + j.dump());
    return j.get<double>();
}

json scored_to_json(const std::vector<ScoredDesign>& scored) {
    json out = json::array();
    for (const auto& s : scored) out.push_back({{"design", design_to_json(s.design)}, {"score", score_to_json(s.score)}});
    return out;
}

std::vector<ScoredDesign> scored_from_json(const json& j, const SearchSpace& space, std::string_view what) {
    if (!j.is_array()) throw bad(what, "expected an array of scored designs");
    std::vector<ScoredDesign> out;
    out.reserve(j.size());
    for (const auto& item : j) {
        if (!item.is_object() || !item.contains("design") || !item.contains("score"))
            throw bad(what, "expected {\"design\": [...], \"score\": ...}, got " + item.dump());
        out.push_back({design_from_json(item["design"], space, what), score_from_json(item["score"], what)});
    }
    return out;
}

void require_object_with_keys(const json& j, std::initializer_list<std::string_view> allowed,
                              std::string_view what) {
    if (!j.is_object()) throw bad(what, "expected a JSON object, got " + j.dump());
    for (const auto& [key, value] : j.items()) {
        bool known = false;
        for (auto a : allowed) known |= (a == key);
        if (!known) {
            std::string names;
            for (auto a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
            throw bad(what, "unknown option \"" + key + "\" (known: " + names + ")");
        }
    }
}

double number_or(const json& j, const char* key, double fallback, std::string_view what) {
    if (!j.contains(key)) return fallback;
    if (!j[key].is_number()) throw bad(what, std::string("\"") + key + "\" must be a number, got " + j[key].dump());
    return j[key].get<double>();
}

std::size_t count_or(const json& j, const char* key, std::size_t fallback, std::string_view what) {
    if (!j.contains(key)) return fallback;
    // Programmatic JSON holds signed integers, parsed text unsigned ones.
    if (!j[key].is_number_integer() || j[key].get<std::int64_t>() < 0)
        throw bad(what, std::string("\"") + key + "\" must be a non-negative integer, got " + j[key].dump());
    return j[key].get<std::size_t>();
}

}  // namespace prime::search_json
