#include "session/area_budget.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace prime {

std::string to_string(AreaModelChoice c) {
    switch (c) {
        case AreaModelChoice::Auto: return "auto";
        case AreaModelChoice::Analytic: return "analytic";
        case AreaModelChoice::Log: return "log";
        case AreaModelChoice::Surrogate: return "surrogate";
        case AreaModelChoice::Gp: return "gp";
    }
    return "auto";
}

AreaModelChoice parse_area_model_choice(const std::string& t) {
    if (t == "auto") return AreaModelChoice::Auto;
    if (t == "analytic") return AreaModelChoice::Analytic;
    if (t == "log") return AreaModelChoice::Log;
    if (t == "surrogate") return AreaModelChoice::Surrogate;
    if (t == "gp") return AreaModelChoice::Gp;
    throw std::invalid_argument("area model must be auto, analytic, log, surrogate or gp, got '" + t + "'");
}

std::string to_string(TrainingPool p) { return p == TrainingPool::InBudget ? "in-budget" : "all-feasible"; }

TrainingPool parse_training_pool(const std::string& t) {
    if (t == "in-budget") return TrainingPool::InBudget;
    if (t == "all-feasible") return TrainingPool::AllFeasible;
    throw std::invalid_argument("training pool must be in-budget or all-feasible, got '" + t + "'");
}

void AreaBudget::validate() const {
    if (std::isnan(limit_mm2) || limit_mm2 <= 0)
        throw std::invalid_argument("area budget: the limit must be a positive number of mm² (got " +
                                    std::to_string(limit_mm2) + ")");
    if (!(min_area_margin >= 1) || !std::isfinite(min_area_margin))
        throw std::invalid_argument("area budget: the minimum area margin must be a finite number >= 1 (got " +
                                    std::to_string(min_area_margin) + ")");
}

nlohmann::json to_json(const AreaBudget& b) {
    return {{"limit_mm2", b.finite() ? nlohmann::json(b.limit_mm2) : nlohmann::json(nullptr)},
            {"area_model", to_string(b.area_model)},
            {"training_pool", to_string(b.training_pool)},
            {"negatives_within_budget", b.negatives_within_budget},
            {"min_area_margin", b.min_area_margin}};
}

AreaBudget area_budget_from_json(const nlohmann::json& j) {
    AreaBudget b;
    if (!j.is_object()) throw std::invalid_argument("area budget: expected a JSON object");
    try {
        if (j.contains("limit_mm2") && !j["limit_mm2"].is_null()) b.limit_mm2 = j["limit_mm2"].get<double>();
        if (j.contains("area_model")) b.area_model = parse_area_model_choice(j["area_model"].get<std::string>());
        if (j.contains("training_pool")) b.training_pool = parse_training_pool(j["training_pool"].get<std::string>());
        b.negatives_within_budget = j.value("negatives_within_budget", b.negatives_within_budget);
        b.min_area_margin = j.value("min_area_margin", b.min_area_margin);
    } catch (const nlohmann::json::exception& e) {
        throw std::invalid_argument(std::string("area budget: ") + e.what());
    }
    b.validate();
    return b;
}

}  // namespace prime
