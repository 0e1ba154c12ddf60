// SPDX-License-Identifier: GPL-3.0-or-later
#include "space/numeric_features.h"

#include <algorithm>
#include <cmath>

namespace prime {

NumericFeatures::NumericFeatures(const SearchSpace& space) {
    for (const auto& p : space.parameters()) {
        const bool positive = !p.values.empty() && p.values.front() > 0;  // values are strictly increasing
        std::vector<double> f;
        for (double v : p.values) f.push_back(positive ? std::log2(v) : v);
        const double lo = f.empty() ? 0 : f.front(), span = f.empty() ? 0 : f.back() - f.front();
        std::vector<float> col;
        for (double x : f) col.push_back(span > 0 ? static_cast<float>((x - lo) / span) : 0.0f);
        table_.push_back(std::move(col));
    }
}

std::vector<float> NumericFeatures::encode(std::span<const ValueIndex> designs, std::size_t n) const {
    const std::size_t d = width();
    std::vector<float> out(n * d);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j) out[i * d + j] = table_[j].at(designs[i * d + j]);
    return out;
}

std::vector<float> NumericFeatures::encode(const std::vector<Design>& designs) const {
    const std::size_t d = width();
    std::vector<ValueIndex> flat;
    flat.reserve(designs.size() * d);
    for (const auto& x : designs) flat.insert(flat.end(), x.index.begin(), x.index.end());
    return encode(flat, designs.size());
}

}  // namespace prime
