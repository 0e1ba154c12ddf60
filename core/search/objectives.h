#pragma once
// Folding several applications' latencies into the one number an optimizer
// maximises. Which fold is right depends on the question: the mean favours
// the slowest applications' absolute milliseconds, the geometric mean treats
// a 2x gain on any application alike, the worst case protects the slowest.
#include <optional>
#include <span>
#include <string_view>

namespace prime {

enum class LatencyAggregate { Mean, GeometricMean, WorstCase };

std::string_view to_string(LatencyAggregate how);
/// "mean", "geomean" or "worst"; empty for anything else.
std::optional<LatencyAggregate> parse_latency_aggregate(std::string_view text);

/// One latency from per-application latencies (all > 0 for the geometric mean).
/// `weights` is empty (all equal) or one non-negative weight per application
/// with a positive sum; applications of weight 0 are ignored entirely.
///   Mean:          sum(w l) / sum(w)
///   GeometricMean: exp(sum(w ln l) / sum(w))
///   WorstCase:     max(w' l) with w' = w * m / sum(w), m = applications of
///                  weight > 0: weights scaled to average 1 over those, so
///                  equal weights give the plain maximum.
/// Returns +inf when any weighted latency is not finite: a design that fails
/// one application fails the combination. std::invalid_argument on an empty
/// list, mismatched or bad weights, or a latency <= 0 for the geometric mean.
double combine_latencies(std::span<const double> latencies, std::span<const double> weights, LatencyAggregate how);

/// The score to maximise for a combined latency: its negative (+inf -> -inf).
inline double latency_score(double latency) { return -latency; }

}  // namespace prime
