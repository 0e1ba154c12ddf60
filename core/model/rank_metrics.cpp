#include "model/rank_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace prime {

std::vector<double> average_ranks(std::span<const float> values) {
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(n);
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]]) ++j;
        const double r = 0.5 * static_cast<double>(i + j) + 1.0;  // average of ranks i+1 .. j+1
        for (std::size_t k = i; k <= j; ++k) rank[order[k]] = r;
        i = j + 1;
    }
    return rank;
}

double spearman(std::span<const float> a, std::span<const float> b) {
    if (a.size() != b.size()) throw std::invalid_argument("spearman: sizes differ");
    const std::size_t n = a.size();
    if (n < 2) return std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> ra = average_ranks(a), rb = average_ranks(b);
    const double mean_rank = 0.5 * static_cast<double>(n + 1);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double da = ra[i] - mean_rank, db = rb[i] - mean_rank;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
    }
    if (saa == 0 || sbb == 0) return std::numeric_limits<double>::quiet_NaN();
    return sab / std::sqrt(saa * sbb);
}

double mean_squared_error(std::span<const float> prediction, std::span<const float> target) {
    if (prediction.size() != target.size()) throw std::invalid_argument("mean_squared_error: sizes differ");
    if (prediction.empty()) return std::numeric_limits<double>::quiet_NaN();
    double s = 0;
    for (std::size_t i = 0; i < prediction.size(); ++i) {
        const double d = static_cast<double>(prediction[i]) - target[i];
        s += d * d;
    }
    return s / static_cast<double>(prediction.size());
}

double mean(std::span<const float> values) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    double s = 0;
    for (float v : values) s += v;
    return s / static_cast<double>(values.size());
}

}  // namespace prime
