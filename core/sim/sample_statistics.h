#pragma once
// Statistics of a uniform random sample of designs for one workload: what the
// calibration report in docs/simulator.md shows beside PRIME's Table 1.
#include <array>
#include <cstdint>
#include <string>

#include "sim/simulator.h"

namespace prime {

struct SampleStatistics {
    std::string workload;
    std::uint64_t designs = 0;
    std::uint64_t feasible = 0;
    std::array<std::uint64_t, kReasonCount> reasons{};  // infeasible designs by Reason
    std::uint64_t feasible_within_area_budget = 0;
    // Latency of the feasible designs, ms (0 when none is feasible).
    double latency_min = 0, latency_median = 0, latency_mean = 0, latency_max = 0;

    double infeasible_fraction() const { return designs ? double(designs - feasible) / double(designs) : 0; }
};

// Design i is drawn from Rng::for_item(seed, i), exactly as generate_log()
// draws it, so the statistics describe the rows of a generated log.
SampleStatistics sample_statistics(const Simulator& simulator, const PreparedWorkload& workload,
                                   std::uint64_t designs, std::uint64_t seed);

}  // namespace prime
