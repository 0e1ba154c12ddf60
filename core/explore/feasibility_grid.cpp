// SPDX-License-Identifier: GPL-3.0-or-later
#include "explore/feasibility_grid.h"

#include <cmath>
#include <stdexcept>

namespace prime::explore {

namespace {
void check_parameter(const DesignLog& log, std::size_t p) {
    if (p >= log.space().dimension())
        throw std::out_of_range("parameter " + std::to_string(p) + " is outside the space (" +
                                std::to_string(log.space().dimension()) + " parameters)");
}
}  // namespace

FeasibilityGrid feasibility_grid(const DesignLog& log, std::size_t px, std::size_t py, const AppMask& apps,
                                 double budget_mm2) {
    check_parameter(log, px);
    check_parameter(log, py);
    FeasibilityGrid g;
    g.param_x = px;
    g.param_y = py;
    g.nx = log.space().parameter(px).size();
    g.ny = log.space().parameter(py).size();
    const std::size_t cells = g.nx * g.ny;
    g.rows.assign(cells, 0);
    g.feasible.assign(cells, 0);
    g.best_latency_ms.assign(cells, std::numeric_limits<float>::quiet_NaN());
    g.best_row.assign(cells, std::numeric_limits<RowIndex>::max());
    const auto vx = log.parameter(px);
    const auto vy = log.parameter(py);
    const auto feas = log.feasible();
    const auto app = log.app();
    const auto lat = log.latency_ms();
    const auto area = log.area_mm2();
    const bool finite_budget = std::isfinite(budget_mm2);
    for (std::size_t r = 0; r < log.rows(); ++r) {
        if (!shows(apps, app[r])) continue;
        const std::size_t c = static_cast<std::size_t>(vy[r]) * g.nx + vx[r];
        ++g.rows[c];
        if (!feas[r]) continue;
        ++g.feasible[c];
        // Same rule as AreaBudget::contains: an unknown area fits no finite budget.
        const bool in_budget = !finite_budget || (std::isfinite(area[r]) && area[r] <= budget_mm2);
        if (in_budget && std::isfinite(lat[r]) && !(g.best_latency_ms[c] <= lat[r])) {
            g.best_latency_ms[c] = lat[r];
            g.best_row[c] = static_cast<RowIndex>(r);
        }
    }
    return g;
}

ParameterHistogram parameter_histogram(const DesignLog& log, std::size_t p, const AppMask& apps) {
    check_parameter(log, p);
    ParameterHistogram h;
    h.parameter = p;
    const std::size_t n = log.space().parameter(p).size();
    const std::size_t slots = log.reason_names().size() + 1;
    h.feasible.assign(n, 0);
    h.infeasible.assign(slots, std::vector<std::uint64_t>(n, 0));
    const auto v = log.parameter(p);
    const auto feas = log.feasible();
    const auto app = log.app();
    const auto reason = log.reason();
    for (std::size_t r = 0; r < log.rows(); ++r) {
        if (!shows(apps, app[r])) continue;
        if (feas[r]) ++h.feasible[v[r]];
        else ++h.infeasible[log.has_reasons() && reason[r] < slots ? reason[r] : 0][v[r]];
    }
    return h;
}

}  // namespace prime::explore
