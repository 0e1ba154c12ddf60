#pragma once
// The training view of a design log: per application, feasible within-budget
// designs with their normalised targets and infeasible/over-budget designs,
// each split into training and held-out parts. Plain C++ (no LibTorch), so
// the split and the normalisation are testable on their own.
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "data/design_log.h"
#include "model/app_info.h"
#include "model/model_options.h"

namespace prime {

// Designs as a flat row-major matrix of value indices (rows x dim), with targets.
struct DesignPool {
    std::size_t dim = 0;
    std::vector<ValueIndex> index;
    std::vector<float> score;       // normalised target (meaningful for feasible pools)
    std::vector<float> latency_ms;  // as logged
    // Labels of the auxiliary heads. An infeasible pool mixes designs the
    // simulator rejected with feasible ones over the area budget, so the
    // simulator's verdict is kept per row rather than read off the pool.
    std::vector<float> area_mm2;         // as logged (NaN or <= 0 = unknown)
    std::vector<std::uint8_t> feasible;  // the simulator's verdict, whatever the budget

    std::size_t size() const { return dim ? index.size() / dim : 0; }
    const ValueIndex* row(std::size_t i) const { return index.data() + i * dim; }
};

struct AppData {
    AppInfo info;
    DesignPool feasible_train, feasible_val, infeasible_train, infeasible_val;
};

struct TrainingData {
    SearchSpace space;
    std::vector<AppData> apps;
    bool contextual = false;
    std::vector<std::string> context_names;
    // The network sees (context - context_mean) / context_scale, so descriptors
    // of very different magnitudes (counts vs log10 MACs) gate equally.
    std::vector<float> context_mean, context_scale;
    double area_budget = 0;
    std::string log_hash;
    // Standardisation of ln(area) for the area head, pooled over every
    // application's training rows (both pools) with a finite positive area;
    // area_rows counts them (0 = the log has no usable area).
    AreaNormalisation area_normalisation;
    std::size_t area_rows = 0;
};

// True when a logged area can be a label (the head learns ln(area)).
inline bool usable_area(float area_mm2) { return area_mm2 > 0 && std::isfinite(area_mm2); }

// Throws std::invalid_argument when an application is unknown or has fewer
// than 8 feasible within-budget training designs.
TrainingData build_training_data(const DesignLog& log, const TrainOptions& options);

// True when the design belongs to the held-out part. Decided by a hash of the
// design and the seed, so every row of a design (one per application) falls
// on the same side and the split does not depend on row order.
bool is_validation_design(const ValueIndex* design, std::size_t dim, std::uint64_t seed, double fraction);

// 64-bit FNV-1a over the columns the surrogate learns from, as 16 hex digits.
std::string hash_log(const DesignLog& log);

}  // namespace prime
