#pragma once
// The metadata saved beside a surrogate's weights (surrogate.json): enough to
// use the model on its own (space, normalisation, contexts) and to know where
// it came from (options, metrics, hash of the training log).
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "model/app_info.h"
#include "model/model_options.h"
#include "space/search_space.h"

namespace prime {

// Held-out quality at one point of training. Scores are in normalised units
// (app_info.h); Spearman is on held-out feasible within-budget designs.
struct EvalMetrics {
    std::uint64_t step = 0;
    double train_seconds = 0;  // time spent in training steps, evaluation excluded
    double val_mse = 0;
    double spearman = 0;                    // all applications pooled
    std::vector<double> spearman_per_app;   // in SurrogateInfo::apps order
    double mean_pred_feasible = 0;          // mean score on held-out feasible designs
    double mean_pred_infeasible = 0;        // ... and on held-out infeasible / over-budget designs (NaN if none)
    // A few held-out (true latency ms, predicted latency ms) pairs, first application.
    std::vector<std::pair<float, float>> sample;
    // Auxiliary heads, on held-out rows of both pools of every application
    // (NaN when the model lacks the head or no held-out row has a label).
    double area_mae_mm2 = std::nan("");        // mean |predicted - logged| area
    double area_r2_log = std::nan("");         // R² of ln(area)
    double feasible_accuracy = std::nan("");   // p_feasible >= 0.5 vs the simulator's verdict
    double feasible_auc = std::nan("");        // ROC AUC of p_feasible
    double feasible_brier = std::nan("");      // mean (p_feasible - label)²
};

struct SurrogateInfo {
    static constexpr int kFormatVersion = 1;
    int format_version = kFormatVersion;
    SearchSpace space;
    ModelOptions model;
    TrainOptions training;
    double area_budget = 0;
    std::vector<AppInfo> apps;
    bool contextual = false;
    std::vector<std::string> context_names;
    std::vector<float> context_mean, context_scale;
    // The area head's target (meaningful only when model.area_head).
    AreaNormalisation area_normalisation;
    std::string log_hash;
    EvalMetrics metrics;
    std::string created_by;
};

nlohmann::json to_json(const EvalMetrics& m);
nlohmann::json to_json(const SurrogateInfo& info);
// `source` names the file in errors. Throws InputError for a missing field
// or a newer format version.
SurrogateInfo surrogate_info_from_json(const nlohmann::json& j, const std::string& source);

// Empty when the spaces are equal, else a sentence saying how they differ.
std::string describe_space_difference(const SearchSpace& model_space, const SearchSpace& other);

}  // namespace prime
