// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns density counts into images: pure functions of value types, so they
// run on a worker thread (QImage, unlike QPixmap, may be made off the GUI thread).
#include <QImage>
#include <vector>

#include "explore/density.h"

namespace prime::ui {

// Feasible layers: one application is a ramp of its colour, several are the
// count-weighted mix of their colours; opacity grows with log(count). Row 0
// of the image is the top (highest latency) of the raster.
QImage renderFeasibleDensity(const explore::DensityRaster& raster, const std::vector<int>& layerColorIndex, bool singleApp);

// The infeasible band: one image row per reason slot in `reasonSlots` (top row =
// last slot, so slot k sits at band coordinate k), colour = the reason's,
// opacity by log(count) against the band's largest cell.
QImage renderInfeasibleBand(const explore::DensityRaster& raster, const std::vector<int>& reasonSlots);

}  // namespace prime::ui
