// SPDX-License-Identifier: GPL-3.0-or-later
#include "density_image.h"

#include <algorithm>
#include <cmath>

#include "app_palette.h"

namespace prime::ui {

namespace {
// log scaling: a cell with one design is still visible, the densest is opaque.
double level(std::uint32_t count, double log_max) { return log_max > 0 ? std::log1p(count) / log_max : 1.0; }
}  // namespace

QImage renderFeasibleDensity(const explore::DensityRaster& r, const std::vector<int>& colorIndex, bool singleApp) {
    const int w = r.area.bins, h = r.latency.bins;
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    const std::size_t layers = r.feasible.size();
    if (layers == 0) return img;
    // Per-cell totals first: the scale is set by the densest cell.
    std::vector<std::uint32_t> total(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0);
    for (const auto& layer : r.feasible)
        for (std::size_t c = 0; c < total.size(); ++c) total[c] += layer[c];
    const std::uint32_t max = total.empty() ? 0 : *std::max_element(total.begin(), total.end());
    const double log_max = std::log1p(max);
    std::vector<QColor> colors;
    for (std::size_t l = 0; l < layers; ++l)
        colors.push_back(singleApp ? singleAppColor() : appColor(l < colorIndex.size() ? colorIndex[l] : static_cast<int>(l)));
    const QColor dark = singleAppColor().darker(260);
    for (int iy = 0; iy < h; ++iy) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(h - 1 - iy));
        for (int ix = 0; ix < w; ++ix) {
            const std::size_t c = static_cast<std::size_t>(iy) * static_cast<std::size_t>(w) + static_cast<std::size_t>(ix);
            if (!total[c]) continue;
            const double t = level(total[c], log_max);
            double red = 0, green = 0, blue = 0;
            if (singleApp) {
                // Sparse cells in the light app colour, dense ones darker.
                red = colors[0].redF() + (dark.redF() - colors[0].redF()) * t;
                green = colors[0].greenF() + (dark.greenF() - colors[0].greenF()) * t;
                blue = colors[0].blueF() + (dark.blueF() - colors[0].blueF()) * t;
            } else {
                for (std::size_t l = 0; l < layers; ++l) {
                    const double share = static_cast<double>(r.feasible[l][c]) / total[c];
                    red += share * colors[l].redF();
                    green += share * colors[l].greenF();
                    blue += share * colors[l].blueF();
                }
            }
            const double alpha = 0.55 + 0.45 * t;
            line[ix] = qRgba(static_cast<int>(255 * red * alpha), static_cast<int>(255 * green * alpha),
                             static_cast<int>(255 * blue * alpha), static_cast<int>(255 * alpha));
        }
    }
    return img;
}

QImage renderInfeasibleBand(const explore::DensityRaster& r, const std::vector<int>& reasonSlots) {
    const int w = r.area.bins, h = static_cast<int>(reasonSlots.size());
    QImage img(w, std::max(h, 1), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    std::uint32_t max = 0;
    for (int s : reasonSlots)
        if (static_cast<std::size_t>(s) < r.infeasible.size())
            for (auto c : r.infeasible[static_cast<std::size_t>(s)]) max = std::max(max, c);
    const double log_max = std::log1p(max);
    for (int k = 0; k < h; ++k) {
        const int s = reasonSlots[static_cast<std::size_t>(k)];
        if (static_cast<std::size_t>(s) >= r.infeasible.size()) continue;
        const QColor col = reasonColor(s);
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(h - 1 - k));
        const auto& counts = r.infeasible[static_cast<std::size_t>(s)];
        for (int ix = 0; ix < w; ++ix) {
            if (!counts[static_cast<std::size_t>(ix)]) continue;
            const double a = 0.3 + 0.7 * level(counts[static_cast<std::size_t>(ix)], log_max);
            line[ix] = qRgba(static_cast<int>(col.red() * a), static_cast<int>(col.green() * a),
                             static_cast<int>(col.blue() * a), static_cast<int>(255 * a));
        }
    }
    return img;
}

}  // namespace prime::ui
