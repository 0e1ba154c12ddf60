#pragma once
// The area budget, one value for the whole study: the explorer's budget line,
// training, the optimizer negatives, the search constraint and the report all
// read this one struct. PRIME's rules (prime-method.md §5, §7): a feasible
// design over the budget is as bad as an infeasible one, the search never
// prefers an over-budget design, and the report counts only in-budget designs.
#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace prime {

/// How the area of a design nobody simulated is known (study/area_estimator.h).
enum class AreaModelChoice {
    Auto,       ///< analytic for the built-in space; else, with a budget, log or gp, whichever errs less on held-out logged designs; else none
    Analytic,   ///< the built-in simulator's area model (built-in space only)
    Log,        ///< exact lookup in the log, else the nearest logged design
    Surrogate,  ///< the surrogate's area head (train with an area head)
    Gp,         ///< a Gaussian process on ln(area) fitted to the log (session/fitted_area.h)
};
std::string to_string(AreaModelChoice choice);
/// "auto", "analytic", "log", "surrogate" or "gp"; std::invalid_argument otherwise.
AreaModelChoice parse_area_model_choice(const std::string& text);

/// Which feasible logged designs the surrogate learns latency from.
enum class TrainingPool {
    /// PRIME's rule: a feasible design over the budget joins the infeasible
    /// pool and is pushed down. Right when the log's areas are the only area
    /// model (the search cannot enforce the budget exactly).
    InBudget,
    /// Learn latency from every feasible design; the search enforces the
    /// budget with an exact area model. B9 measured this to be better for
    /// the built-in space (few random designs fit a tight budget).
    AllFeasible,
};
std::string to_string(TrainingPool pool);
TrainingPool parse_training_pool(const std::string& text);

struct AreaBudget {
    /// mm²; +inf = no area budget.
    double limit_mm2 = std::numeric_limits<double>::infinity();
    AreaModelChoice area_model = AreaModelChoice::Auto;
    TrainingPool training_pool = TrainingPool::InBudget;
    /// The optimizer negatives the trainer mines stay within the budget
    /// (needs an area model during training; the built-in space's analytic one).
    bool negatives_within_budget = false;
    /// A learned area model (session/fitted_area.h) multiplies unsimulated
    /// designs' areas by at least this margin (>= 1). Rounds of a search
    /// (session/close_loop.h) keep the first round's margin: refitted on a
    /// log that now holds the proposals, the held-out margin shrinks, while
    /// the next proposals hug the budget as closely (B11: 3 of 16 over it).
    double min_area_margin = 1.0;

    bool finite() const { return std::isfinite(limit_mm2); }
    /// value <= limit (an unknown area is not within a finite budget).
    bool contains(double area_mm2) const { return !finite() || (std::isfinite(area_mm2) && area_mm2 <= limit_mm2); }
    /// The area above which a feasible row leaves the latency targets (+inf
    /// when every feasible design is a target).
    double training_limit_mm2() const {
        return training_pool == TrainingPool::InBudget ? limit_mm2 : std::numeric_limits<double>::infinity();
    }
    /// std::invalid_argument naming the setting: the limit must be > 0, the margin >= 1.
    void validate() const;
};

nlohmann::json to_json(const AreaBudget& b);
/// Missing keys keep defaults; std::invalid_argument for bad values. A
/// `null` limit means no budget (JSON has no infinity).
AreaBudget area_budget_from_json(const nlohmann::json& j);

}  // namespace prime
