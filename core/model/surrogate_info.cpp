#include "model/surrogate_info.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "space/space_json.h"
#include "util/errors.h"

namespace prime {

namespace {
nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }
double number_from(const nlohmann::json& j) { return j.is_null() ? std::nan("") : j.get<double>(); }
}  // namespace

nlohmann::json to_json(const EvalMetrics& m) {
    nlohmann::json per_app = nlohmann::json::array(), sample = nlohmann::json::array();
    for (double s : m.spearman_per_app) per_app.push_back(number(s));
    for (const auto& [t, p] : m.sample) sample.push_back({t, p});
    return {{"step", m.step},
            {"train_seconds", m.train_seconds},
            {"val_mse", number(m.val_mse)},
            {"spearman", number(m.spearman)},
            {"spearman_per_app", per_app},
            {"mean_pred_feasible", number(m.mean_pred_feasible)},
            {"mean_pred_infeasible", number(m.mean_pred_infeasible)},
            {"sample_true_vs_predicted_ms", sample},
            {"area_mae_mm2", number(m.area_mae_mm2)},
            {"area_r2_log", number(m.area_r2_log)},
            {"feasible_accuracy", number(m.feasible_accuracy)},
            {"feasible_auc", number(m.feasible_auc)},
            {"feasible_brier", number(m.feasible_brier)}};
}

static EvalMetrics metrics_from_json(const nlohmann::json& j) {
    EvalMetrics m;
    m.step = j.at("step").get<std::uint64_t>();
    m.train_seconds = j.at("train_seconds").get<double>();
    m.val_mse = number_from(j.at("val_mse"));
    m.spearman = number_from(j.at("spearman"));
    for (const auto& s : j.at("spearman_per_app")) m.spearman_per_app.push_back(number_from(s));
    m.mean_pred_feasible = number_from(j.at("mean_pred_feasible"));
    m.mean_pred_infeasible = number_from(j.at("mean_pred_infeasible"));
    // The heads' metrics came later: absent in older files, NaN then.
    for (auto [key, field] : {std::pair{"area_mae_mm2", &m.area_mae_mm2}, std::pair{"area_r2_log", &m.area_r2_log},
                              std::pair{"feasible_accuracy", &m.feasible_accuracy}, std::pair{"feasible_auc", &m.feasible_auc},
                              std::pair{"feasible_brier", &m.feasible_brier}})
        if (j.contains(key)) *field = number_from(j.at(key));
    return m;
}

nlohmann::json to_json(const SurrogateInfo& info) {
    nlohmann::json apps = nlohmann::json::array();
    for (const auto& a : info.apps)
        apps.push_back({{"name", a.name},
                        {"context", a.context},
                        {"log_latency_mean", a.normalisation.mean_log},
                        {"log_latency_std", a.normalisation.std_log},
                        {"feasible_rows", a.feasible_rows},
                        {"infeasible_rows", a.infeasible_rows}});
    nlohmann::json j = {{"format", "prime-surrogate"},
                        {"format_version", info.format_version},
                        {"created_by", info.created_by},
                        {"target", "score = -(ln(latency_ms) - log_latency_mean) / log_latency_std, per application"},
                        {"space", space_to_json(info.space)},
                        {"space_fingerprint", info.space.fingerprint()},
                        {"model", to_json(info.model)},
                        {"training", to_json(info.training)},
                        {"area_budget_mm2", number(info.area_budget)},
                        {"applications", apps},
                        {"contextual", info.contextual},
                        {"context_names", info.context_names},
                        {"context_mean", info.context_mean},
                        {"context_scale", info.context_scale},
                        {"training_log_hash", info.log_hash},
                        {"metrics", to_json(info.metrics)}};
    if (info.model.area_head)
        j["area_normalisation"] = {{"target", "z = (ln(area_mm2) - log_area_mean) / log_area_std, pooled over applications"},
                                   {"log_area_mean", info.area_normalisation.mean_log},
                                   {"log_area_std", info.area_normalisation.std_log}};
    return j;
}

SurrogateInfo surrogate_info_from_json(const nlohmann::json& j, const std::string& source) {
    SurrogateInfo info;
    try {
        if (j.value("format", "") != "prime-surrogate") throw InputError(source, "byte", 0, "not a PRIME Studio surrogate metadata file");
        info.format_version = j.at("format_version").get<int>();
        if (info.format_version > SurrogateInfo::kFormatVersion)
            throw InputError(source, "byte", 0,
                             "surrogate format version " + std::to_string(info.format_version) +
                                 " is newer than this program reads (" + std::to_string(SurrogateInfo::kFormatVersion) + ")");
        info.created_by = j.value("created_by", "");
        info.space = space_from_json(j.at("space"), source);
        info.model = model_options_from_json(j.at("model"));
        info.training = train_options_from_json(j.at("training"));
        info.area_budget = j.at("area_budget_mm2").is_null() ? INFINITY : j.at("area_budget_mm2").get<double>();
        for (const auto& a : j.at("applications")) {
            AppInfo app;
            app.name = a.at("name").get<std::string>();
            app.context = a.at("context").get<std::vector<float>>();
            app.normalisation = {a.at("log_latency_mean").get<double>(), a.at("log_latency_std").get<double>()};
            app.feasible_rows = a.at("feasible_rows").get<std::size_t>();
            app.infeasible_rows = a.at("infeasible_rows").get<std::size_t>();
            info.apps.push_back(std::move(app));
        }
        info.contextual = j.at("contextual").get<bool>();
        info.context_names = j.at("context_names").get<std::vector<std::string>>();
        info.context_mean = j.at("context_mean").get<std::vector<float>>();
        info.context_scale = j.at("context_scale").get<std::vector<float>>();
        if (info.model.area_head) {
            const auto& a = j.at("area_normalisation");
            info.area_normalisation = {a.at("log_area_mean").get<double>(), a.at("log_area_std").get<double>()};
        }
        info.log_hash = j.at("training_log_hash").get<std::string>();
        info.metrics = metrics_from_json(j.at("metrics"));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(source, "byte", 0, std::string("bad surrogate metadata: ") + e.what());
    } catch (const std::invalid_argument& e) {
        throw InputError(source, "byte", 0, std::string("bad surrogate metadata: ") + e.what());
    }
    if (info.apps.empty()) throw InputError(source, "byte", 0, "surrogate metadata lists no applications");
    return info;
}

std::string describe_space_difference(const SearchSpace& model_space, const SearchSpace& other) {
    if (model_space == other) return {};
    const std::string head = "the model was trained on space '" + model_space.name() + "' (" +
                             model_space.fingerprint() + "), but the designs use '" + other.name() + "' (" +
                             other.fingerprint() + "): ";
    if (model_space.dimension() != other.dimension())
        return head + std::to_string(model_space.dimension()) + " parameters vs " + std::to_string(other.dimension());
    for (std::size_t p = 0; p < model_space.dimension(); ++p) {
        const Parameter &a = model_space.parameter(p), &b = other.parameter(p);
        if (a.name != b.name) return head + "parameter " + std::to_string(p + 1) + " is '" + a.name + "' vs '" + b.name + "'";
        if (a.values != b.values)
            return head + "parameter '" + a.name + "' allows " + std::to_string(a.size()) + " values vs " +
                   std::to_string(b.size()) + (a.size() == b.size() ? " (different values)" : "");
    }
    return head + "their names or metadata differ";
}

}  // namespace prime
