#pragma once
// A known objective on the built-in 10-parameter space for optimizer tests:
// the score is minus the L1 index distance to a hidden target design, and a
// synthetic "area" (the sum of indices) lets a budget cut the target off.
#include <cstdlib>
#include <ostream>
#include <vector>

#include "search/constraints.h"
#include "search/optimizer.h"
#include "space/space_json.h"

namespace prime {
// Readable designs in gtest failure messages.
inline void PrintTo(const Design& d, std::ostream* os) {
    *os << '[';
    for (std::size_t i = 0; i < d.size(); ++i) *os << (i ? "," : "") << d[i];
    *os << ']';
}
}  // namespace prime

namespace prime::test {

struct SyntheticProblem {
    SearchSpace space = builtin_edgetpu_space();
    // Away from the corners, so neither "all zeros" nor "all max" is close.
    Design target{{7, 3, 5, 2, 4, 8, 1, 3, 2, 4}};  // index sum 39

    double score(const Design& d) const {
        double distance = 0;
        for (std::size_t i = 0; i < d.size(); ++i) distance += std::abs(int(d[i]) - int(target[i]));
        return -distance;
    }
    static double area(const Design& d) {
        double sum = 0;
        for (auto v : d.index) sum += v;
        return sum;
    }
    std::vector<double> scores(const std::vector<Design>& designs) const {
        std::vector<double> out;
        for (const auto& d : designs) out.push_back(score(d));
        return out;
    }
    // The target (area 39) is over this budget; the best design within it
    // is 39 - 30 = 9 index steps away, so the best reachable score is -9.
    std::vector<double> budgeted_scores(const std::vector<Design>& designs, const Budget& budget) const {
        std::vector<double> out;
        for (const auto& d : designs)
            out.push_back(constrained_score({score(d), area(d)}, budget, PenaltyPolicy{}));
        return out;
    }
};

}  // namespace prime::test
