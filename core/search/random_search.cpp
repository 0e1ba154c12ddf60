#include "search/random_search.h"

#include "search/state_json.h"

namespace prime {

using nlohmann::json;

RandomSearch::RandomSearch(SearchSpace space, std::uint64_t seed, RandomSearchOptions)
    : Optimizer(std::move(space), seed) {}

std::vector<Design> RandomSearch::propose(std::size_t n, Rng& rng) {
    std::vector<Design> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(space().sample(rng));
    return out;
}

json RandomSearch::options_json() const { return json::object(); }

json RandomSearch::algorithm_state() const { return json::object(); }

void RandomSearch::restore_algorithm(const json& options, const json& state) {
    search_json::require_object_with_keys(options, {}, "random search options");
    search_json::require_object_with_keys(state, {}, "random search state");
}

}  // namespace prime
