// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scores every design of a small space: the exact answer for the model, with
// no search to lose it. The Study uses it instead of the chosen optimizer
// when the space has at most StudyOptions::exhaustive_limit designs (a
// 137,200-design space is scored by the default surrogate in well under a
// second), so it is deliberately not in the optimizer registry: it is not a
// search algorithm to choose, and the registry's shared tests (beating random
// search on a large synthetic space) do not apply to it.
//
// Each ask(n) returns the next n designs of the space's mixed-radix order
// (the first parameter varies fastest), wrapping around to the first designs,
// so every ask has n designs and ceil(size / n) asks cover the whole space.
#include <cstdint>

#include "search/optimizer.h"

namespace prime {

class Enumeration final : public Optimizer {
public:
    /// std::invalid_argument when the space has more than 2^40 designs.
    Enumeration(SearchSpace space, std::uint64_t seed = 0);
    std::string_view kind() const override { return "enumeration"; }
    std::uint64_t size() const { return size_; }
    /// Asks of `population` designs that cover the whole space.
    std::size_t generations_for(std::size_t population) const;

private:
    std::vector<Design> propose(std::size_t n, Rng& rng) override;
    void observe(const std::vector<Design>&, const std::vector<double>&) override {}
    nlohmann::json options_json() const override;
    nlohmann::json algorithm_state() const override;
    void restore_algorithm(const nlohmann::json& options, const nlohmann::json& state) override;

    std::uint64_t size_ = 0;
    std::uint64_t next_ = 0;  // the next design's position in the order
};

}  // namespace prime
