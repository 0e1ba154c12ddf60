#include "search/constraints.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "search/optimizer.h"

namespace prime {

std::string_view to_string(BudgetHandling handling) {
    return handling == BudgetHandling::WorstScore ? "worst" : "penalty";
}

BudgetHandling parse_budget_handling(std::string_view text) {
    if (text == "worst") return BudgetHandling::WorstScore;
    if (text == "penalty") return BudgetHandling::Penalty;
    throw std::invalid_argument("unknown budget handling '" + std::string(text) + "' (known: worst, penalty)");
}

void Budget::validate() const {
    if (!(area_mm2 > 0.0)) throw std::invalid_argument("area budget must be > 0 mm^2");
    if (power_w && !(*power_w > 0.0 && std::isfinite(*power_w)))
        throw std::invalid_argument("power budget must be a positive number of W");
}

double relative_violation(double value, double limit) {
    if (std::isinf(limit) && limit > 0) return 0.0;
    if (!std::isfinite(value)) return std::numeric_limits<double>::infinity();
    return value <= limit ? 0.0 : (value - limit) / limit;
}

double budget_violation(const CandidateMetrics& m, const Budget& budget) {
    double v = relative_violation(m.area_mm2, budget.area_mm2);
    if (budget.power_w) v += relative_violation(m.power_w, *budget.power_w);
    return v;
}

bool within_budget(const CandidateMetrics& m, const Budget& budget) { return budget_violation(m, budget) == 0.0; }

double constrained_score(const CandidateMetrics& m, const Budget& budget, const PenaltyPolicy& policy) {
    if (!m.feasible || !is_feasible_score(m.score)) return kInfeasibleScore;
    const double violation = budget_violation(m, budget);
    if (violation == 0.0) return m.score;
    if (policy.handling == BudgetHandling::WorstScore || std::isinf(violation)) return kInfeasibleScore;
    return m.score - policy.weight * violation;
}

double average_power_w(double energy_mj, double latency_ms) {
    if (!(latency_ms > 0.0) || !std::isfinite(energy_mj)) return std::numeric_limits<double>::quiet_NaN();
    return energy_mj / latency_ms;
}

}  // namespace prime
