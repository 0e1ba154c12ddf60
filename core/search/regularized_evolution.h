#pragma once
// Regularized (aging) evolution, Real et al. 2019: a sliding window of the
// most recent designs; each child mutates the winner of a small random
// tournament, and the oldest member dies instead of the worst. Removing by
// age keeps the population moving and stops one lucky, overrated design
// (a surrogate's favourite error) from ruling forever.
#include <vector>

#include "search/optimizer.h"

namespace prime {

struct RegularizedEvolutionOptions {
    /// P: members alive at once. The first P designs asked are uniform random.
    std::size_t population_size = 64;
    /// S: members drawn (without replacement) per tournament. Larger S
    /// exploits harder; S = P is greedy, S = 1 is random parent choice.
    std::size_t tournament_size = 8;
    /// Probability that each parameter of the parent is resampled; at least
    /// one parameter always changes, so a child is never a copy.
    double mutation_rate = 0.1;

    /// std::invalid_argument naming the field when a value is out of range.
    void validate() const;
};

nlohmann::json to_json(const RegularizedEvolutionOptions& options);
/// Missing keys keep their defaults; unknown keys and bad values throw.
RegularizedEvolutionOptions evolution_options_from_json(const nlohmann::json& j);

class RegularizedEvolution final : public Optimizer {
public:
    RegularizedEvolution(SearchSpace space, std::uint64_t seed, RegularizedEvolutionOptions options = {});
    std::string_view kind() const override { return "evolution"; }
    const RegularizedEvolutionOptions& options() const { return options_; }
    /// Current members, oldest first.
    const std::vector<ScoredDesign>& population() const { return population_; }

private:
    std::vector<Design> propose(std::size_t n, Rng& rng) override;
    void observe(const std::vector<Design>& designs, const std::vector<double>& scores) override;
    nlohmann::json options_json() const override;
    nlohmann::json algorithm_state() const override;
    void restore_algorithm(const nlohmann::json& options, const nlohmann::json& state) override;

    RegularizedEvolutionOptions options_;
    std::vector<ScoredDesign> population_;  // oldest first
};

}  // namespace prime
