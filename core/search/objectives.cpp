#include "search/objectives.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace prime {

std::string_view to_string(LatencyAggregate how) {
    switch (how) {
        case LatencyAggregate::Mean: return "mean";
        case LatencyAggregate::GeometricMean: return "geomean";
        case LatencyAggregate::WorstCase: return "worst";
    }
    return "?";
}

std::optional<LatencyAggregate> parse_latency_aggregate(std::string_view text) {
    if (text == "mean") return LatencyAggregate::Mean;
    if (text == "geomean") return LatencyAggregate::GeometricMean;
    if (text == "worst") return LatencyAggregate::WorstCase;
    return std::nullopt;
}

double combine_latencies(std::span<const double> latencies, std::span<const double> weights, LatencyAggregate how) {
    const std::size_t n = latencies.size();
    if (n == 0) throw std::invalid_argument("combine_latencies: no applications");
    if (!weights.empty() && weights.size() != n)
        throw std::invalid_argument("combine_latencies: " + std::to_string(weights.size()) + " weights for " +
                                    std::to_string(n) + " applications");
    auto weight = [&](std::size_t i) { return weights.empty() ? 1.0 : weights[i]; };
    double weight_sum = 0.0;
    std::size_t weighted = 0;  // applications that take part
    for (std::size_t i = 0; i < n; ++i) {
        if (!(weight(i) >= 0.0 && std::isfinite(weight(i))))
            throw std::invalid_argument("combine_latencies: weights must be finite and >= 0");
        weight_sum += weight(i);
        weighted += weight(i) > 0.0 ? 1 : 0;
    }
    if (!(weight_sum > 0.0)) throw std::invalid_argument("combine_latencies: the weights sum to 0");

    double acc = how == LatencyAggregate::WorstCase ? -std::numeric_limits<double>::infinity() : 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = weight(i), l = latencies[i];
        if (w == 0.0) continue;
        if (!std::isfinite(l)) return std::numeric_limits<double>::infinity();
        switch (how) {
            case LatencyAggregate::Mean: acc += w * l; break;
            case LatencyAggregate::GeometricMean:
                if (!(l > 0.0)) throw std::invalid_argument("combine_latencies: geometric mean needs latencies > 0");
                acc += w * std::log(l);
                break;
            case LatencyAggregate::WorstCase: acc = std::max(acc, w * static_cast<double>(weighted) / weight_sum * l); break;
        }
    }
    if (how == LatencyAggregate::Mean) return acc / weight_sum;
    if (how == LatencyAggregate::GeometricMean) return std::exp(acc / weight_sum);
    return acc;
}

}  // namespace prime
