// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/neighbour_vote.h"

#include <cmath>
#include <stdexcept>
#include <utility>

namespace prime {

NeighbourVote::NeighbourVote(std::vector<float> points, std::size_t d, std::vector<std::uint8_t> ok, std::size_t k)
    : points_(std::move(points)), ok_(std::move(ok)), d_(d), k_(k) {
    if (k_ == 0 || (d_ == 0 && !ok_.empty()) || points_.size() != ok_.size() * d_)
        throw std::invalid_argument("neighbour vote: " + std::to_string(points_.size()) + " feature values for " +
                                    std::to_string(ok_.size()) + " labels of dimension " + std::to_string(d_));
}

bool NeighbourVote::runs(const float* q) const {
    // The k best (distance, label) pairs, kept sorted by insertion.
    std::vector<std::pair<float, std::uint8_t>> best(k_, {INFINITY, 0});
    for (std::size_t i = 0; i < ok_.size(); ++i) {
        const float* p = &points_[i * d_];
        float dist = 0;
        for (std::size_t j = 0; j < d_; ++j) dist += (p[j] - q[j]) * (p[j] - q[j]);
        if (dist >= best.back().first) continue;
        std::size_t at = k_ - 1;
        while (at > 0 && best[at - 1].first > dist) best[at] = best[at - 1], --at;
        best[at] = {dist, ok_[i]};
    }
    std::size_t votes = 0, voters = 0;
    for (const auto& [dist, ran] : best)
        if (std::isfinite(dist)) ++voters, votes += ran;
    return voters == 0 || 2 * votes > voters;
}

}  // namespace prime
