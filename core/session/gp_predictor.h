// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plain Gaussian-process baseline of the foreign-space benchmark (B11):
// what a textbook Bayesian-optimisation practitioner would fit to the same
// log, with no conservative term. Latency: a GP on ln(latency) over the
// feasible logged designs (model/gaussian_process.h, numeric features);
// feasibility: a vote of the 7 nearest logged designs in feature space
// (a design runs when at least 4 of them ran); the search ranks by the
// posterior mean. Single application (the log's first).
#include <memory>

#include "data/design_log.h"
#include "study/latency_predictor.h"

namespace prime {

/// std::invalid_argument when the log has fewer than 2 feasible designs.
/// Opens the model library.
std::shared_ptr<const LatencyPredictor> gp_latency_predictor(const DesignLog& log, std::uint64_t seed = 1);

}  // namespace prime
