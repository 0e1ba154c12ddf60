// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reference the quality benchmarks measure regret against on spaces too
// large to enumerate: the best in-budget latency regularised evolution finds
// against the simulator itself with a large call budget (>= 10^7 calls for
// the published figures: at ~300k evaluations/s under a minute per
// application on 2 cores). A near-optimum, not a proof: the regret it gives
// is a lower bound on the true regret's denominator being reached.
#include <cstdint>
#include <string>

#include "study/area_estimator.h"
#include "study/oracle.h"
#include "util/job_control.h"

namespace prime {

struct NearOptimum {
    double latency_ms = NAN;  // NaN when nothing feasible within the budget was found
    std::uint64_t calls = 0;  // simulator calls spent
    std::string how;          // for reports: "regularised evolution, N simulator calls"
};

/// Throws prime::Cancelled when `job` is cancelled.
NearOptimum near_optimum_by_evolution(const SearchSpace& space, Oracle& simulator, const AreaEstimator& area,
                                      const std::string& app, double area_budget_mm2, std::uint64_t calls,
                                      JobControl* job = nullptr);

}  // namespace prime
