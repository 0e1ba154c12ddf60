#include "search/regularized_evolution.h"

#include <stdexcept>

#include "search/selection.h"
#include "search/state_json.h"

namespace prime {

using nlohmann::json;
namespace sj = search_json;

void RegularizedEvolutionOptions::validate() const {
    if (population_size < 2) throw std::invalid_argument("evolution: population_size must be >= 2");
    if (tournament_size < 1 || tournament_size > population_size)
        throw std::invalid_argument("evolution: tournament_size must be in [1, population_size]");
    if (!(mutation_rate >= 0.0 && mutation_rate <= 1.0))
        throw std::invalid_argument("evolution: mutation_rate must be in [0, 1]");
}

json to_json(const RegularizedEvolutionOptions& o) {
    return {{"population_size", o.population_size},
            {"tournament_size", o.tournament_size},
            {"mutation_rate", o.mutation_rate}};
}

RegularizedEvolutionOptions evolution_options_from_json(const json& j) {
    constexpr const char* what = "evolution options";
    sj::require_object_with_keys(j, {"population_size", "tournament_size", "mutation_rate"}, what);
    RegularizedEvolutionOptions o;
    o.population_size = sj::count_or(j, "population_size", o.population_size, what);
    o.tournament_size = sj::count_or(j, "tournament_size", o.tournament_size, what);
    o.mutation_rate = sj::number_or(j, "mutation_rate", o.mutation_rate, what);
    o.validate();
    return o;
}

RegularizedEvolution::RegularizedEvolution(SearchSpace space, std::uint64_t seed,
                                           RegularizedEvolutionOptions options)
    : Optimizer(std::move(space), seed), options_(options) {
    options_.validate();
}

std::vector<Design> RegularizedEvolution::propose(std::size_t n, Rng& rng) {
    std::vector<Design> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Fill the window with random designs first (counting the ones being
        // asked now); evolution starts once there is a population to select from.
        if (population_.empty() || population_.size() + i < options_.population_size) {
            out.push_back(space().sample(rng));
        } else {
            const auto& parent = population_[tournament_select(population_, options_.tournament_size, rng)];
            out.push_back(space().mutate(parent.design, rng, options_.mutation_rate));
        }
    }
    return out;
}

void RegularizedEvolution::observe(const std::vector<Design>& designs, const std::vector<double>& scores) {
    for (std::size_t i = 0; i < designs.size(); ++i) population_.push_back({designs[i], scores[i]});
    if (population_.size() > options_.population_size) {
        const auto excess = static_cast<std::ptrdiff_t>(population_.size() - options_.population_size);
        population_.erase(population_.begin(), population_.begin() + excess);  // the oldest die
    }
}

json RegularizedEvolution::options_json() const { return to_json(options_); }

json RegularizedEvolution::algorithm_state() const { return {{"population", sj::scored_to_json(population_)}}; }

void RegularizedEvolution::restore_algorithm(const json& options, const json& state) {
    auto restored_options = evolution_options_from_json(options);
    sj::require_object_with_keys(state, {"population"}, "evolution state");
    auto population = sj::scored_from_json(state.at("population"), space(), "evolution population");
    if (population.size() > restored_options.population_size)
        throw std::invalid_argument("evolution state: population larger than population_size");
    options_ = restored_options;
    population_ = std::move(population);
}

}  // namespace prime
