#pragma once
// Tables of designs without results: a CSV with one column per parameter
// (names or aliases, raw values), e.g. designs to simulate or to score.
// Extra columns are ignored, so an exported proposal file reads back as-is.
#include <filesystem>
#include <vector>

#include "space/search_space.h"

namespace prime {

// Throws InputError naming the file and line for a missing parameter column,
// a ragged row, a non-numeric value or a value outside the space.
std::vector<Design> read_design_table(const std::filesystem::path& path, const SearchSpace& space);

// Writes the designs' raw values under the parameters' names (atomically).
void write_design_table(const std::vector<Design>& designs, const SearchSpace& space, const std::filesystem::path& path);

}  // namespace prime
