#pragma once
// Settings of the surrogate: its architecture (ModelOptions), how it is
// trained (TrainOptions) and how long a fit() runs (FitOptions). Plain C++ so
// the GUI and the CLI can hold and edit them without seeing LibTorch.
#include <cstdint>
#include <limits>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "space/search_space.h"

namespace prime {

// Mlp and Transformer are networks trained with the conservative loss; Gp is
// a Gaussian process per application with a nearest-neighbour feasibility
// vote (torch_gp_surrogate.h), for logs of a few thousand designs.
enum class ModelKind { Mlp, Transformer, Gp };

std::string model_kind_name(ModelKind kind);
// 1e-3 for both networks: measured best within a 2-minute CPU budget
// (docs/model.md); PRIME used 1e-4 over 1M GPU steps.
double default_learning_rate(ModelKind kind);
// "mlp", "transformer" or "gp"; throws std::invalid_argument otherwise.
ModelKind parse_model_kind(const std::string& name);

struct ModelOptions {
    ModelKind kind = ModelKind::Mlp;
    // Transformer (PRIME, prime-method.md §4): per-parameter embedding of
    // `embed_dim`, `encoder_layers` post-LN layers with `heads` heads and an
    // FFN of `ffn_dim`, then the head below over the flattened tokens.
    int embed_dim = 64;
    int heads = 8;
    int ffn_dim = 256;
    int encoder_layers = 2;
    double dropout = 0.1;       // embedding and encoder layers (transformer only)
    // Hidden widths of the output MLP (transformer) or of the whole MLP over
    // the concatenated one-hots, each followed by LeakyReLU(leaky_slope).
    std::vector<int> hidden = {512, 512};
    double head_dropout = 0.0;  // after each hidden layer of the head
    double leaky_slope = 0.1;
    // Optional auxiliary heads on the last hidden activation (docs/model.md,
    // "Auxiliary heads"): standardised ln(area) for spaces without an analytic
    // area model, and a feasibility classifier (logit) for diagnostics. Off by
    // default so the network, its weights file and its cost stay as before.
    bool area_head = false;
    bool feasibility_head = false;

    // PRIME's network as in the paper.
    static ModelOptions prime_transformer();
    // The default: an MLP 77-256-256-1 over the concatenated one-hots, chosen
    // by measurement (docs/model.md, B10): on CPU it reaches the best held-out
    // rank correlation in 2 minutes and scores 100k designs in well under a second.
    static ModelOptions default_mlp();
    // The Gaussian process (ModelKind::Gp): no network options apply.
    static ModelOptions gaussian_process();
};

struct TrainOptions {
    // --- data ---------------------------------------------------------------
    std::vector<std::string> apps;  // applications to train on; empty = all in the log
    // Feasible rows with area above this (mm²) join the infeasible pool (PRIME's rule).
    double area_budget = std::numeric_limits<double>::infinity();
    double validation_fraction = 0.1;       // designs held out (by design hash, so all rows of a design go together)
    std::size_t max_validation_rows = 2048; // per application and pool, so evaluation stays cheap
    // Context vector per application for the contextual model (the session
    // layer fills in built-in workloads' descriptors, session/app_contexts.h).
    // When an application has none, every application gets a one-hot id (no
    // zero-shot then). Runtime only: not saved (the surrogate keeps the vectors).
    std::map<std::string, std::vector<float>> contexts;
    // Names of the context entries (e.g. the built-in descriptor's); empty or
    // of another length = "context_<i>".
    std::vector<std::string> context_names;
    // Condition on the context when more than one application is trained.
    bool contextual = true;

    // --- loss (prime-method.md §5; targets are standardised "goodness", see docs/model.md)
    std::size_t batch_feasible = 256;
    std::size_t batch_infeasible = 256;
    double alpha = 1.0;              // weight of the mean prediction on infeasible/over-budget designs
    double beta = 0.01;              // weight of the mean prediction on optimizer negatives
    // Clips, in normalised units (standard deviations of log latency around the
    // application's mean): the infeasible batch mean is pushed down to
    // infeasible_floor and no further; each negative's prediction, and their
    // mean, down to negative_floor; negative_ceiling caps a negative's
    // prediction from above (guards divergence). Measured: docs/model.md.
    double infeasible_floor = -3.0;
    double negative_floor = 0.0;
    double negative_ceiling = 10.0;
    // Automatic weights by dual ascent (COMs-style Lagrangian): alpha grows while
    // mean f(infeasible) > mean f(feasible) - margin, beta while
    // mean f(negatives) > mean f(feasible) + margin (overestimation of optimizer finds).
    bool auto_alpha = false;
    bool auto_beta = false;
    double dual_margin = 1.0;
    double dual_lr = 0.01;
    double dual_max = 100.0;

    // --- negatives: a persistent population advanced by regularized evolution
    std::size_t negative_population = 256;  // also the negative batch
    std::size_t negative_children = 64;     // new designs per generation
    int negative_generations = 2;           // generations per training step (amortized)
    std::size_t negative_tournament = 16;
    double negative_mutation_rate = 0.1;    // per-parameter resampling probability
    // Designs the negatives may be (e.g. within the area budget when area is
    // analytic and enforced by the search). Runtime only: not saved.
    std::function<bool(const Design&)> negative_constraint;

    // --- optimizer ----------------------------------------------------------
    // Adam learning rate; 0 = the model's default (default_learning_rate).
    double learning_rate = 0;
    double weight_decay = 0.0;
    std::uint64_t seed = 1;
    int threads = 0;  // torch intra-op threads; 0 = leave as is
    // Checkpoint selection: remember the weights at the evaluation with the best
    // held-out Spearman, and let surrogate() return those instead of the latest
    // (long runs drift past their best, docs/model.md).
    bool keep_best = true;

    // --- auxiliary heads (only used when the model has them) ---------------
    // Weights of the heads' terms in the loss: area_weight * MSE of the
    // standardised ln(area), feasibility_weight * binary cross-entropy.
    double area_weight = 1.0;
    double feasibility_weight = 1.0;

    bool naive() const { return alpha == 0 && beta == 0 && !auto_alpha && !auto_beta; }
    void make_naive() { alpha = beta = 0; auto_alpha = auto_beta = false; }
};

struct FitOptions {
    std::uint64_t steps = 5000;
    double time_limit_seconds = 0;       // 0 = no limit
    std::uint64_t eval_every = 250;      // steps between held-out evaluations (and at the end)
    double eval_every_seconds = 0;       // also evaluate when this much time passed (0 = off)
    double progress_interval_seconds = 0.05;  // at most ~20 progress reports per second
};

nlohmann::json to_json(const ModelOptions& o);
ModelOptions model_options_from_json(const nlohmann::json& j);
nlohmann::json to_json(const TrainOptions& o);
TrainOptions train_options_from_json(const nlohmann::json& j);

}  // namespace prime
