#pragma once
// Uniform random sampling of the space: the baseline every other optimizer
// must beat, and the honest answer to "did the search help at all?".
#include "search/optimizer.h"

namespace prime {

/// Random search has no hyper-parameters; the struct keeps the constructor
/// shape and the options JSON the same as the other optimizers'.
struct RandomSearchOptions {};

class RandomSearch final : public Optimizer {
public:
    RandomSearch(SearchSpace space, std::uint64_t seed, RandomSearchOptions options = {});
    std::string_view kind() const override { return "random"; }

private:
    std::vector<Design> propose(std::size_t n, Rng& rng) override;
    void observe(const std::vector<Design>&, const std::vector<double>&) override {}
    nlohmann::json options_json() const override;
    nlohmann::json algorithm_state() const override;
    void restore_algorithm(const nlohmann::json& options, const nlohmann::json& state) override;
};

}  // namespace prime
