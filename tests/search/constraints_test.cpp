// Budgets and the worst-score / penalty policies on hand-computed numbers.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "search/constraints.h"
#include "search/optimizer.h"

using namespace prime;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(Constraints, RelativeViolation) {
    EXPECT_EQ(relative_violation(20, 27), 0.0);
    EXPECT_EQ(relative_violation(27, 27), 0.0);
    EXPECT_NEAR(relative_violation(29.7, 27), 0.1, 1e-12);
    EXPECT_EQ(relative_violation(kNaN, 27), std::numeric_limits<double>::infinity());
    EXPECT_EQ(relative_violation(kNaN, std::numeric_limits<double>::infinity()), 0.0) << "no budget, no question";
}

TEST(Constraints, WorstScorePolicyMakesOverBudgetInfeasible) {
    const Budget budget{.area_mm2 = 27};
    const PenaltyPolicy worst{};
    EXPECT_EQ(constrained_score({-3.0, 26.0}, budget, worst), -3.0);
    EXPECT_EQ(constrained_score({-3.0, 27.5}, budget, worst), kInfeasibleScore);
    EXPECT_EQ(constrained_score({-3.0, kNaN}, budget, worst), kInfeasibleScore);
    EXPECT_EQ(constrained_score({kNaN, 20.0}, budget, worst), kInfeasibleScore);
    EXPECT_EQ(constrained_score({-3.0, 20.0, kNaN, false}, budget, worst), kInfeasibleScore);
}

TEST(Constraints, PenaltyIsProportionalToTheOvershoot) {
    const Budget budget{.area_mm2 = 27};
    const PenaltyPolicy penalty{.handling = BudgetHandling::Penalty, .weight = 2.0};
    EXPECT_EQ(constrained_score({-3.0, 26.0}, budget, penalty), -3.0);
    EXPECT_NEAR(constrained_score({-3.0, 29.7}, budget, penalty), -3.0 - 2.0 * 0.1, 1e-12);
    EXPECT_NEAR(constrained_score({-3.0, 40.5}, budget, penalty), -3.0 - 2.0 * 0.5, 1e-12);
    // Twice the overshoot costs twice as much.
    const double small = -3.0 - constrained_score({-3.0, 28.0}, budget, penalty);
    const double large = -3.0 - constrained_score({-3.0, 29.0}, budget, penalty);
    EXPECT_NEAR(large, 2 * small, 1e-12);
    // An unknown area or an unmappable design cannot be penalised into use.
    EXPECT_EQ(constrained_score({-3.0, kNaN}, budget, penalty), kInfeasibleScore);
    EXPECT_EQ(constrained_score({-3.0, 20.0, kNaN, false}, budget, penalty), kInfeasibleScore);
}

TEST(Constraints, OptionalPowerBudgetAddsItsViolation) {
    const Budget budget{.area_mm2 = 27, .power_w = 10.0};
    EXPECT_TRUE(within_budget({-1, 20, 9.5}, budget));
    EXPECT_FALSE(within_budget({-1, 20, 12}, budget));
    EXPECT_FALSE(within_budget({-1, 20, kNaN}, budget)) << "a power budget needs a power figure";
    EXPECT_NEAR(budget_violation({-1, 29.7, 12}, budget), 0.1 + 0.2, 1e-12);
    const PenaltyPolicy penalty{.handling = BudgetHandling::Penalty, .weight = 1.0};
    EXPECT_NEAR(constrained_score({-1, 29.7, 12}, budget, penalty), -1.3, 1e-12);
    // Without a power budget the power figure is not needed.
    EXPECT_TRUE(within_budget({-1, 20}, Budget{.area_mm2 = 27}));
    EXPECT_DOUBLE_EQ(average_power_w(5.0, 2.0), 2.5);
    EXPECT_TRUE(std::isnan(average_power_w(5.0, 0.0)));
}

TEST(Constraints, ValidationAndNames) {
    EXPECT_NO_THROW(Budget{}.validate());
    EXPECT_THROW(Budget{.area_mm2 = 0}.validate(), std::invalid_argument);
    EXPECT_THROW(Budget{.area_mm2 = kNaN}.validate(), std::invalid_argument);
    EXPECT_THROW((Budget{.area_mm2 = 27, .power_w = -1}.validate()), std::invalid_argument);
    EXPECT_EQ(parse_budget_handling(to_string(BudgetHandling::Penalty)), BudgetHandling::Penalty);
    EXPECT_EQ(parse_budget_handling("worst"), BudgetHandling::WorstScore);
    EXPECT_THROW(parse_budget_handling("ignore"), std::invalid_argument);
}

}  // namespace
