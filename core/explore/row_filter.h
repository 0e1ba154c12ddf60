// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The design table's filter and sort, as index vectors over the columnar log
// (never copies of rows): which rows pass (application, feasibility, area
// budget, parameter value ranges, an area/latency rectangle), and in what order.
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "data/design_log.h"
#include "explore/app_mask.h"

namespace prime::explore {

enum class FeasibilityFilter { Any, Feasible, Infeasible };

struct ValueRange {
    std::size_t parameter = 0;
    ValueIndex lo = 0, hi = 0;  // inclusive value indices
};

struct RowFilter {
    AppMask apps;  // empty = every application
    FeasibilityFilter feasibility = FeasibilityFilter::Any;
    // Keep only rows whose area is within this budget (AreaBudget::contains
    // rules); +inf keeps every row.
    double budget_mm2 = std::numeric_limits<double>::infinity();
    std::vector<ValueRange> values;
    // A rectangle of the area-latency view, inclusive. A latency range keeps
    // only feasible rows (infeasible designs have no latency).
    std::optional<std::pair<double, double>> area, latency;

    bool passes(const DesignLog& log, RowIndex row) const;
};

// Rows of the log (or of `within`, keeping its order) that pass. Large logs
// are scanned on several threads.
Selection filter_rows(const DesignLog& log, const RowFilter& filter);
Selection filter_rows(const DesignLog& log, const RowFilter& filter, const Selection& within);

struct SortKey {
    enum class Column { Row, Application, Feasible, Reason, Latency, Area, Parameter, Metric };
    Column column = Column::Row;
    std::size_t index = 0;  // parameter or metric position
};

// Stable sort of `rows` by one column. Missing values (latency of infeasible
// rows, NaN metrics, unknown areas) go last in either direction, so "fastest
// first" never starts with infeasible designs.
void sort_rows(const DesignLog& log, Selection& rows, SortKey key, bool descending);

}  // namespace prime::explore
