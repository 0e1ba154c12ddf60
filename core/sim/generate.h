#pragma once
// Log generation: uniform random designs (like PRIME's logs) evaluated by the
// built-in simulator on a list of workloads, one row per (design, workload).
//
// Reproducible at any scale: design i is drawn from Rng::for_item(seed, i),
// rows are ordered design-major (design i's rows for every workload, then
// design i + 1), threads fill contiguous chunks that are joined in order, and
// shard k of N covers designs [k*D/N, (k+1)*D/N). So the output is identical
// for any number of jobs, and the shards of a run, concatenated in order,
// equal the unsharded run.
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include "data/design_log.h"
#include "sim/sim_constants.h"
#include "sim/workload.h"
#include "space/search_space.h"
#include "util/job_control.h"

namespace prime {

struct GenerateOptions {
    std::uint64_t designs = 20000;   // designs in the whole run (all shards)
    std::uint64_t seed = 1;
    unsigned jobs = 1;               // threads; 0 = one per hardware thread
    std::uint32_t shard_index = 0;   // this shard, 0-based
    std::uint32_t shard_count = 1;
    // When finite, a design over this area is redrawn from the same item's
    // random stream (so shards still agree); +inf keeps PRIME's uniform sampling.
    double area_budget = std::numeric_limits<double>::infinity();
    SimConstants constants;          // the simulator's constants
    bool energy_metrics = true;      // add "energy_mj" and "power_w" metric columns
};

// Designs [first, first + count) of this shard.
struct ShardRange {
    std::uint64_t first = 0, count = 0;
};
ShardRange shard_range(std::uint64_t designs, std::uint32_t shard_index, std::uint32_t shard_count);

// `job` receives progress (designs of this shard) from the calling thread a
// few times per second and once at the end; when it is cancelled
// generate_log() throws prime::Cancelled. Infeasible rows have
// latency 0 (like PRIME), their reason, and NaN energy/power; area is always filled.
// Throws std::invalid_argument for bad options or a space without the
// simulator's parameters.
DesignLog generate_log(const SearchSpace& space, const std::vector<Workload>& workloads, const GenerateOptions& options,
                       JobControl* job = nullptr);

}  // namespace prime
