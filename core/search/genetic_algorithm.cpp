#include "search/genetic_algorithm.h"

#include <algorithm>
#include <stdexcept>

#include "search/selection.h"
#include "search/state_json.h"

namespace prime {

using nlohmann::json;
namespace sj = search_json;

void GeneticAlgorithmOptions::validate() const {
    if (tournament_size < 1) throw std::invalid_argument("genetic: tournament_size must be >= 1");
    if (!(crossover_rate >= 0.0 && crossover_rate <= 1.0))
        throw std::invalid_argument("genetic: crossover_rate must be in [0, 1]");
    if (!(mutation_rate >= 0.0 && mutation_rate <= 1.0))
        throw std::invalid_argument("genetic: mutation_rate must be in [0, 1]");
}

json to_json(const GeneticAlgorithmOptions& o) {
    return {{"tournament_size", o.tournament_size},
            {"crossover_rate", o.crossover_rate},
            {"mutation_rate", o.mutation_rate},
            {"elite_count", o.elite_count}};
}

GeneticAlgorithmOptions genetic_options_from_json(const json& j) {
    constexpr const char* what = "genetic options";
    sj::require_object_with_keys(j, {"tournament_size", "crossover_rate", "mutation_rate", "elite_count"}, what);
    GeneticAlgorithmOptions o;
    o.tournament_size = sj::count_or(j, "tournament_size", o.tournament_size, what);
    o.crossover_rate = sj::number_or(j, "crossover_rate", o.crossover_rate, what);
    o.mutation_rate = sj::number_or(j, "mutation_rate", o.mutation_rate, what);
    o.elite_count = sj::count_or(j, "elite_count", o.elite_count, what);
    o.validate();
    return o;
}

GeneticAlgorithm::GeneticAlgorithm(SearchSpace space, std::uint64_t seed, GeneticAlgorithmOptions options)
    : Optimizer(std::move(space), seed), options_(options) {
    options_.validate();
}

std::vector<Design> GeneticAlgorithm::propose(std::size_t n, Rng& rng) {
    std::vector<Design> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (population_.empty()) {
            out.push_back(space().sample(rng));
            continue;
        }
        Design child = population_[tournament_select(population_, options_.tournament_size, rng)].design;
        if (rng.uniform() < options_.crossover_rate) {
            const auto& other = population_[tournament_select(population_, options_.tournament_size, rng)].design;
            child = uniform_crossover(child, other, rng);
        }
        out.push_back(space().mutate(child, rng, options_.mutation_rate));
    }
    return out;
}

void GeneticAlgorithm::observe(const std::vector<Design>& designs, const std::vector<double>& scores) {
    std::vector<ScoredDesign> children;
    children.reserve(designs.size());
    for (std::size_t i = 0; i < designs.size(); ++i) children.push_back({designs[i], scores[i]});

    // Elites replace the worst children: the generation keeps its size and
    // its best member can only get better.
    const std::size_t elites = std::min({options_.elite_count, population_.size(), children.size()});
    std::vector<ScoredDesign> next;
    next.reserve(children.size());
    const auto old_rank = rank_best_first(population_);
    for (std::size_t e = 0; e < elites; ++e) next.push_back(population_[old_rank[e]]);
    const auto child_rank = rank_best_first(children);
    for (std::size_t c = 0; c + elites < children.size(); ++c) next.push_back(children[child_rank[c]]);
    population_ = std::move(next);
}

json GeneticAlgorithm::options_json() const { return to_json(options_); }

json GeneticAlgorithm::algorithm_state() const { return {{"population", sj::scored_to_json(population_)}}; }

void GeneticAlgorithm::restore_algorithm(const json& options, const json& state) {
    auto restored_options = genetic_options_from_json(options);
    sj::require_object_with_keys(state, {"population"}, "genetic state");
    auto population = sj::scored_from_json(state.at("population"), space(), "genetic population");
    options_ = restored_options;
    population_ = std::move(population);
}

}  // namespace prime
