#pragma once
// Everything a study is set up with, as plain structs that serialise to JSON:
// prime-cli maps its flags onto them, the GUI edits them, and together they
// are the study file (.primestudy). Behaviour lives in the sessions
// (train_session.h, search_session.h); these only say what to do.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/read_options.h"
#include "model/model_options.h"
#include "session/area_budget.h"
#include "study/study.h"

namespace prime {

/// Where the design log comes from and how to read it.
struct LogSource {
    std::vector<std::string> files;          // read in order and joined (data/log_formats.h)
    std::string space_file;                  // search-space spec (JSON); "" = built-in or inferred
    std::string app_name;                    // for files without an application column
    std::map<std::string, std::string> roles;  // CSV header -> role name (column_roles.h)
    char delimiter = 0;                      // CSV; 0 = detect
    bool verify_crc = true;                  // TFRecord
    bool all_feasible = false;               // no feasibility column: every row is feasible (said by the user)

    /// The reader options (loads the space file). std::invalid_argument
    /// naming the setting for an unknown role.
    ReadOptions read_options() const;
};

struct TrainSettings {
    ModelOptions model = ModelOptions::default_mlp();
    /// Let the log's size decide the kind (choose_model_kind, train_session.h):
    /// a Gaussian process for small logs, else `model`. Study files written
    /// before this setting existed read as false (they named their model).
    bool auto_model = true;
    /// Data, loss and optimizer settings. `train.area_budget` and
    /// `train.negative_constraint` are not read from here: the session sets
    /// them from the study's AreaBudget (one budget for every stage).
    TrainOptions train;
    FitOptions fit;
};

/// What verifies the proposals.
struct OracleSettings {
    /// "auto" (the built-in simulator for the built-in space, else none),
    /// "builtin", "none" or "command".
    std::string kind = "auto";
    std::string command;             // kind "command": template with {in} and {out} (docs/oracles.md)
    double timeout_seconds = 600;    // per command run
    unsigned jobs = 0;               // built-in simulator threads; 0 = one per core
};

struct SearchSettings {
    /// Optimizer, generations, population, K, applications ({"all"} = every
    /// application the model knows), aggregate,
    /// Pareto mode. `study.budget.area_mm2` is set by the session from the
    /// AreaBudget; `study.budget.power_w` (checked on verified numbers) is read.
    StudyOptions study;
    OracleSettings oracle;
    /// The hypervolume's reference latency is the worst feasible logged
    /// latency of the objective (else StudyOptions' default).
    bool reference_from_log = true;
};

/// A whole study: the study file's content apart from results.
struct StudySettings {
    LogSource log;
    AreaBudget budget;
    TrainSettings train;
    SearchSettings search;
    std::string model_dir;  // a saved surrogate to search with ("" = the one trained in the session)
};

nlohmann::json to_json(const LogSource& s);
LogSource log_source_from_json(const nlohmann::json& j);
nlohmann::json to_json(const TrainSettings& s);
TrainSettings train_settings_from_json(const nlohmann::json& j);
nlohmann::json to_json(const OracleSettings& s);
OracleSettings oracle_settings_from_json(const nlohmann::json& j);
nlohmann::json to_json(const SearchSettings& s);
SearchSettings search_settings_from_json(const nlohmann::json& j);
nlohmann::json to_json(const StudySettings& s);
/// Missing keys keep defaults; std::invalid_argument names the bad key.
StudySettings study_settings_from_json(const nlohmann::json& j);

}  // namespace prime
