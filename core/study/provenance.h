#pragma once
// Where exported designs came from: which log and which model (by content
// hash, so a renamed file still matches and a retrained model does not),
// the study's settings and seed, and the program version. Enough to rerun
// the study or to tell two exports apart months later.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace prime {

/// 64-bit FNV-1a of a file's bytes as 16 hex digits; a directory hashes its
/// regular files (names and bytes) in name order. InputError when unreadable.
std::string hash_path(const std::filesystem::path& path);
/// Combined hash of several paths, in the given order.
std::string hash_paths(const std::vector<std::filesystem::path>& paths);

struct Provenance {
    std::vector<std::string> log_files;
    std::string log_hash;
    std::string model_path;
    std::string model_hash;
    std::string predictor;             // LatencyPredictor::describe()
    std::string oracle;                // Oracle::describe(), empty when not verified
    std::string area_model;            // AreaEstimator::kind(): "analytic", "log-nearest", "surrogate", "none"
    nlohmann::json settings = nlohmann::json::object();  // to_json(StudyOptions)
    std::uint64_t seed = 0;
    std::string version = PRIME_VERSION;
    std::string created_utc;           // ISO 8601, set by now_utc()
};

/// The current time as "2024-05-01T12:34:56Z".
std::string now_utc();

nlohmann::json to_json(const Provenance& p);
/// Missing keys keep their defaults (older files stay readable).
Provenance provenance_from_json(const nlohmann::json& j);

}  // namespace prime
