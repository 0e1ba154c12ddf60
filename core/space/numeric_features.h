// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Designs as points of the unit cube, keeping each parameter's order and
// magnitude (the one-hot encoding keeps neither): a parameter whose values
// are all positive is taken on a log2 scale (sizes, bandwidths and counts
// double from one value to the next), any other linearly; each is then
// scaled to [0, 1] over its allowed values. What distance-based models (a
// Gaussian process, nearest neighbours) read.
#include <cstddef>
#include <span>
#include <vector>

#include "space/search_space.h"

namespace prime {

class NumericFeatures {
public:
    explicit NumericFeatures(const SearchSpace& space);
    std::size_t width() const { return table_.size(); }
    /// Row-major n x width() floats in [0, 1].
    std::vector<float> encode(const std::vector<Design>& designs) const;
    /// Designs as a flat index matrix (n x width()).
    std::vector<float> encode(std::span<const ValueIndex> designs, std::size_t n) const;

private:
    std::vector<std::vector<float>> table_;  // per parameter: feature of each value index
};

}  // namespace prime
