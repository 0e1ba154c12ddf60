#pragma once
// Training as one stage of a study, the same for prime-cli train, the GUI's
// surrogate panel and the B9 benchmark: the study's AreaBudget decides which
// feasible rows are latency targets and where the optimizer negatives may
// lie, application names resolve to workload contexts here (not in
// core/model), and every setting is checked before the first step.
#include <memory>

#include "data/design_log.h"
#include "model/conservative_trainer.h"
#include "session/area_budget.h"
#include "session/settings.h"
#include "util/job_control.h"

namespace prime {

/// Logs with at most this many feasible within-budget designs per
/// application get a Gaussian process when TrainSettings::auto_model: the
/// GP conditions on up to 4,000 points exactly, and on such logs it ranks
/// held-out designs better than the networks (B11, docs/quality.md).
inline constexpr std::size_t kGpMaxDesigns = 4000;

/// The model TrainSession trains: `settings.model` unless auto_model (and not
/// the naive baseline, which is a network by definition), then a
/// Gaussian process when every application among `train.apps` has at most
/// kGpMaxDesigns feasible rows within `train.area_budget`.
ModelOptions choose_model_kind(const DesignLog& log, const TrainSettings& settings, const TrainOptions& train);

struct TrainOutcome {
    Surrogate surrogate;     // the best checkpoint (keep_best) or the latest weights
    TrainingReport report;
};

class TrainSession {
public:
    /// Validates before any work: the applications exist in the log, the
    /// budget is positive, negatives within the budget have an area model
    /// (the built-in space's analytic one). std::invalid_argument names the
    /// setting. Building the training data happens in run().
    TrainSession(std::shared_ptr<const DesignLog> log, AreaBudget budget, TrainSettings settings);

    /// Trains on the calling thread. `job` (may be null) cancels and pauses
    /// between steps; a cancelled run returns report.cancelled with the
    /// weights of the last full step. std::invalid_argument for unusable data.
    /// With `continue_from`, training starts from that surrogate's weights
    /// (ConservativeTrainer::continue_from) instead of fresh ones.
    TrainOutcome run(const ConservativeTrainer::ProgressFn& progress = {}, JobControl* job = nullptr,
                     const Surrogate* continue_from = nullptr);

    /// The TrainOptions the trainer gets (budget rules and contexts applied).
    const TrainOptions& train_options() const { return train_; }
    const TrainSettings& settings() const { return settings_; }
    const AreaBudget& budget() const { return budget_; }
    /// The model run() trains (choose_model_kind).
    const ModelOptions& model() const { return model_; }
    const DesignLog& log() const { return *log_; }

private:
    std::shared_ptr<const DesignLog> log_;
    AreaBudget budget_;
    TrainSettings settings_;
    TrainOptions train_;
    ModelOptions model_;
};

}  // namespace prime
