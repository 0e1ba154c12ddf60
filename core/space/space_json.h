#pragma once
// The search-space spec file (JSON), documented in docs/formats.md.
#include <filesystem>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "space/search_space.h"

namespace prime {

nlohmann::json space_to_json(const SearchSpace& space);
// `source` names the file in error messages.
SearchSpace space_from_json(const nlohmann::json& j, const std::string& source = "<json>");

SearchSpace load_space(const std::filesystem::path& path);
void save_space(const SearchSpace& space, const std::filesystem::path& path);

// The directory holding shipped resources (spaces/, workloads/): the
// PRIME_RESOURCE_DIR environment variable, else share/prime-studio beside
// the running program's bin/ (an installed or unpacked package, wherever its
// root is), else the source tree, else the install prefix baked in at build time.
std::filesystem::path resource_dir();
// resources/spaces/prime-edgetpu.json, PRIME's 10-parameter space.
SearchSpace builtin_edgetpu_space();

}  // namespace prime
