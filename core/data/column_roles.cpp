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

std::string parameter_name(std::string_view header) {
    const std::string h(header);
    if (h.size() > 7 && lower(h.substr(0, 7)) == "params_") return h.substr(7);
    return h;
}

namespace {

// Lower-case alphanumeric tokens of a header: "Total_Cycles (k)" -> total, cycles, k.
std::vector<std::string> tokens(const std::string& lowered) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : lowered) {
        if (std::isalnum(static_cast<unsigned char>(c))) cur += c;
        else if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

bool any_token(const std::vector<std::string>& t, std::initializer_list<std::string_view> words) {
    for (const auto& w : t)
        for (auto x : words)
            if (w == x) return true;
    return false;
}

}  // namespace

DetectedRole explain_role(std::string_view header, const SearchSpace* space) {
    const std::string h = lower(header);
    const std::string param = lower(parameter_name(header));
    if (space && (space->find(h) || space->find(param))) return {ColumnRole::Parameter, "a parameter of the space"};
    for (const auto& s : kSynonyms)
        if (s.name == h) return {s.role, "known name"};
    if (is_prime_param_name(h)) return {ColumnRole::Parameter, "PRIME's param_N"};
    if (param != h) return {space ? ColumnRole::Ignore : ColumnRole::Parameter, "params_ prefix (Optuna)"};
    const auto t = tokens(h);
    if (h.empty() || h.rfind("unnamed:", 0) == 0 || h == "#" || h == "number" || h == "id" || h == "index" ||
        h == "idx" || h == "trial" || h == "trial_id" || h == "run" || h == "run_id" || h == "row" ||
        any_token(t, {"id", "uuid", "guid", "hash", "seed", "version"}))
        return {ColumnRole::Ignore, "an identifier (row, design or trial id, seed, version)"};
    if (h.rfind("user_attrs_", 0) == 0 || h.rfind("system_attrs_", 0) == 0)
        return {ColumnRole::Ignore, "an Optuna trial attribute"};
    if (any_token(t, {"datetime", "timestamp", "date", "time", "duration", "elapsed", "started", "finished", "complete",
                      "start"}))
        return {ColumnRole::Ignore, "a timestamp or duration"};
    if (any_token(t, {"cycle", "cycles", "energy", "throughput", "power", "fps", "lut", "luts", "ff", "ffs", "dsp", "dsps",
                      "bram", "brams", "watt", "watts", "joule", "joules", "objective", "objectives", "accuracy", "loss",
                      "utilization", "utilisation", "value", "values", "pj", "nj", "mw", "edp", "ops", "gops", "tops",
                      // latency or area in another unit or spelling (latency_us, area_um2): an outcome,
                      // never a knob; the latency and area roles take ms and mm² by their known names
                      "latency", "runtime", "delay", "area"}))
        return {ColumnRole::Metric, "an outcome-like name (a result, not a knob)"};
    if (h == "state" || h == "status") return {ColumnRole::Feasible, "a trial status (COMPLETE = feasible)"};
    if (space) return {ColumnRole::Ignore, "not a parameter of the space"};
    return {ColumnRole::Parameter, "not a known name: taken as a parameter (its values must repeat)", true};
}

ColumnRole detect_role(std::string_view header, const SearchSpace* space) { return explain_role(header, space).role; }

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

namespace {
// Optuna writes states as "COMPLETE" or, from some versions, "TrialState.COMPLETE".
std::string status_word(std::string_view text) {
    std::string t = lower(text);
    if (t.rfind("trialstate.", 0) == 0) t.erase(0, 11);
    return t;
}
}  // namespace

bool is_unfinished_trial(std::string_view text) {
    const std::string t = status_word(text);
    return t == "running" || t == "waiting";
}

std::optional<bool> parse_flag(std::string_view text) {
    const std::string t = status_word(text);
    if (t == "1" || t == "true" || t == "yes" || t == "y" || t == "t" || t == "complete" || t == "completed" ||
        t == "ok" || t == "success" || t == "feasible")
        return true;
    if (t == "0" || t == "false" || t == "no" || t == "n" || t == "f" || t == "fail" || t == "failed" || t == "pruned" ||
        t == "error" || t == "infeasible")
        return false;
    return std::nullopt;
}

}  // namespace prime
