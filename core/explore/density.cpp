// SPDX-License-Identifier: GPL-3.0-or-later
#include "explore/density.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "explore/row_chunks.h"

namespace prime::explore {

std::uint32_t DensityRaster::feasible_max() const {
    std::uint32_t m = 0;
    for (const auto& layer : feasible)
        for (auto c : layer) m = std::max(m, c);
    return m;
}

namespace {
// What one thread accumulates over its chunk; partials are summed at the end.
struct Partial {
    std::vector<std::vector<std::uint32_t>> feasible, infeasible;
    std::vector<RowIndex> feasible_row, infeasible_row;
    std::uint64_t visible_feasible = 0, visible_infeasible = 0;
    Selection feasible_rows, infeasible_rows;
};
}  // namespace

DensityRaster compute_density(const DesignLog& log, const DensityQuery& q) {
    if (!q.area.valid() || !q.latency.valid()) throw std::invalid_argument("density: invalid axis range");
    DensityRaster out;
    out.area = q.area;
    out.latency = q.latency;
    const std::size_t apps = log.app_names().size();
    std::vector<int> layer_of_app(apps, q.per_app ? -1 : 0);
    if (q.per_app)
        for (std::size_t a = 0; a < apps; ++a)
            if (shows(q.apps, static_cast<AppId>(a))) {
                layer_of_app[a] = static_cast<int>(out.layer_app.size());
                out.layer_app.push_back(static_cast<AppId>(a));
            }
    const std::size_t layers = q.per_app ? out.layer_app.size() : 1;
    const std::size_t slots = log.reason_names().size() + 1;
    const std::size_t cells = static_cast<std::size_t>(q.area.bins) * static_cast<std::size_t>(q.latency.bins);
    const std::size_t nx = static_cast<std::size_t>(q.area.bins);

    const auto lat = log.latency_ms();
    const auto area = log.area_mm2();
    const auto feas = log.feasible();
    const auto app = log.app();
    const auto reason = log.reason();
    const bool has_reasons = log.has_reasons();
    const FastBinner bx(q.area), by(q.latency);

    const unsigned threads = scan_threads(log.rows());
    std::vector<Partial> parts(threads);
    for_row_chunks(log.rows(), threads, [&](unsigned t, std::size_t begin, std::size_t end) {
        Partial& p = parts[t];
        p.feasible.assign(layers, std::vector<std::uint32_t>(cells, 0));
        p.infeasible.assign(slots, std::vector<std::uint32_t>(nx, 0));
        p.feasible_row.assign(cells, kNoRow);
        p.infeasible_row.assign(slots * nx, kNoRow);
        bool collect = q.marker_limit > 0;
        for (std::size_t r = begin; r < end; ++r) {
            const AppId a = app[r];
            if (a >= apps || layer_of_app[a] < 0 || !shows(q.apps, a)) continue;
            const int ix = bx(area[r]);
            if (ix < 0) continue;
            const auto row = static_cast<RowIndex>(r);
            if (feas[r]) {
                const int iy = by(lat[r]);
                if (iy < 0) continue;
                const std::size_t cell = static_cast<std::size_t>(iy) * nx + static_cast<std::size_t>(ix);
                ++p.feasible[static_cast<std::size_t>(layer_of_app[a])][cell];
                p.feasible_row[cell] = row;
                ++p.visible_feasible;
                if (collect) p.feasible_rows.push_back(row);
            } else {
                const std::size_t slot = has_reasons && reason[r] < slots ? reason[r] : 0;
                ++p.infeasible[slot][static_cast<std::size_t>(ix)];
                p.infeasible_row[slot * nx + static_cast<std::size_t>(ix)] = row;
                ++p.visible_infeasible;
                if (collect) p.infeasible_rows.push_back(row);
            }
            // Stop collecting (and free) as soon as this chunk alone is over the limit.
            if (collect && p.feasible_rows.size() + p.infeasible_rows.size() > q.marker_limit) {
                collect = false;
                Selection().swap(p.feasible_rows);
                Selection().swap(p.infeasible_rows);
            }
        }
        if (!collect) p.feasible_rows.clear(), p.infeasible_rows.clear();
    });

    // Sum the partials into the first one (chunks are in row order, so
    // concatenated row lists stay sorted).
    Partial& sum = parts.front();
    for (std::size_t t = 1; t < parts.size(); ++t) {
        Partial& p = parts[t];
        for (std::size_t l = 0; l < layers; ++l)
            for (std::size_t c = 0; c < cells; ++c) sum.feasible[l][c] += p.feasible[l][c];
        for (std::size_t s = 0; s < slots; ++s)
            for (std::size_t c = 0; c < nx; ++c) sum.infeasible[s][c] += p.infeasible[s][c];
        for (std::size_t c = 0; c < cells; ++c)
            if (sum.feasible_row[c] == kNoRow) sum.feasible_row[c] = p.feasible_row[c];
        for (std::size_t c = 0; c < slots * nx; ++c)
            if (sum.infeasible_row[c] == kNoRow) sum.infeasible_row[c] = p.infeasible_row[c];
        sum.visible_feasible += p.visible_feasible;
        sum.visible_infeasible += p.visible_infeasible;
        sum.feasible_rows.insert(sum.feasible_rows.end(), p.feasible_rows.begin(), p.feasible_rows.end());
        sum.infeasible_rows.insert(sum.infeasible_rows.end(), p.infeasible_rows.begin(), p.infeasible_rows.end());
    }
    out.feasible = std::move(sum.feasible);
    out.infeasible = std::move(sum.infeasible);
    out.feasible_row = std::move(sum.feasible_row);
    out.infeasible_row = std::move(sum.infeasible_row);
    out.visible_feasible = sum.visible_feasible;
    out.visible_infeasible = sum.visible_infeasible;
    out.markers = q.marker_limit > 0 && out.visible_feasible + out.visible_infeasible <= q.marker_limit;
    if (out.markers) {
        out.feasible_rows = std::move(sum.feasible_rows);
        out.infeasible_rows = std::move(sum.infeasible_rows);
    }
    return out;
}

}  // namespace prime::explore
