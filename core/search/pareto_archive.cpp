#include "search/pareto_archive.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace prime {

double hypervolume_2d(std::vector<ParetoPoint> points, double reference_latency, double reference_area) {
    std::erase_if(points, [&](const ParetoPoint& p) {
        return !std::isfinite(p.latency) || !std::isfinite(p.area) || !(p.latency < reference_latency) ||
               !(p.area < reference_area);
    });
    std::sort(points.begin(), points.end(), [](const ParetoPoint& a, const ParetoPoint& b) {
        return a.area != b.area ? a.area < b.area : a.latency < b.latency;
    });
    // Sweep by increasing area: each point that lowers the best latency seen
    // so far adds the slab between the old and the new latency, from its
    // area to the reference. Dominated points lower nothing and add nothing.
    double volume = 0.0;
    double ceiling = reference_latency;
    for (const auto& p : points) {
        if (p.latency >= ceiling) continue;
        volume += (reference_area - p.area) * (ceiling - p.latency);
        ceiling = p.latency;
    }
    return volume;
}

ParetoArchive::ParetoArchive(double reference_latency, double reference_area)
    : reference_latency_(reference_latency), reference_area_(reference_area) {
    if (!std::isfinite(reference_latency) || !std::isfinite(reference_area))
        throw std::invalid_argument("ParetoArchive: the reference point must be finite");
}

bool ParetoArchive::offer(const Design& design, double latency, double area) {
    if (!std::isfinite(latency) || !std::isfinite(area)) return false;
    for (const auto& p : front_)
        if (p.area <= area && p.latency <= latency) return false;  // equal counts as dominated: keep the first
    std::erase_if(front_, [&](const ParetoPoint& p) { return area <= p.area && latency <= p.latency; });
    const auto at = std::lower_bound(front_.begin(), front_.end(), area,
                                     [](const ParetoPoint& p, double a) { return p.area < a; });
    front_.insert(at, ParetoPoint{latency, area, design});
    return true;
}

double ParetoArchive::hypervolume() const { return hypervolume_2d(front_, reference_latency_, reference_area_); }

double ParetoArchive::close_generation() {
    history_.push_back(hypervolume());
    return history_.back();
}

}  // namespace prime
