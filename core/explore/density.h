// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Density rasters of a design log for the area-latency view: how many
// feasible designs fall in each cell of the visible (area, latency) range,
// one layer per application or one summed layer, and how many infeasible
// designs (which have no latency) fall in each area column, by reason. A
// view with few visible designs gets their rows instead, to draw markers.
#include <cstdint>
#include <limits>
#include <vector>

#include "data/design_log.h"
#include "explore/app_mask.h"
#include "explore/axis_bins.h"

namespace prime::explore {

inline constexpr RowIndex kNoRow = std::numeric_limits<RowIndex>::max();

struct DensityQuery {
    AxisBins area;     // x: the visible area range, one cell per raster column
    AxisBins latency;  // y: the visible latency range (feasible designs only)
    AppMask apps;      // applications shown (empty = all)
    bool per_app = false;  // one feasible layer per application (else one layer)
    // Visible rows are returned (for markers) when at most this many are visible.
    std::size_t marker_limit = 0;
};

struct DensityRaster {
    AxisBins area, latency;
    // layer_app[l]: the application of feasible layer l (per_app), else empty.
    std::vector<AppId> layer_app;
    // feasible[l][iy * area.bins + ix]: feasible designs in that cell (iy = 0 is the lowest latency).
    std::vector<std::vector<std::uint32_t>> feasible;
    // One design in each cell over all feasible layers (kNoRow when empty), for hover.
    std::vector<RowIndex> feasible_row;
    // infeasible[slot][ix]: infeasible designs of that area column; slot 0 =
    // unknown reason, slot r = reason_names()[r - 1] (DesignLog::reason()).
    std::vector<std::vector<std::uint32_t>> infeasible;
    std::vector<RowIndex> infeasible_row;  // [slot * area.bins + ix]
    std::uint64_t visible_feasible = 0, visible_infeasible = 0;
    // Set when visible designs <= marker_limit: then these hold every one of them.
    bool markers = false;
    Selection feasible_rows, infeasible_rows;

    std::uint32_t feasible_max() const;  // the largest count of any cell of any layer
};

// Throws std::invalid_argument for invalid axes. Runs on the calling thread
// plus helpers (row_chunks.h); call it off the GUI thread for large logs.
DensityRaster compute_density(const DesignLog& log, const DensityQuery& query);

}  // namespace prime::explore
