#pragma once
// Summaries of a design log: per-application counts and ranges, per-parameter
// value histograms, and the latency-area Pareto front.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "data/design_log.h"

namespace prime {

struct Range {
    double min = std::numeric_limits<double>::quiet_NaN();
    double median = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
};

struct AppStats {
    std::string name;
    std::uint64_t rows = 0;
    std::uint64_t feasible = 0;
    double feasible_fraction = 0;
    Range latency_ms;  // feasible rows only: infeasible latencies are not measurements
    Range area_mm2;    // every row with a finite area
    std::vector<std::pair<std::string, std::uint64_t>> reasons;  // infeasibility reason counts
};

struct LogStats {
    std::vector<AppStats> apps;  // one per application, in id order
    AppStats total;              // every row ("all")
    // histogram[p][v] = rows whose parameter p has value index v.
    std::vector<std::vector<std::uint64_t>> histogram;
};

LogStats compute_stats(const DesignLog& log);

// Feasible rows of `rows` not dominated in (latency, area), both minimised,
// sorted by increasing area. Ties keep the first row.
Selection pareto_front(const DesignLog& log, const Selection& rows);

// The front of `candidates` (rows with finite latency and area; consumed):
// the rows not dominated in (latency, area), by increasing area, ties keeping
// the first row. `latency` and `area` are the log's columns, indexed by row.
Selection pareto_sweep(const float* latency, const float* area, Selection candidates);

}  // namespace prime
