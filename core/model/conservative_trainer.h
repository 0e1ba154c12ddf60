#pragma once
// Conservative training of a surrogate (PRIME, prime-method.md §5–§6), as an
// engine a GUI worker thread, prime-cli or a test can drive: step() for one
// update, fit() for a run with throttled progress, pause and cancel.
// Plain C++ interface (pimpl), no LibTorch in this header.
//
// Determinism: with a fixed seed and one torch thread two trainers built the
// same way produce bit-identical weights. The seed is applied to torch's
// global generator (dropout) at construction, so interleaving two trainers in
// one process breaks that guarantee.
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "data/design_log.h"
#include "model/model_options.h"
#include "model/surrogate.h"
#include "model/training_data.h"
#include "util/job_control.h"

namespace prime {

// One training step, in normalised score units.
struct StepStats {
    std::uint64_t step = 0;          // steps done after this one
    std::size_t app = 0;             // application of this batch
    double loss = 0;
    double mse = 0;
    double infeasible_term = 0;      // clipped mean prediction on the infeasible batch
    double negative_term = 0;        // clipped mean prediction on the negatives
    double mean_pred_feasible = 0;   // on the feasible batch
    double alpha = 0, beta = 0;      // weights used in this step
    // Auxiliary heads (NaN when the model lacks the head or the batch had no label):
    double area_term = std::nan("");         // weighted MSE of standardised ln(area)
    double feasibility_term = std::nan("");  // weighted binary cross-entropy
};

struct TrainingProgress {
    std::uint64_t step = 0, total_steps = 0;
    double seconds = 0;       // time of this fit(), evaluations included, pauses excluded
    bool paused = false;
    StepStats last;
    bool has_eval = false;    // eval is fresh in this report
    EvalMetrics eval;         // the latest evaluation
};

struct TrainingReport {
    std::uint64_t steps = 0;
    double seconds = 0;
    bool cancelled = false;
    EvalMetrics final_metrics;         // of the latest weights
    EvalMetrics selected_metrics;      // of the weights surrogate() returns (the best checkpoint with keep_best)
    std::vector<EvalMetrics> history;  // every evaluation of this fit()
};

class ConservativeTrainer {
public:
    using ProgressFn = std::function<void(const TrainingProgress&)>;

    // Throws std::invalid_argument for unusable data (see build_training_data).
    ConservativeTrainer(const DesignLog& log, const ModelOptions& model, const TrainOptions& train);
    ~ConservativeTrainer();
    ConservativeTrainer(const ConservativeTrainer&) = delete;
    ConservativeTrainer& operator=(const ConservativeTrainer&) = delete;

    // Continues from a trained surrogate's weights instead of fresh ones
    // (PRIME's closing of the loop: the model keeps training on the extended
    // log). The Adam moments start afresh. Throws std::invalid_argument when
    // the surrogate's network differs (model options, space, context width).
    void continue_from(const Surrogate& surrogate);

    StepStats step();
    // Held-out metrics of the current weights (does not change training state).
    EvalMetrics evaluate();
    // Runs until options.steps more steps, the time limit (pauses excluded) or
    // a cancel of `job`. While `job` is paused it waits between steps,
    // reporting paused once. `progress` is called from this thread at most
    // every progress_interval_seconds, after each evaluation and at the end.
    // A cancelled fit returns normally with report.cancelled set; the weights
    // are those after the last full step.
    TrainingReport fit(const FitOptions& options, const ProgressFn& progress = {}, JobControl* job = nullptr);

    // A snapshot with metadata, independent of later steps: the best checkpoint
    // so far when TrainOptions::keep_best (and any evaluation ran), else the
    // current weights.
    Surrogate surrogate() const;
    // The metrics of the weights surrogate() returns (the latest evaluation without keep_best).
    const EvalMetrics& selected_metrics() const;

    std::uint64_t steps_done() const;
    const TrainingData& data() const;
    // The negatives population of an application (flat index matrix), for inspection.
    std::vector<ValueIndex> negatives(std::size_t app) const;

    struct Impl;  // the model library's interface, model/model_backend.h

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace prime
