// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Area for spaces without an analytic model, learned from the log's area
// column. Two candidates: the nearest logged design's area
// (AreaEstimator::from_log) and a Gaussian process on ln(area) over the
// designs' numeric features (model/gaussian_process.h; area is a smooth
// product of sizes, which a lookup cannot interpolate). Each is scored on the
// same held-out logged designs (every fifth distinct design, at most 400) by
// its median relative error, and the better one is used. The GP's estimate
// for an unlogged design carries a margin: the 98th percentile of how much it
// understated the held-out areas (90th left 2.3 of 16 proposals over the
// budget: a search seeks out the designs whose area is understated), so a budget is rarely broken by an
// understated area. Logged designs keep their logged area.
#include <cstdint>

#include "data/design_log.h"
#include "study/area_estimator.h"

namespace prime {

struct AreaFitReport {
    double nearest_error = NAN;  // median relative error on the held-out designs
    double gp_error = NAN;
    std::size_t heldout = 0;
    std::string chosen;          // the kind() of the estimator returned
};

/// The better of log-nearest and the GP, as described above; `gp_only`
/// skips the comparison (the "gp" area model); the GP's margin is at least
/// `min_margin`. std::invalid_argument when the
/// log has no finite areas; with fewer than 20 distinct designs with area,
/// log-nearest. Opens the model library (the GP runs there).
AreaEstimator fitted_area_estimator(const DesignLog& log, bool gp_only = false, AreaFitReport* report = nullptr,
                                    double min_margin = 1.0);

}  // namespace prime
