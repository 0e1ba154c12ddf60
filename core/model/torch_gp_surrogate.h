// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PRIVATE to the model library: the "gp" surrogate kind (ModelKind::Gp).
// Per application, a Gaussian process (torch_gp.h) on the standardised
// goodness score of the feasible within-budget training designs over their
// numeric features, and a 7-nearest-neighbour vote over those and the
// infeasible / over-budget training designs (neighbour_vote.h). A design the
// vote expects to fail scores kInfeasiblePenalty below its GP mean, under
// every design expected to run: PRIME's conservative rule (push predictions
// down on infeasible designs) without a trained term. For logs of a few
// thousand designs, where the networks overfit (docs/model.md, B11).
//
// No zero-shot: an unseen application's context has no GP. Saved as one
// tensor list (features, targets, hyperparameters, vote points and labels
// per application); loading conditions the GP again with the saved
// hyperparameters, so the fit is not repeated.
#include <memory>

#include "model/model_backend.h"

namespace prime {

inline constexpr float kInfeasiblePenalty = 10.0f;  // score units (sd of ln latency)

std::unique_ptr<ConservativeTrainer::Impl> make_gp_trainer(const DesignLog& log, const ModelOptions& model,
                                                           const TrainOptions& train);
std::shared_ptr<const Surrogate::Impl> load_gp_surrogate(SurrogateInfo info, const std::filesystem::path& weights);

}  // namespace prime
