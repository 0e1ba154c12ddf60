#pragma once
// The built-in workload library: PRIME's nine applications with public
// stand-ins (reference simulator.md §4), shipped as layer tables in
// resources/workloads/ so that users can read, copy and edit them.
#include <filesystem>
#include <string>
#include <vector>

#include "sim/workload.h"

namespace prime {

// Canonical names in PRIME's table order: MobileNetEdgeTPU, MobileNetV2,
// MobileNetV3, M4, M5, M6, U-Net, t-RNN Dec, t-RNN Enc.
const std::vector<std::string>& builtin_workload_names();

// The canonical name for a name or alias (case, spaces, '-' and '_' ignored:
// "MobilenetV2", "m4", "u-net", "t_rnn_enc", "YOLOv3-tiny" all work), or an
// empty string when nothing matches.
std::string resolve_builtin_workload(const std::string& name_or_alias);

// resources/workloads/<file> of a built-in workload. Throws
// std::invalid_argument listing the known names when nothing matches.
std::filesystem::path builtin_workload_path(const std::string& name_or_alias);
Workload load_builtin_workload(const std::string& name_or_alias);
std::vector<Workload> load_builtin_workloads();

// "all", or a comma-separated list of built-in names/aliases and workload
// file paths (a path is anything with a '/' or ending in .csv).
std::vector<Workload> load_workloads(const std::string& list);

}  // namespace prime
