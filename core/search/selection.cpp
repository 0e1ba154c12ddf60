#include "search/selection.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace prime {

std::size_t tournament_select(const std::vector<ScoredDesign>& pool, std::size_t k, Rng& rng) {
    if (pool.empty() || k == 0) throw std::invalid_argument("tournament_select: empty pool or k = 0");
    k = std::min(k, pool.size());
    // Partial Fisher-Yates: the first k slots become a uniform sample without
    // replacement, as in Real et al.'s aging evolution.
    std::vector<std::size_t> order(pool.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::size_t winner = 0;
    for (std::size_t i = 0; i < k; ++i) {
        const std::size_t j = i + rng.below(static_cast<std::uint32_t>(pool.size() - i));
        std::swap(order[i], order[j]);
        if (i == 0 || pool[order[i]].score > pool[winner].score) winner = order[i];
    }
    return winner;
}

Design uniform_crossover(const Design& a, const Design& b, Rng& rng) {
    Design child = a;
    for (std::size_t i = 0; i < child.size(); ++i)
        if (rng.next() >> 63) child[i] = b[i];
    return child;
}

std::vector<std::size_t> rank_best_first(const std::vector<ScoredDesign>& pool) {
    std::vector<std::size_t> order(pool.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return pool[x].score > pool[y].score; });
    return order;
}

}  // namespace prime
