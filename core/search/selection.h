#pragma once
// Variation and selection operators shared by the population methods. Each
// takes the generator as a parameter, so no operator hides a global engine.
#include <cstddef>
#include <vector>

#include "search/optimizer.h"

namespace prime {

/// Draws min(k, pool.size()) distinct members uniformly and returns the index
/// of the highest-scoring one (the first drawn on ties). `pool` must not be
/// empty and k must be >= 1.
std::size_t tournament_select(const std::vector<ScoredDesign>& pool, std::size_t k, Rng& rng);

/// Each parameter comes from `a` or `b` with probability 1/2.
Design uniform_crossover(const Design& a, const Design& b, Rng& rng);

/// Indices of `pool` ordered best first; equal scores keep pool order, so the
/// ranking is the same with every standard library.
std::vector<std::size_t> rank_best_first(const std::vector<ScoredDesign>& pool);

}  // namespace prime
