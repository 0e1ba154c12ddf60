// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The feasibility map: over the value grid of two parameters, how many logged
// designs have each value pair, which fraction of them is feasible, and the
// best latency among the feasible ones within the area budget. And, per
// parameter, a histogram of feasible designs and infeasible ones by reason.
#include <cstdint>
#include <limits>
#include <vector>

#include "data/design_log.h"
#include "explore/app_mask.h"

namespace prime::explore {

struct FeasibilityGrid {
    std::size_t param_x = 0, param_y = 0;
    std::size_t nx = 0, ny = 0;  // value counts of the two parameters
    // Cell (ix, iy) is at [iy * nx + ix]; ix, iy are value indices.
    std::vector<std::uint64_t> rows, feasible;
    std::vector<float> best_latency_ms;  // NaN: no feasible design within the budget there
    std::vector<RowIndex> best_row;      // the design with that latency

    std::size_t cell(std::size_t ix, std::size_t iy) const { return iy * nx + ix; }
    // Feasible fraction of a cell; NaN when the log has no design there.
    double fraction(std::size_t ix, std::size_t iy) const {
        const auto n = rows[cell(ix, iy)];
        return n ? static_cast<double>(feasible[cell(ix, iy)]) / static_cast<double>(n)
                 : std::numeric_limits<double>::quiet_NaN();
    }
};

// Throws std::out_of_range for a parameter position outside the space.
// `budget_mm2` = +inf: no area budget. Latencies of different applications
// are mixed only when `apps` shows several; pick one for a meaningful best.
FeasibilityGrid feasibility_grid(const DesignLog& log, std::size_t param_x, std::size_t param_y, const AppMask& apps = {},
                                 double budget_mm2 = std::numeric_limits<double>::infinity());

struct ParameterHistogram {
    std::size_t parameter = 0;
    std::vector<std::uint64_t> feasible;                 // [value index]
    std::vector<std::vector<std::uint64_t>> infeasible;  // [reason slot][value]; slot 0 = unknown reason
};

ParameterHistogram parameter_histogram(const DesignLog& log, std::size_t parameter, const AppMask& apps = {});

}  // namespace prime::explore
