// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/near_optimum.h"

#include <algorithm>

#include "session/oracle_predictor.h"
#include "study/study.h"
#include "util/errors.h"

namespace prime {

NearOptimum near_optimum_by_evolution(const SearchSpace& space, Oracle& simulator, const AreaEstimator& area,
                                      const std::string& app, double area_budget_mm2, std::uint64_t calls,
                                      JobControl* job) {
    StudyOptions s;
    s.optimizer = "evolution";
    s.population = 1000;  // a wide population: the budget is large, diversity is what finds the far optima
    s.generations = std::max<std::uint64_t>(1, calls / s.population);
    s.k = 1;
    s.seed = 12345;  // fixed: the reference must not move with the benchmark's seeds
    s.apps = {app};
    s.budget.area_mm2 = area_budget_mm2;
    s.progress_interval_seconds = 1e9;
    s.exhaustive_limit = 0;
    s.propose_new_only = false;
    Study study(space, std::make_shared<OraclePredictor>(simulator, job), area, s);
    const StudyResult r = study.search({}, job);
    if (r.cancelled) throw Cancelled();
    NearOptimum o;
    o.latency_ms = r.proposals.empty() ? NAN : r.proposals.front().predicted_latency_ms;
    o.calls = r.evaluations;
    o.how = "regularised evolution, " + std::to_string(r.evaluations) + " simulator calls";
    return o;
}

}  // namespace prime
