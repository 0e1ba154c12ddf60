#pragma once
// The persistent population of "negatives" for conservative training
// (prime-method.md §6): designs an optimizer finds attractive under the
// current model. Instead of running a whole search per training step, the
// population lives across steps and advances a generation or two per step
// (regularized evolution: tournament parents, mutation, the oldest member
// leaves), so mining costs a small fraction of a step. Plain C++: scoring is
// a callback, so the population never holds model state or gradients.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "space/search_space.h"
#include "util/random.h"

namespace prime {

class NegativePopulation {
public:
    // Scores `n` designs given as a flat row-major index matrix into `out`.
    using ScoreFn = std::function<void(std::span<const ValueIndex> designs, std::size_t n, float* out)>;

    // Which designs the final search may return (e.g. within the area
    // budget). Negatives are meant to be what that search would find, so the
    // population never leaves this set; empty = every design.
    using Constraint = std::function<bool(const Design&)>;

    NegativePopulation(const SearchSpace& space, std::size_t size, std::uint64_t seed, Constraint constraint = {});

    std::size_t size() const { return fitness_.size(); }
    std::size_t dim() const { return dim_; }
    // Members as a flat row-major index matrix (size() x dim()).
    std::span<const ValueIndex> designs() const { return designs_; }
    std::span<const float> fitness() const { return fitness_; }

    // Updates the members' fitness (e.g. from the training forward pass, so
    // re-scoring the population costs nothing extra).
    void set_fitness(std::span<const float> fitness);

    // One generation: `children` tournament-selected parents are mutated,
    // scored with `score` and replace the oldest members.
    void advance(std::size_t children, std::size_t tournament, double mutation_rate, const ScoreFn& score);

private:
    const SearchSpace* space_;
    std::size_t dim_;
    Rng rng_;
    std::vector<ValueIndex> designs_;
    std::vector<float> fitness_;
    std::vector<std::uint64_t> born_;  // generation counter at birth; the smallest is the oldest
    std::uint64_t clock_ = 0;
    Constraint constraint_;
};

}  // namespace prime
