#include "model/model_options.h"

#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace prime {

std::string model_kind_name(ModelKind kind) {
    switch (kind) {
        case ModelKind::Mlp: return "mlp";
        case ModelKind::Transformer: return "transformer";
        case ModelKind::Gp: return "gp";
    }
    return "mlp";
}

double default_learning_rate(ModelKind) { return 1e-3; }

ModelKind parse_model_kind(const std::string& name) {
    if (name == "mlp") return ModelKind::Mlp;
    if (name == "transformer") return ModelKind::Transformer;
    if (name == "gp") return ModelKind::Gp;
    throw std::invalid_argument("unknown model '" + name + "' (expected mlp, transformer or gp)");
}

ModelOptions ModelOptions::prime_transformer() {
    ModelOptions o;
    o.kind = ModelKind::Transformer;
    o.hidden = {512, 512};
    o.dropout = 0.1;
    return o;
}

ModelOptions ModelOptions::gaussian_process() {
    ModelOptions o;
    o.kind = ModelKind::Gp;
    o.hidden.clear();  // no network
    return o;
}

ModelOptions ModelOptions::default_mlp() {
    ModelOptions o;
    o.kind = ModelKind::Mlp;
    o.hidden = {256, 256};
    o.dropout = 0.0;
    return o;
}

nlohmann::json to_json(const ModelOptions& o) {
    return {{"kind", model_kind_name(o.kind)}, {"embed_dim", o.embed_dim},   {"heads", o.heads},
            {"ffn_dim", o.ffn_dim},            {"encoder_layers", o.encoder_layers},
            {"dropout", o.dropout},            {"hidden", o.hidden},         {"head_dropout", o.head_dropout},
            {"leaky_slope", o.leaky_slope},    {"area_head", o.area_head},   {"feasibility_head", o.feasibility_head}};
}

ModelOptions model_options_from_json(const nlohmann::json& j) {
    ModelOptions o;
    o.kind = parse_model_kind(j.at("kind").get<std::string>());
    o.embed_dim = j.at("embed_dim").get<int>();
    o.heads = j.at("heads").get<int>();
    o.ffn_dim = j.at("ffn_dim").get<int>();
    o.encoder_layers = j.at("encoder_layers").get<int>();
    o.dropout = j.at("dropout").get<double>();
    o.hidden = j.at("hidden").get<std::vector<int>>();
    o.head_dropout = j.at("head_dropout").get<double>();
    o.leaky_slope = j.at("leaky_slope").get<double>();
    // The heads came later: files without them describe a network without heads.
    o.area_head = j.value("area_head", false);
    o.feasibility_head = j.value("feasibility_head", false);
    return o;
}

namespace {
// JSON has no infinity: an unlimited area budget is written as null.
nlohmann::json finite_or_null(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }
}  // namespace

nlohmann::json to_json(const TrainOptions& o) {
    return {{"apps", o.apps},
            {"area_budget", finite_or_null(o.area_budget)},
            {"validation_fraction", o.validation_fraction},
            {"max_validation_rows", o.max_validation_rows},
            {"contextual", o.contextual},
            {"batch_feasible", o.batch_feasible},
            {"batch_infeasible", o.batch_infeasible},
            {"alpha", o.alpha},
            {"beta", o.beta},
            {"infeasible_floor", o.infeasible_floor},
            {"negative_floor", o.negative_floor},
            {"negative_ceiling", o.negative_ceiling},
            {"auto_alpha", o.auto_alpha},
            {"auto_beta", o.auto_beta},
            {"dual_margin", o.dual_margin},
            {"dual_lr", o.dual_lr},
            {"dual_max", o.dual_max},
            {"negative_population", o.negative_population},
            {"negative_children", o.negative_children},
            {"negative_generations", o.negative_generations},
            {"negative_tournament", o.negative_tournament},
            {"negative_mutation_rate", o.negative_mutation_rate},
            {"learning_rate", o.learning_rate},
            {"weight_decay", o.weight_decay},
            {"area_weight", o.area_weight},
            {"feasibility_weight", o.feasibility_weight},
            {"seed", o.seed},
            {"threads", o.threads},
            {"keep_best", o.keep_best}};
}

TrainOptions train_options_from_json(const nlohmann::json& j) {
    TrainOptions o;
    // Every field is optional so that older metadata and hand-written files load.
    auto get = [&](const char* key, auto& field) {
        if (j.contains(key) && !j[key].is_null()) field = j[key].get<std::decay_t<decltype(field)>>();
    };
    get("apps", o.apps);
    get("area_budget", o.area_budget);
    get("validation_fraction", o.validation_fraction);
    get("max_validation_rows", o.max_validation_rows);
    get("contextual", o.contextual);
    get("batch_feasible", o.batch_feasible);
    get("batch_infeasible", o.batch_infeasible);
    get("alpha", o.alpha);
    get("beta", o.beta);
    get("infeasible_floor", o.infeasible_floor);
    get("negative_floor", o.negative_floor);
    get("negative_ceiling", o.negative_ceiling);
    get("auto_alpha", o.auto_alpha);
    get("auto_beta", o.auto_beta);
    get("dual_margin", o.dual_margin);
    get("dual_lr", o.dual_lr);
    get("dual_max", o.dual_max);
    get("negative_population", o.negative_population);
    get("negative_children", o.negative_children);
    get("negative_generations", o.negative_generations);
    get("negative_tournament", o.negative_tournament);
    get("negative_mutation_rate", o.negative_mutation_rate);
    get("learning_rate", o.learning_rate);
    get("weight_decay", o.weight_decay);
    get("area_weight", o.area_weight);
    get("feasibility_weight", o.feasibility_weight);
    get("seed", o.seed);
    get("threads", o.threads);
    get("keep_best", o.keep_best);
    return o;
}

}  // namespace prime
