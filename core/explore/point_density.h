// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A density raster of plain (area, latency) points, in the form the
// explorer's density layers use (density.h), so the search view draws the
// log behind a search exactly as the explorer draws it: for a search over
// several applications the points are the logged designs' combined latencies
// (study/report.h logged_latencies), which no log column holds.
#include <span>

#include "explore/density.h"

namespace prime::explore {

/// One feasible layer: raster.feasible[0][iy * area.bins + ix] counts the
/// points in that cell; points outside the axes (or non-positive on a log
/// axis, or NaN) are not counted. feasible_row holds the point's index.
/// std::invalid_argument for invalid axes or spans of different lengths.
DensityRaster point_density(std::span<const double> area, std::span<const double> latency, const AxisBins& area_bins,
                            const AxisBins& latency_bins);

}  // namespace prime::explore
