#include "sim/systolic.h"

#include <stdexcept>

namespace prime {

SystolicFolds systolic_folds(Dataflow dataflow, std::int64_t pixels, std::int64_t window, std::int64_t filters,
                             std::int64_t rows, std::int64_t cols) {
    if (pixels < 1 || window < 1 || filters < 1 || rows < 1 || cols < 1)
        throw std::invalid_argument("systolic_folds: every size must be positive");
    std::int64_t spatial_rows = 0, spatial_cols = 0, streamed = 0;
    switch (dataflow) {
        case Dataflow::output_stationary: spatial_rows = pixels, spatial_cols = filters, streamed = window; break;
        case Dataflow::weight_stationary: spatial_rows = window, spatial_cols = filters, streamed = pixels; break;
        case Dataflow::input_stationary: spatial_rows = window, spatial_cols = pixels, streamed = filters; break;
    }
    SystolicFolds f;
    f.row_folds = (spatial_rows + rows - 1) / rows;
    f.col_folds = (spatial_cols + cols - 1) / cols;
    // Output-stationary arrays skew operands in from both edges; the
    // stationary-operand dataflows first preload Ra rows of it.
    f.cycles_per_fold = dataflow == Dataflow::output_stationary ? streamed + rows + cols - 2
                                                                : 2 * rows + cols + streamed - 2;
    f.cycles = f.row_folds * f.col_folds * f.cycles_per_fold;
    f.mapping_efficiency = double(spatial_rows) * double(spatial_cols) /
                           (double(f.row_folds * f.col_folds) * double(rows) * double(cols));
    return f;
}

}  // namespace prime
