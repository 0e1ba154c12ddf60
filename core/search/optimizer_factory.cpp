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

const std::vector<OptimizerEntry>& optimizer_registry() {
    static const std::vector<OptimizerEntry> registry = {
        {"evolution", "regularized evolution (aging tournament selection; the default)",
         [](SearchSpace space, std::uint64_t seed, const json& o) -> std::unique_ptr<Optimizer> {
             return std::make_unique<RegularizedEvolution>(std::move(space), seed, evolution_options_from_json(o));
         }},
        {"firefly", "discrete firefly algorithm (PRIME's choice)",
         [](SearchSpace space, std::uint64_t seed, const json& o) -> std::unique_ptr<Optimizer> {
             return std::make_unique<Firefly>(std::move(space), seed, firefly_options_from_json(o));
         }},
        {"genetic", "genetic algorithm (tournament, uniform crossover, mutation)",
         [](SearchSpace space, std::uint64_t seed, const json& o) -> std::unique_ptr<Optimizer> {
             return std::make_unique<GeneticAlgorithm>(std::move(space), seed, genetic_options_from_json(o));
         }},
        {"random", "uniform random sampling (a baseline)",
         [](SearchSpace space, std::uint64_t seed, const json& o) -> std::unique_ptr<Optimizer> {
             search_json::require_object_with_keys(o, {}, "random search options");
             return std::make_unique<RandomSearch>(std::move(space), seed);
         }},
    };
    return registry;
}

const std::vector<std::string>& optimizer_kinds() {
    static const std::vector<std::string> kinds = [] {
        std::vector<std::string> k;
        for (const auto& e : optimizer_registry()) k.push_back(e.kind);
        return k;
    }();
    return kinds;
}

std::unique_ptr<Optimizer> make_optimizer(std::string_view kind, SearchSpace space, std::uint64_t seed) {
    return make_optimizer(kind, std::move(space), seed, json::object());
}

std::unique_ptr<Optimizer> make_optimizer(std::string_view kind, SearchSpace space, std::uint64_t seed,
                                          const json& options) {
    for (const auto& e : optimizer_registry())
        if (e.kind == kind) return e.make(std::move(space), seed, options);
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
