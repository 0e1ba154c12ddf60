// SPDX-License-Identifier: GPL-3.0-or-later
#include "explore/point_density.h"

#include <stdexcept>

namespace prime::explore {

DensityRaster point_density(std::span<const double> area, std::span<const double> latency, const AxisBins& area_bins,
                            const AxisBins& latency_bins) {
    if (!area_bins.valid() || !latency_bins.valid()) throw std::invalid_argument("point density: invalid axis range");
    if (area.size() != latency.size()) throw std::invalid_argument("point density: area and latency differ in length");
    DensityRaster out;
    out.area = area_bins;
    out.latency = latency_bins;
    const std::size_t nx = static_cast<std::size_t>(area_bins.bins);
    const std::size_t cells = nx * static_cast<std::size_t>(latency_bins.bins);
    out.feasible.assign(1, std::vector<std::uint32_t>(cells, 0));
    out.feasible_row.assign(cells, kNoRow);
    for (std::size_t i = 0; i < area.size(); ++i) {
        const int ix = area_bins.bin(area[i]), iy = latency_bins.bin(latency[i]);
        if (ix < 0 || iy < 0) continue;
        const std::size_t cell = static_cast<std::size_t>(iy) * nx + static_cast<std::size_t>(ix);
        ++out.feasible[0][cell];
        out.feasible_row[cell] = static_cast<RowIndex>(i);
        ++out.visible_feasible;
    }
    return out;
}

}  // namespace prime::explore
