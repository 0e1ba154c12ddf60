#include "session/settings.h"

#include <stdexcept>

#include "data/column_roles.h"
#include "session/app_contexts.h"
#include "space/space_json.h"

namespace prime {

using nlohmann::json;

namespace {

// Wraps nlohmann's type errors so a bad study file names the section.
template <class F>
auto reading(const char* what, F&& f) {
    try {
        return f();
    } catch (const json::exception& e) {
        throw std::invalid_argument(std::string(what) + ": " + e.what());
    }
}

}  // namespace

ReadOptions LogSource::read_options() const {
    ReadOptions o;
    if (!space_file.empty()) o.space = load_space(space_file);
    o.app_name = app_name;
    o.verify_crc = verify_crc;
    o.all_feasible = all_feasible;
    o.canonical_app = canonical_app_name;
    o.delimiter = delimiter;
    for (const auto& [column, role] : roles) {
        const auto r = role_from_name(role);
        if (!r) throw std::invalid_argument("column mapping: unknown role '" + role + "' for column '" + column + "'");
        o.roles[column] = *r;
    }
    return o;
}

json to_json(const LogSource& s) {
    return {{"files", s.files},       {"space_file", s.space_file},
            {"app_name", s.app_name}, {"roles", s.roles},
            {"delimiter", s.delimiter ? std::string(1, s.delimiter) : std::string()},
            {"verify_crc", s.verify_crc},
            {"all_feasible", s.all_feasible}};
}

LogSource log_source_from_json(const json& j) {
    return reading("log", [&] {
        LogSource s;
        s.files = j.value("files", s.files);
        s.space_file = j.value("space_file", s.space_file);
        s.app_name = j.value("app_name", s.app_name);
        s.roles = j.value("roles", s.roles);
        const std::string d = j.value("delimiter", std::string());
        if (d.size() > 1) throw std::invalid_argument("log: the delimiter must be one character");
        s.delimiter = d.empty() ? 0 : d[0];
        s.verify_crc = j.value("verify_crc", s.verify_crc);
        s.all_feasible = j.value("all_feasible", s.all_feasible);
        return s;
    });
}

json to_json(const TrainSettings& s) {
    return {{"model", to_json(s.model)},
            {"auto_model", s.auto_model},
            {"train", to_json(s.train)},
            {"fit",
             {{"steps", s.fit.steps},
              {"time_limit_seconds", s.fit.time_limit_seconds},
              {"eval_every", s.fit.eval_every},
              {"eval_every_seconds", s.fit.eval_every_seconds}}}};
}

TrainSettings train_settings_from_json(const json& j) {
    return reading("train", [&] {
        TrainSettings s;
        if (j.contains("model")) s.model = model_options_from_json(j["model"]);
        s.auto_model = j.value("auto_model", false);
        if (j.contains("train")) s.train = train_options_from_json(j["train"]);
        if (j.contains("fit")) {
            const json& f = j["fit"];
            s.fit.steps = f.value("steps", s.fit.steps);
            s.fit.time_limit_seconds = f.value("time_limit_seconds", s.fit.time_limit_seconds);
            s.fit.eval_every = f.value("eval_every", s.fit.eval_every);
            s.fit.eval_every_seconds = f.value("eval_every_seconds", s.fit.eval_every_seconds);
        }
        return s;
    });
}

json to_json(const OracleSettings& s) {
    return {{"kind", s.kind}, {"command", s.command}, {"timeout_seconds", s.timeout_seconds}, {"jobs", s.jobs}};
}

OracleSettings oracle_settings_from_json(const json& j) {
    return reading("oracle", [&] {
        OracleSettings s;
        s.kind = j.value("kind", s.kind);
        s.command = j.value("command", s.command);
        s.timeout_seconds = j.value("timeout_seconds", s.timeout_seconds);
        s.jobs = j.value("jobs", s.jobs);
        if (s.kind != "auto" && s.kind != "builtin" && s.kind != "none" && s.kind != "command")
            throw std::invalid_argument("oracle: kind must be auto, builtin, none or command, got '" + s.kind + "'");
        return s;
    });
}

json to_json(const SearchSettings& s) {
    return {{"study", to_json(s.study)}, {"oracle", to_json(s.oracle)}, {"reference_from_log", s.reference_from_log}};
}

SearchSettings search_settings_from_json(const json& j) {
    return reading("search", [&] {
        SearchSettings s;
        if (j.contains("study")) s.study = study_options_from_json(j["study"]);
        if (j.contains("oracle")) s.oracle = oracle_settings_from_json(j["oracle"]);
        s.reference_from_log = j.value("reference_from_log", s.reference_from_log);
        return s;
    });
}

json to_json(const StudySettings& s) {
    return {{"log", to_json(s.log)},
            {"budget", to_json(s.budget)},
            {"train", to_json(s.train)},
            {"search", to_json(s.search)},
            {"model_dir", s.model_dir}};
}

StudySettings study_settings_from_json(const json& j) {
    if (!j.is_object()) throw std::invalid_argument("study settings: expected a JSON object");
    StudySettings s;
    if (j.contains("log")) s.log = log_source_from_json(j["log"]);
    if (j.contains("budget")) s.budget = area_budget_from_json(j["budget"]);
    if (j.contains("train")) s.train = train_settings_from_json(j["train"]);
    if (j.contains("search")) s.search = search_settings_from_json(j["search"]);
    s.model_dir = j.value("model_dir", s.model_dir);
    return s;
}

}  // namespace prime
