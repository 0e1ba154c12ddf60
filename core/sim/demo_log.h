#pragma once
// The built-in demo log: the nine PRIME applications, 20,000 uniform random
// designs each, evaluated by the built-in simulator. Generated once,
// deterministically, and cached as a snapshot so later starts load instantly.
#include <cstdint>
#include <filesystem>
#include <functional>

#include "data/design_log.h"
#include "util/job_control.h"

namespace prime {

struct DemoLogOptions {
    std::uint64_t designs = 20000;  // per application
    std::uint64_t seed = 2022;
    unsigned jobs = 0;              // 0 = one per core
};

// The cache file's name. It encodes the options and a hash of the simulator
// constants, so a changed simulator never serves a stale demo.
std::string demo_log_file_name(const DemoLogOptions& options = {});

// Returns the cached demo log in `cache_dir`, generating and writing it
// (atomically) first when it is missing. `job` counts designs while
// generating; a cancel throws prime::Cancelled.
std::filesystem::path ensure_demo_log(const std::filesystem::path& cache_dir, const DemoLogOptions& options = {},
                                      JobControl* job = nullptr);

}  // namespace prime
