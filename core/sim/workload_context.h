#pragma once
// A descriptive, fixed-length context vector per workload, for the contextual
// surrogate and for zero-shot use on unseen workloads (prime-method.md §3):
// log-scaled counts of layer types, MAC and parameter totals, the largest
// activation and the MAC mix. A one-hot application id could not generalise.
#include <array>
#include <string_view>

#include "sim/workload.h"

namespace prime {

inline constexpr std::size_t kContextSize = 25;

// One name per entry, e.g. "log_dwconv", "log10_macs", "share_macs_depthwise".
const std::array<std::string_view, kContextSize>& workload_context_names();

// Counts use ln(1 + n); magnitudes (MACs, bytes) use log10(1 + x); shares are
// fractions in [0, 1]. Deterministic: the same layers give the same vector.
std::array<float, kContextSize> workload_context(const Workload& workload);

}  // namespace prime
