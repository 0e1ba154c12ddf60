#pragma once
#include <filesystem>

#include "data/design_log.h"

namespace prime {

// Writes a design-log CSV with PRIME-compatible names where the space has
// them (param_N aliases), then runtime, area, infeasible, app, reason (when
// the log has reasons) and extra metrics. Infeasible rows with no latency or
// area (NaN) get empty cells. Written atomically.
void write_csv_log(const DesignLog& log, const std::filesystem::path& path);

}  // namespace prime
