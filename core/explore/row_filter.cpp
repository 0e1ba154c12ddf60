// SPDX-License-Identifier: GPL-3.0-or-later
#include "explore/row_filter.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "explore/row_chunks.h"

namespace prime::explore {

bool RowFilter::passes(const DesignLog& log, RowIndex r) const {
    if (!shows(apps, log.app()[r])) return false;
    const bool ok = log.feasible()[r] != 0;
    if (feasibility == FeasibilityFilter::Feasible && !ok) return false;
    if (feasibility == FeasibilityFilter::Infeasible && ok) return false;
    const float a = log.area_mm2()[r];
    if (std::isfinite(budget_mm2) && !(std::isfinite(a) && a <= budget_mm2)) return false;
    for (const auto& v : values) {
        const ValueIndex x = log.parameter(v.parameter)[r];
        if (x < v.lo || x > v.hi) return false;
    }
    if (area && !(a >= area->first && a <= area->second)) return false;
    if (latency) {
        const float l = log.latency_ms()[r];
        if (!ok || !(l >= latency->first && l <= latency->second)) return false;
    }
    return true;
}

namespace {
void check(const DesignLog& log, const RowFilter& f) {
    for (const auto& v : f.values)
        if (v.parameter >= log.space().dimension()) throw std::out_of_range("filter names a parameter outside the space");
}

template <typename RowAt>
Selection scan(std::size_t n, const DesignLog& log, const RowFilter& f, RowAt row_at) {
    const unsigned threads = scan_threads(n);
    std::vector<Selection> parts(threads);
    for_row_chunks(n, threads, [&](unsigned t, std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i)
            if (f.passes(log, row_at(i))) parts[t].push_back(row_at(i));
    });
    if (threads == 1) return std::move(parts.front());
    std::size_t total = 0;
    for (const auto& p : parts) total += p.size();
    Selection out;
    out.reserve(total);
    for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
    return out;
}
}  // namespace

Selection filter_rows(const DesignLog& log, const RowFilter& f) {
    check(log, f);
    return scan(log.rows(), log, f, [](std::size_t i) { return static_cast<RowIndex>(i); });
}

Selection filter_rows(const DesignLog& log, const RowFilter& f, const Selection& within) {
    check(log, f);
    return scan(within.size(), log, f, [&within](std::size_t i) { return within[i]; });
}

namespace {
// Sorts by a numeric key where NaN means "missing": missing rows go last.
template <typename Key>
void sort_by(Selection& rows, bool descending, Key key) {
    auto missing_last = std::stable_partition(rows.begin(), rows.end(), [&](RowIndex r) { return !std::isnan(key(r)); });
    if (descending)
        std::stable_sort(rows.begin(), missing_last, [&](RowIndex a, RowIndex b) { return key(a) > key(b); });
    else
        std::stable_sort(rows.begin(), missing_last, [&](RowIndex a, RowIndex b) { return key(a) < key(b); });
}
}  // namespace

void sort_rows(const DesignLog& log, Selection& rows, SortKey key, bool descending) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    switch (key.column) {
        case SortKey::Column::Row:
            return sort_by(rows, descending, [](RowIndex r) { return static_cast<double>(r); });
        case SortKey::Column::Application: {
            const auto app = log.app();
            // By name, as the table shows it: rank the ids by their names first.
            std::vector<std::size_t> rank(log.app_names().size());
            std::vector<std::size_t> order(rank.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
            std::sort(order.begin(), order.end(),
                      [&](std::size_t a, std::size_t b) { return log.app_names()[a] < log.app_names()[b]; });
            for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
            return sort_by(rows, descending, [&](RowIndex r) { return app[r] < rank.size() ? double(rank[app[r]]) : nan; });
        }
        case SortKey::Column::Feasible: {
            const auto f = log.feasible();
            return sort_by(rows, descending, [&](RowIndex r) { return static_cast<double>(f[r]); });
        }
        case SortKey::Column::Reason: {
            const auto f = log.feasible();
            const auto reason = log.reason();
            const bool has = log.has_reasons();
            return sort_by(rows, descending, [&](RowIndex r) { return f[r] ? nan : has ? double(reason[r]) : 0.0; });
        }
        case SortKey::Column::Latency: {
            const auto f = log.feasible();
            const auto lat = log.latency_ms();
            return sort_by(rows, descending, [&](RowIndex r) { return f[r] ? static_cast<double>(lat[r]) : nan; });
        }
        case SortKey::Column::Area: {
            const auto area = log.area_mm2();
            return sort_by(rows, descending, [&](RowIndex r) {
                return std::isfinite(area[r]) ? static_cast<double>(area[r]) : nan;
            });
        }
        case SortKey::Column::Parameter: {
            if (key.index >= log.space().dimension()) throw std::out_of_range("sort by a parameter outside the space");
            const auto v = log.parameter(key.index);
            return sort_by(rows, descending, [&](RowIndex r) { return static_cast<double>(v[r]); });
        }
        case SortKey::Column::Metric: {
            if (key.index >= log.metrics().size()) throw std::out_of_range("sort by a metric the log does not have");
            const auto& m = log.metrics()[key.index].values;
            return sort_by(rows, descending, [&](RowIndex r) { return static_cast<double>(m[r]); });
        }
    }
}

}  // namespace prime::explore
