// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One pass over a freshly loaded log for what the explorer shows before it
// draws anything: per application, how many rows and feasible designs there
// are, the extent of area and latency (the home view), and how many
// infeasible designs each reason accounts for (the legend's counts).
#include <cstdint>
#include <limits>
#include <vector>

#include "data/design_log.h"
#include "explore/app_mask.h"

namespace prime::explore {

struct AppOverview {
    std::uint64_t rows = 0;
    std::uint64_t feasible = 0;  // feasible with a positive latency and a finite area (drawable)
    double area_min = std::numeric_limits<double>::infinity(), area_max = -std::numeric_limits<double>::infinity();
    double latency_min = std::numeric_limits<double>::infinity(), latency_max = -std::numeric_limits<double>::infinity();
    std::vector<std::uint64_t> infeasible_by_reason;  // [slot]; slot 0 = unknown reason
};

struct LogOverview {
    std::vector<AppOverview> apps;  // in id order
    // The shown applications folded into one (counts summed, extents joined).
    AppOverview combined(const AppMask& mask) const;
};

LogOverview overview(const DesignLog& log);

}  // namespace prime::explore
