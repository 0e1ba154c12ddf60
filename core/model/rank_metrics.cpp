#include "model/rank_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

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

namespace {
void check_sizes(std::size_t a, std::size_t b, const char* what) {
    if (a != b) throw std::invalid_argument(std::string(what) + ": sizes differ");
}
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}  // namespace

double r_squared(std::span<const float> prediction, std::span<const float> target) {
    check_sizes(prediction.size(), target.size(), "r_squared");
    if (target.size() < 2) return kNaN;
    const double m = mean(target);
    double res = 0, tot = 0;
    for (std::size_t i = 0; i < target.size(); ++i) {
        res += (static_cast<double>(prediction[i]) - target[i]) * (static_cast<double>(prediction[i]) - target[i]);
        tot += (target[i] - m) * (target[i] - m);
    }
    return tot > 0 ? 1.0 - res / tot : kNaN;
}

double mean_absolute_error(std::span<const float> prediction, std::span<const float> target) {
    check_sizes(prediction.size(), target.size(), "mean_absolute_error");
    if (target.empty()) return kNaN;
    double s = 0;
    for (std::size_t i = 0; i < target.size(); ++i) s += std::abs(static_cast<double>(prediction[i]) - target[i]);
    return s / static_cast<double>(target.size());
}

double roc_auc(std::span<const float> score, std::span<const std::uint8_t> label) {
    check_sizes(score.size(), label.size(), "roc_auc");
    const std::vector<double> rank = average_ranks(score);
    double positive_rank_sum = 0, positives = 0;
    for (std::size_t i = 0; i < score.size(); ++i)
        if (label[i]) positive_rank_sum += rank[i], positives += 1;
    const double negatives = static_cast<double>(score.size()) - positives;
    if (positives == 0 || negatives == 0) return kNaN;
    // Mann-Whitney U of the positives over the negatives, as a share of all pairs.
    return (positive_rank_sum - positives * (positives + 1) / 2) / (positives * negatives);
}

double brier_score(std::span<const float> probability, std::span<const std::uint8_t> label) {
    check_sizes(probability.size(), label.size(), "brier_score");
    if (label.empty()) return kNaN;
    double s = 0;
    for (std::size_t i = 0; i < label.size(); ++i) {
        const double d = static_cast<double>(probability[i]) - (label[i] ? 1.0 : 0.0);
        s += d * d;
    }
    return s / static_cast<double>(label.size());
}

double accuracy(std::span<const float> probability, std::span<const std::uint8_t> label, double threshold) {
    check_sizes(probability.size(), label.size(), "accuracy");
    if (label.empty()) return kNaN;
    std::size_t right = 0;
    for (std::size_t i = 0; i < label.size(); ++i) right += (probability[i] >= threshold) == (label[i] != 0);
    return static_cast<double>(right) / static_cast<double>(label.size());
}

}  // namespace prime
