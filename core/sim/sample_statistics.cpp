#include "sim/sample_statistics.h"

#include <algorithm>
#include <vector>

#include "util/random.h"

namespace prime {

SampleStatistics sample_statistics(const Simulator& simulator, const PreparedWorkload& workload, std::uint64_t designs,
                                   std::uint64_t seed) {
    SampleStatistics stats;
    stats.workload = workload.name;
    stats.designs = designs;
    std::vector<double> latencies;
    latencies.reserve(designs);
    for (std::uint64_t i = 0; i < designs; ++i) {
        Rng rng = Rng::for_item(seed, i);
        const Design design = simulator.space().sample(rng);
        const SimSummary s = simulator.evaluate_summary(design, workload);
        if (!s.feasible) {
            ++stats.reasons[static_cast<std::size_t>(s.reason)];
            continue;
        }
        ++stats.feasible;
        if (!s.area_over_budget) ++stats.feasible_within_area_budget;
        latencies.push_back(s.latency_ms);
    }
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        stats.latency_min = latencies.front();
        stats.latency_max = latencies.back();
        const std::size_t n = latencies.size();
        stats.latency_median = n % 2 ? latencies[n / 2] : 0.5 * (latencies[n / 2 - 1] + latencies[n / 2]);
        double sum = 0;
        for (double v : latencies) sum += v;
        stats.latency_mean = sum / double(n);
    }
    return stats;
}

}  // namespace prime
