#pragma once
// SCALE-Sim's closed-form fold counting for a systolic array (reference
// simulator.md §3.4.3, restated from scale-sim-v2's compute models). The
// simulator's CoreModel::systolic_os must agree with the OS row of this table.
//
//   operand matrices: ifmap (ofmap_pixels x window), filter (window x filters)
//   dataflow  rows carry    columns carry  streamed      cycles per fold
//   OS        ofmap pixels  filters        window        T + Ra + Ca - 2
//   WS        window        filters        ofmap pixels  2 Ra + Ca + T - 2
//   IS        window        ofmap pixels   filters       2 Ra + Ca + T - 2
//   folds = ceil(Sr / Ra) * ceil(Sc / Ca), serialised.
#include <cstdint>

namespace prime {

enum class Dataflow : std::uint8_t { output_stationary, weight_stationary, input_stationary };

struct SystolicFolds {
    std::int64_t row_folds = 0, col_folds = 0;
    std::int64_t cycles_per_fold = 0;
    std::int64_t cycles = 0;          // folds x cycles per fold
    double mapping_efficiency = 0;    // mean used PEs / (Ra x Ca) over the folds
};

SystolicFolds systolic_folds(Dataflow dataflow, std::int64_t ofmap_pixels, std::int64_t window, std::int64_t filters,
                             std::int64_t array_rows, std::int64_t array_cols);

}  // namespace prime
