#pragma once
// PRIVATE (LibTorch): PRIME's conservative objective (prime-method.md §5) in
// our sign convention: the network predicts goodness (negated, normalised
// latency) and the loss is *minimised*, so adding alpha * mean prediction on
// infeasible designs and beta * mean prediction on negatives pushes those
// predictions down.
#include <torch/torch.h>

#include "model/networks.h"

namespace prime {

struct LossWeights {
    double alpha = 1.0;              // infeasible / over-budget term
    double beta = 0.1;               // optimizer-negative term
    double infeasible_floor = -3.0;  // clip of the infeasible mean (below it the term has no gradient)
    double negative_floor = 0.0;     // negatives' predictions (and their mean) are pushed down to here, no further
    double negative_ceiling = 10.0;  // upper clip of each negative's prediction: a guard against divergence
};

struct LossTerms {
    torch::Tensor total;       // mse + alpha * infeasible + beta * negative
    torch::Tensor mse;         // on feasible, within-budget designs
    torch::Tensor infeasible;  // clipped mean prediction on infeasible designs (0 when none)
    torch::Tensor negative;    // clipped mean prediction on negatives (0 when none)
};

// pred_feasible and target: [b]; pred_infeasible [m] and pred_negative [k]
// may be undefined or empty. The clips follow PRIME's code (each negative
// clipped, then the means clipped from below) rescaled to normalised units, so
// the push-down stops once predictions are low enough and cannot run away.
LossTerms conservative_loss(const torch::Tensor& pred_feasible, const torch::Tensor& target,
                            const torch::Tensor& pred_infeasible, const torch::Tensor& pred_negative,
                            const LossWeights& weights);

// The auxiliary heads' terms: sum(weight * loss) over the rows, with weights
// that sum to 1 (a row without a label weighs 0). The weights let the batch
// stand for the log: the pools are sampled in fixed numbers whatever their
// sizes (docs/model.md, "Auxiliary heads"). Normalised by the caller so each
// term is a few tensor ops: at 256 + 256 rows, op dispatch is the heads' cost.
torch::Tensor weighted_mse(const torch::Tensor& pred, const torch::Tensor& target, const torch::Tensor& weight);
torch::Tensor weighted_bce_with_logits(const torch::Tensor& logit, const torch::Tensor& label, const torch::Tensor& weight);

// Scores for choosing negatives: eval mode, no autograd graph (stop-gradient),
// then the module's previous train/eval mode is restored.
torch::Tensor score_without_grad(SurrogateNet& net, const torch::Tensor& index, const torch::Tensor& context);

// PRIME code's fallback negative generator (gradient ascent on a relaxed
// one-hot input, prime-method.md §6), with the per-sample gradient. The
// result is detached: the training loss sees constants, so no gradient flows
// back into the generator or its starting point.
torch::Tensor relaxed_ascent_negatives(SurrogateNet& net, const torch::Tensor& onehot_start, const torch::Tensor& context,
                                       int steps, double step_size);

}  // namespace prime
