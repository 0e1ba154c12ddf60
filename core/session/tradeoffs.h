#pragma once
// Per-application trade-offs of chosen designs: for each design and each
// application, the predicted and verified latency against the best logged
// design of that application within the area budget, as a ratio
// (best logged / design; above 1 = better than anything in the log), plus the
// combined objective. Picks out the design that is best for all applications
// together and the one best for each. What the GUI's comparison view and a
// report table show.
#include <limits>
#include <string>
#include <vector>

#include "data/design_log.h"
#include "search/objectives.h"
#include "session/area_budget.h"
#include "study/study.h"

namespace prime {

struct AppTradeoff {
    std::string app;
    double best_logged_ms = std::numeric_limits<double>::quiet_NaN();  // feasible, within the budget
    std::vector<double> predicted_ms;  // per design
    std::vector<double> verified_ms;   // per design; NaN = not verified or does not run
    std::vector<double> ratio;         // best_logged_ms / (verified, else predicted) latency
    std::size_t best_design = 0;       // index of the design with the highest ratio
};

struct Tradeoffs {
    std::vector<AppTradeoff> apps;
    std::vector<double> combined_ratio;  // per design: the aggregate of its ratios (geomean/mean/worst as the study)
    std::size_t best_overall = 0;        // index of the design with the highest combined ratio
};

/// `designs` with their predicted (and, where verified, simulated) latencies
/// for `apps` (names as in the log). A ratio is NaN when the log has no
/// feasible in-budget design of the application or the design's latency is
/// unknown; a design verified infeasible on an application gets ratio 0.
/// std::invalid_argument names an application missing from the log.
Tradeoffs compare_per_application(const DesignLog& log, const AreaBudget& budget, const std::vector<std::string>& apps,
                                  LatencyAggregate aggregate, const std::vector<Proposal>& designs);

}  // namespace prime
