#pragma once
// Held-out quality measures of a surrogate. What matters to an optimizer is
// the order of designs, so the headline metric is rank correlation.
#include <cstdint>
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

// --- auxiliary heads (docs/model.md) -----------------------------------------
// Coefficient of determination 1 - SS_res / SS_tot (NaN when fewer than two
// values or a constant target). Negative when worse than predicting the mean.
double r_squared(std::span<const float> prediction, std::span<const float> target);
double mean_absolute_error(std::span<const float> prediction, std::span<const float> target);
// Area under the ROC curve of `score` for labels (1 = positive), via the
// Mann-Whitney statistic on average ranks, so tied scores count one half.
// NaN when either class is absent.
double roc_auc(std::span<const float> score, std::span<const std::uint8_t> label);
// Mean squared difference between probabilities and 0/1 labels (NaN when empty).
double brier_score(std::span<const float> probability, std::span<const std::uint8_t> label);
// Share of rows where (probability >= threshold) equals the label (NaN when empty).
double accuracy(std::span<const float> probability, std::span<const std::uint8_t> label, double threshold = 0.5);

}  // namespace prime
