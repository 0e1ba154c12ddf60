#pragma once
// Budgets and what happens to a candidate that breaks one. The optimizers
// only see one number per design, so the caller folds the predicted score,
// the area (analytic model, learned model or log column) and optionally the
// power into that number here, before tell().
#include <limits>
#include <optional>
#include <string_view>

namespace prime {

/// How a candidate over a budget is scored.
enum class BudgetHandling {
    /// Over budget = infeasible (kInfeasibleScore). The search never prefers
    /// such a design, whatever its predicted latency: PRIME's default.
    WorstScore,
    /// score - weight * relative overshoot: a slightly-over design can still
    /// guide the search toward the budget's edge. best() may then be over
    /// budget, so the final picks must be filtered with within_budget().
    Penalty,
};

std::string_view to_string(BudgetHandling handling);
/// "worst" or "penalty"; std::invalid_argument otherwise.
BudgetHandling parse_budget_handling(std::string_view text);

/// Upper limits a design must respect; each is checked as value <= limit.
struct Budget {
    /// Chip area in mm^2; +inf = no area budget.
    double area_mm2 = std::numeric_limits<double>::infinity();
    /// Average power in W; empty = no power budget.
    std::optional<double> power_w{};
    /// std::invalid_argument unless every limit is > 0 (and not NaN).
    void validate() const;
};

struct PenaltyPolicy {
    BudgetHandling handling = BudgetHandling::WorstScore;
    /// Penalty mode only: score units subtracted per unit of relative
    /// overshoot, so 10% over the area budget costs 0.1 * weight. It is in
    /// score units because only the caller knows the score's scale.
    double weight = 1.0;
};

/// What the caller knows about one candidate.
struct CandidateMetrics {
    double score = std::numeric_limits<double>::quiet_NaN();     // objective, higher is better
    double area_mm2 = std::numeric_limits<double>::quiet_NaN();  // needed for a finite area budget
    double power_w = std::numeric_limits<double>::quiet_NaN();   // needed only with a power budget
    bool feasible = true;  // false when the model/simulator says it cannot run at all
};

/// max(0, (value - limit) / limit); +inf when `value` is not a finite number,
/// because an unknown area cannot be shown to fit; 0 when limit is +inf.
double relative_violation(double value, double limit);

/// Sum of the relative violations of every budget.
double budget_violation(const CandidateMetrics& metrics, const Budget& budget);
bool within_budget(const CandidateMetrics& metrics, const Budget& budget);

/// The number to tell() the optimizer. Infeasible candidates and NaN scores
/// always get kInfeasibleScore (a design that does not map cannot be
/// penalised into usefulness); over-budget ones follow `policy`.
double constrained_score(const CandidateMetrics& metrics, const Budget& budget, const PenaltyPolicy& policy);

/// Average power from a simulator's energy and latency: mJ / ms = W.
double average_power_w(double energy_mj, double latency_ms);

}  // namespace prime
