#include "search/optimizer_factory.h"
#include "util/json_file.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "search/firefly.h"
#include "search/genetic_algorithm.h"
#include "search/random_search.h"
#include "search/regularized_evolution.h"
#include "search/state_json.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

using nlohmann::json;

const std::vector<std::string>& optimizer_kinds() {
    static const std::vector<std::string> kinds{"evolution", "firefly", "genetic", "random"};
    return kinds;
}

std::unique_ptr<Optimizer> make_optimizer(std::string_view kind, SearchSpace space, std::uint64_t seed) {
    return make_optimizer(kind, std::move(space), seed, json::object());
}

std::unique_ptr<Optimizer> make_optimizer(std::string_view kind, SearchSpace space, std::uint64_t seed,
                                          const json& options) {
    if (kind == "evolution")
        return std::make_unique<RegularizedEvolution>(std::move(space), seed, evolution_options_from_json(options));
    if (kind == "firefly")
        return std::make_unique<Firefly>(std::move(space), seed, firefly_options_from_json(options));
    if (kind == "genetic")
        return std::make_unique<GeneticAlgorithm>(std::move(space), seed, genetic_options_from_json(options));
    if (kind == "random") {
        search_json::require_object_with_keys(options, {}, "random search options");
        return std::make_unique<RandomSearch>(std::move(space), seed);
    }
    std::string known;
    for (const auto& k : optimizer_kinds()) known += (known.empty() ? "" : ", ") + k;
    throw std::invalid_argument("unknown optimizer '" + std::string(kind) + "' (known: " + known + ")");
}

std::unique_ptr<Optimizer> restore_optimizer(SearchSpace space, const json& state) {
    if (!state.is_object() || !state.contains("kind") || !state["kind"].is_string() || !state.contains("seed") ||
        !state["seed"].is_number_unsigned())
        throw std::invalid_argument("optimizer state: expected an object with \"kind\" and \"seed\"");
    auto optimizer = make_optimizer(state["kind"].get<std::string>(), std::move(space), state["seed"].get<std::uint64_t>(),
                                    state.value("options", json::object()));
    optimizer->restore_state(state);
    return optimizer;
}

void save_optimizer_state(const Optimizer& optimizer, const std::filesystem::path& path) {
    write_text_atomically(path, optimizer.save_state().dump(1) + "\n");
}

std::unique_ptr<Optimizer> load_optimizer_state(SearchSpace space, const std::filesystem::path& path) {
    const json state = read_json_file(path);
    try {
        return restore_optimizer(std::move(space), state);
    } catch (const std::invalid_argument& e) {
        throw InputError(path.string(), "line", 0, e.what());
    }
}

}  // namespace prime
