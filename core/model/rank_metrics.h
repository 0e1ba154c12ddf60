#pragma once
// Held-out quality measures of a surrogate. What matters to an optimizer is
// the order of designs, so the headline metric is rank correlation.
#include <span>
#include <vector>

namespace prime {

// Ranks 1..n with ties given their average rank.
std::vector<double> average_ranks(std::span<const float> values);

// Spearman's rho: Pearson correlation of the average ranks. NaN when fewer
// than two values or when either side is constant.
double spearman(std::span<const float> a, std::span<const float> b);

double mean_squared_error(std::span<const float> prediction, std::span<const float> target);
double mean(std::span<const float> values);  // NaN when empty

}  // namespace prime
