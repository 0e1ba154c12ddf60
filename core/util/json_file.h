#pragma once
// Reading a JSON file with errors people can act on: a syntax error names
// the file and the line (nlohmann reports a byte offset).
#include <filesystem>

#include <nlohmann/json.hpp>

namespace prime {

// Throws InputError (file, line) when the file cannot be read or is not JSON.
nlohmann::json read_json_file(const std::filesystem::path& path);

}  // namespace prime
