#pragma once
// Area-latency Pareto mode: every evaluated design is offered to an archive
// that keeps only the non-dominated ones (both objectives minimised), and
// the archive's hypervolume is recorded once per generation so a plot can
// show the front still improving or converged.
#include <vector>

#include "space/search_space.h"

namespace prime {

struct ParetoPoint {
    double latency = 0;
    double area = 0;
    Design design{};
};

/// The 2-D hypervolume (area of the region dominated by `points` and
/// bounded by the reference point), both objectives minimised. Points that
/// are dominated, not finite, or not strictly better than the reference in
/// both objectives contribute nothing. O(n log n).
double hypervolume_2d(std::vector<ParetoPoint> points, double reference_latency, double reference_area);

class ParetoArchive {
public:
    /// The reference point should be worse than any design worth keeping,
    /// e.g. the area budget and the worst feasible latency in the log; it
    /// must stay fixed for the history to be comparable across generations.
    ParetoArchive(double reference_latency, double reference_area);

    /// Adds the design unless a kept point is at least as good in both
    /// objectives; removes the points it dominates. Returns whether it was
    /// kept. Non-finite objectives (infeasible designs) are never kept.
    bool offer(const Design& design, double latency, double area);

    /// The front, by increasing area (hence decreasing latency).
    const std::vector<ParetoPoint>& front() const { return front_; }
    double hypervolume() const;
    /// Appends the current hypervolume to the history and returns it; call
    /// once at the end of every generation.
    double close_generation();
    const std::vector<double>& hypervolume_history() const { return history_; }

    double reference_latency() const { return reference_latency_; }
    double reference_area() const { return reference_area_; }

private:
    double reference_latency_;
    double reference_area_;
    std::vector<ParetoPoint> front_;
    std::vector<double> history_;
};

}  // namespace prime
