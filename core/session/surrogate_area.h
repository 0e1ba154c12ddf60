#pragma once
// A surrogate's area head as the study's area model (in the session layer
// because it needs prime_model).
//
// Area is a property of the design alone, but the head reads a representation
// that a contextual model gates by the application; the head is trained under
// every application's context to give the same answer, and is asked here
// under the first one's.
#include <stdexcept>
#include <vector>

#include "model/surrogate.h"
#include "study/area_estimator.h"

namespace prime {

/// std::invalid_argument when the surrogate was trained without an area head.
inline AreaEstimator surrogate_area_estimator(const Surrogate& surrogate) {
    if (surrogate.empty() || !surrogate.has_area_head())
        throw std::invalid_argument("the surrogate has no area head (train it with --area-head)");
    return AreaEstimator::from_batch_function(
        [surrogate](const std::vector<Design>& designs) {
            const std::vector<float> area = surrogate.predict(designs).area_mm2;
            return std::vector<double>(area.begin(), area.end());
        },
        "surrogate");
}

}  // namespace prime
