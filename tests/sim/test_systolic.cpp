// SCALE-Sim's closed-form folds (simulator.md §3.4.3) and the simulator's
// systolic core variant, which must reproduce them cycle for cycle.
#include <gtest/gtest.h>

#include "sim/systolic.h"
#include "sim_test_support.h"

using namespace prime;
using namespace prime::test;

TEST(SimSystolicFolds, ClosedFormPerDataflow) {
    // 100 output pixels, window 27 (3x3x3), 10 filters on an 8x8 array.
    const SystolicFolds os = systolic_folds(Dataflow::output_stationary, 100, 27, 10, 8, 8);
    EXPECT_EQ(os.row_folds, 13);
    EXPECT_EQ(os.col_folds, 2);
    EXPECT_EQ(os.cycles_per_fold, 27 + 8 + 8 - 2);
    EXPECT_EQ(os.cycles, 26 * 41);
    EXPECT_NEAR(os.mapping_efficiency, 1000.0 / (26 * 64), 1e-12);

    const SystolicFolds ws = systolic_folds(Dataflow::weight_stationary, 100, 27, 10, 8, 8);
    EXPECT_EQ(ws.row_folds * ws.col_folds, 4 * 2);
    EXPECT_EQ(ws.cycles, 8 * (2 * 8 + 8 + 100 - 2));

    const SystolicFolds is = systolic_folds(Dataflow::input_stationary, 100, 27, 10, 8, 8);
    EXPECT_EQ(is.row_folds * is.col_folds, 4 * 13);
    EXPECT_EQ(is.cycles, 52 * (2 * 8 + 8 + 10 - 2));

    EXPECT_THROW(systolic_folds(Dataflow::output_stationary, 0, 1, 1, 8, 8), std::invalid_argument);
}

TEST(SimSystolicFolds, PerfectFitHasFullEfficiency) {
    const SystolicFolds f = systolic_folds(Dataflow::output_stationary, 64, 9, 32, 16, 16);
    EXPECT_EQ(f.row_folds, 4);
    EXPECT_EQ(f.col_folds, 2);
    EXPECT_DOUBLE_EQ(f.mapping_efficiency, 1.0);
}

// One PE, one core: the core's array sees the whole layer, so its compute
// cycles must equal SCALE-Sim's output-stationary closed form.
TEST(SimSystolicCoreVariant, MatchesScaleSimOutputStationaryFolds) {
    SimConstants c;
    c.core_model = CoreModel::systolic_os;
    const Simulator sim(c);
    Hardware hw = reference_hardware();
    hw.pes_x = hw.pes_y = 1;
    hw.cores_per_pe = 1;
    hw.pe_memory = 16 << 20;
    struct Case {
        int lanes, rows, cols;
    };
    for (const Case& array : {Case{64, 8, 8}, Case{128, 8, 16}, Case{256, 16, 16}, Case{32, 4, 8}}) {
        hw.compute_lanes = array.lanes;
        for (const Layer& layer : {conv_layer(28, 28, 32, 48, 3), conv_layer(14, 14, 96, 20, 1), conv_layer(56, 56, 3, 16, 3, 2)}) {
            const SimResult r = sim.evaluate(hw, PreparedWorkload(single_layer(layer)), true);
            ASSERT_TRUE(r.feasible) << r.reason_text;
            const SystolicFolds f = systolic_folds(Dataflow::output_stationary, std::int64_t(layer.out_h()) * layer.out_w(),
                                                   layer.reduction(), layer.k, array.rows, array.cols);
            EXPECT_EQ(r.breakdown.at(0).compute_cycles, double(f.cycles)) << array.lanes << " lanes";
            EXPECT_EQ(r.breakdown.at(0).tiles, f.row_folds * f.col_folds);
        }
    }
}
