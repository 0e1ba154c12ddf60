#pragma once
// A plain generational genetic algorithm: tournament selection, uniform
// crossover, mutation and elitism. It is the model-free baseline users know
// from textbooks, next to aging evolution (mutation only) and the firefly
// swarm. The generation size is the ask() size.
#include <vector>

#include "search/optimizer.h"

namespace prime {

struct GeneticAlgorithmOptions {
    /// Members drawn (without replacement) per parent selection.
    std::size_t tournament_size = 3;
    /// Probability that a child mixes two parents (uniform crossover);
    /// otherwise it starts as a copy of one parent.
    double crossover_rate = 0.9;
    /// Probability that each parameter of the child is resampled; at least
    /// one parameter always changes, so a child never repeats its parent.
    double mutation_rate = 0.1;
    /// Best members of the previous generation carried over unchanged; they
    /// replace the worst children, so the best design is never lost.
    std::size_t elite_count = 2;

    /// std::invalid_argument naming the field when a value is out of range.
    void validate() const;
};

nlohmann::json to_json(const GeneticAlgorithmOptions& options);
/// Missing keys keep their defaults; unknown keys and bad values throw.
GeneticAlgorithmOptions genetic_options_from_json(const nlohmann::json& j);

class GeneticAlgorithm final : public Optimizer {
public:
    GeneticAlgorithm(SearchSpace space, std::uint64_t seed, GeneticAlgorithmOptions options = {});
    std::string_view kind() const override { return "genetic"; }
    const GeneticAlgorithmOptions& options() const { return options_; }
    /// The current generation (elites first after the first tell).
    const std::vector<ScoredDesign>& population() const { return population_; }

private:
    std::vector<Design> propose(std::size_t n, Rng& rng) override;
    void observe(const std::vector<Design>& designs, const std::vector<double>& scores) override;
    nlohmann::json options_json() const override;
    nlohmann::json algorithm_state() const override;
    void restore_algorithm(const nlohmann::json& options, const nlohmann::json& state) override;

    GeneticAlgorithmOptions options_;
    std::vector<ScoredDesign> population_;
};

}  // namespace prime
