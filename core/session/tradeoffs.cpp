#include "session/tradeoffs.h"

#include <cmath>

#include "study/report.h"

namespace prime {

Tradeoffs compare_per_application(const DesignLog& log, const AreaBudget& budget, const std::vector<std::string>& apps,
                                  LatencyAggregate aggregate, const std::vector<Proposal>& designs) {
    Tradeoffs t;
    for (std::size_t a = 0; a < apps.size(); ++a) {
        AppTradeoff row;
        row.app = apps[a];
        for (const auto& d : logged_latencies(log, {apps[a]}, LatencyAggregate::GeometricMean, {}))
            if (budget.contains(d.area_mm2) && !(row.best_logged_ms <= d.latency_ms)) row.best_logged_ms = d.latency_ms;
        double best_ratio = -1;
        for (std::size_t i = 0; i < designs.size(); ++i) {
            const Proposal& p = designs[i];
            const double predicted = a < p.predicted_app_latency_ms.size() ? p.predicted_app_latency_ms[a]
                                                                           : p.predicted_latency_ms;
            double verified = std::nan(""), ratio = std::nan("");
            if (p.verified) {
                const bool runs = a < p.verified->app_feasible.size() && p.verified->app_feasible[a];
                if (runs) verified = p.verified->latency_ms[a];
                ratio = runs ? row.best_logged_ms / verified : 0.0;  // a design that does not run is worth nothing
            } else if (predicted > 0) {
                ratio = row.best_logged_ms / predicted;
            }
            row.predicted_ms.push_back(predicted);
            row.verified_ms.push_back(verified);
            row.ratio.push_back(ratio);
            if (ratio > best_ratio) best_ratio = ratio, row.best_design = i;
        }
        t.apps.push_back(std::move(row));
    }
    double best = -1;
    for (std::size_t i = 0; i < designs.size(); ++i) {
        // Ratios are "higher is better"; combine their inverses like latencies
        // (the study's aggregate), so "worst" means the worst application.
        std::vector<double> inverse;
        bool known = true;
        for (const auto& row : t.apps) {
            const double r = row.ratio[i];
            if (!std::isfinite(r)) known = false;
            inverse.push_back(r > 0 ? 1.0 / r : std::numeric_limits<double>::infinity());
        }
        const double combined = known && !inverse.empty() ? 1.0 / combine_latencies(inverse, {}, aggregate) : std::nan("");
        t.combined_ratio.push_back(combined);
        if (combined > best) best = combined, t.best_overall = i;
    }
    return t;
}

}  // namespace prime
