#include "model/negative_population.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace prime {

namespace {
// Draws allowed in a row before giving up on the constraint for one member:
// an impossible constraint must not hang training.
constexpr int kConstraintTries = 200;
}  // namespace

NegativePopulation::NegativePopulation(const SearchSpace& space, std::size_t size, std::uint64_t seed, Constraint constraint)
    : space_(&space), dim_(space.dimension()), rng_(seed), fitness_(size, 0.0f), born_(size, 0),
      constraint_(std::move(constraint)) {
    if (size == 0) throw std::invalid_argument("negative population must not be empty");
    designs_.reserve(size * dim_);
    // Uniform random start, like the logged designs themselves: the model's
    // favourites among them are what the first generations climb from.
    for (std::size_t i = 0; i < size; ++i) {
        Design d = space.sample(rng_);
        for (int t = 0; constraint_ && t < kConstraintTries && !constraint_(d); ++t) d = space.sample(rng_);
        designs_.insert(designs_.end(), d.index.begin(), d.index.end());
    }
}

void NegativePopulation::set_fitness(std::span<const float> fitness) {
    if (fitness.size() != fitness_.size()) throw std::invalid_argument("negative population: fitness size mismatch");
    std::copy(fitness.begin(), fitness.end(), fitness_.begin());
}

void NegativePopulation::advance(std::size_t children, std::size_t tournament, double mutation_rate, const ScoreFn& score) {
    const std::size_t n = size();
    children = std::min(children, n);
    if (children == 0) return;
    tournament = std::max<std::size_t>(1, std::min(tournament, n));

    std::vector<ValueIndex> kids(children * dim_);
    Design parent;
    parent.index.resize(dim_);
    for (std::size_t c = 0; c < children; ++c) {
        std::size_t best = rng_.below(static_cast<std::uint32_t>(n));
        for (std::size_t t = 1; t < tournament; ++t) {
            const std::size_t other = rng_.below(static_cast<std::uint32_t>(n));
            if (fitness_[other] > fitness_[best]) best = other;
        }
        std::copy_n(designs_.begin() + static_cast<std::ptrdiff_t>(best * dim_), dim_, parent.index.begin());
        Design child = space_->mutate(parent, rng_, mutation_rate);
        // Children that leave the allowed set are redrawn; after too many
        // misses the (allowed) parent is kept unchanged.
        for (int t = 0; constraint_ && t < kConstraintTries && !constraint_(child); ++t)
            child = space_->mutate(parent, rng_, mutation_rate);
        if (constraint_ && !constraint_(child)) child = parent;
        std::copy(child.index.begin(), child.index.end(), kids.begin() + static_cast<std::ptrdiff_t>(c * dim_));
    }
    std::vector<float> kid_fitness(children);
    score(kids, children, kid_fitness.data());

    // The `children` oldest members leave (ties by position, so it is deterministic).
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(children), order.end(),
                      [&](std::size_t a, std::size_t b) { return born_[a] != born_[b] ? born_[a] < born_[b] : a < b; });
    ++clock_;
    for (std::size_t c = 0; c < children; ++c) {
        const std::size_t slot = order[c];
        std::copy_n(kids.begin() + static_cast<std::ptrdiff_t>(c * dim_), dim_, designs_.begin() + static_cast<std::ptrdiff_t>(slot * dim_));
        fitness_[slot] = kid_fitness[c];
        born_[slot] = clock_;
    }
}

}  // namespace prime
