#pragma once
// Optimizers by name, for the CLI (--optimizer evolution|firefly|...), the
// GUI's chooser and study files; and optimizer state files, so a long search
// can stop and later continue exactly where it was.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "search/optimizer.h"

namespace prime {

/// One optimizer kind: its name, a one-line description (CLI help, GUI
/// tooltips) and how to build it from a JSON object of its options.
struct OptimizerEntry {
    std::string kind;
    std::string summary;
    std::function<std::unique_ptr<Optimizer>(SearchSpace, std::uint64_t seed, const nlohmann::json& options)> make;
};

/// The one registry of optimizers; add a new one here (docs/architecture.md).
const std::vector<OptimizerEntry>& optimizer_registry();
/// The registry's kinds, in order: "evolution", "firefly", "genetic", "random".
const std::vector<std::string>& optimizer_kinds();

/// A fresh optimizer of `kind` with default options, or with `options` (a
/// JSON object of that kind's option fields; missing fields keep defaults).
/// std::invalid_argument for an unknown kind, unknown option or bad value.
std::unique_ptr<Optimizer> make_optimizer(std::string_view kind, SearchSpace space, std::uint64_t seed);
std::unique_ptr<Optimizer> make_optimizer(std::string_view kind, SearchSpace space, std::uint64_t seed,
                                          const nlohmann::json& options);

/// An optimizer rebuilt from Optimizer::save_state(): kind, seed and options
/// all come from the state. std::invalid_argument when it does not fit `space`.
std::unique_ptr<Optimizer> restore_optimizer(SearchSpace space, const nlohmann::json& state);

/// State files (JSON), written atomically so a crash never leaves half a file.
void save_optimizer_state(const Optimizer& optimizer, const std::filesystem::path& path);
/// InputError naming the file when it cannot be read, parsed or restored.
std::unique_ptr<Optimizer> load_optimizer_state(SearchSpace space, const std::filesystem::path& path);

}  // namespace prime
