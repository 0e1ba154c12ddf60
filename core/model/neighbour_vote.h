// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Feasibility by the k nearest labelled designs (squared Euclidean distance
// over NumericFeatures): a design is predicted to run when more than half of
// its k nearest neighbours ran. What the Gaussian-process models use to push
// designs that likely fail below every design that likely runs (PRIME's
// conservative rule, prime-method.md §5, with a vote instead of a trained term).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace prime {

class NeighbourVote {
public:
    NeighbourVote() = default;
    /// points: n x d row-major; ok: n labels (1 = ran). k >= 1.
    NeighbourVote(std::vector<float> points, std::size_t d, std::vector<std::uint8_t> ok, std::size_t k = 7);
    /// The vote for one design's d features; true when no labelled design exists.
    bool runs(const float* features) const;
    const std::vector<float>& points() const { return points_; }
    const std::vector<std::uint8_t>& labels() const { return ok_; }

private:
    std::vector<float> points_;
    std::vector<std::uint8_t> ok_;
    std::size_t d_ = 0, k_ = 7;
};

}  // namespace prime
