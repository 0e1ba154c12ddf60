// Each hard rule of simulator.md §3.5 fires on a layer built to break it, and
// budgets are reported apart from feasibility.
#include <gtest/gtest.h>

#include <algorithm>

#include "sim_test_support.h"

using namespace prime;
using namespace prime::test;

namespace {

Hardware one_pe() {
    Hardware hw = reference_hardware();
    hw.pes_x = hw.pes_y = 1;
    hw.cores_per_pe = 1;
    hw.pe_memory = 16 << 20;
    hw.activation_memory = 32768;
    return hw;
}

SimResult run(const Simulator& sim, const Hardware& hw, const Layer& layer) {
    return sim.evaluate(hw, PreparedWorkload(single_layer(layer)));
}

}  // namespace

TEST(SimulatorRules, LargeActivationsOverflowThePeMemory) {
    const Simulator sim;
    Hardware hw = one_pe();
    hw.pe_memory = 256 << 10;
    const SimResult r = run(sim, hw, conv_layer(256, 256, 32, 32, 3));  // 2 MiB in + 2 MiB out
    EXPECT_FALSE(r.feasible);
    EXPECT_EQ(r.reason, Reason::pe_mem_activations);
    EXPECT_EQ(r.reason_text, "PE_MEM_ACTIVATIONS");
    EXPECT_EQ(r.layer, 0);
    EXPECT_EQ(r.layer_name, "conv");
    hw.pe_memory = 16 << 20;
    EXPECT_TRUE(run(sim, hw, conv_layer(256, 256, 32, 32, 3)).feasible);
}

TEST(SimulatorRules, DoubleBufferingNeedsTwiceThePeMemory) {
    SimConstants one, two;
    one.activation_buffering = 1;
    two.activation_buffering = 2;
    const Simulator single(one), doubled(two);
    Hardware hw = one_pe();
    hw.pe_memory = 4 << 20;
    const Layer l = conv_layer(256, 256, 16, 16, 3);  // ~2.1 MB in + out
    EXPECT_TRUE(run(single, hw, l).feasible);
    EXPECT_EQ(run(doubled, hw, l).reason, Reason::pe_mem_activations);
}

TEST(SimulatorRules, WideRowsOverflowTheActivationLineBuffer) {
    const Simulator sim;
    Hardware hw = one_pe();
    hw.activation_memory = 2048;
    const SimResult r = run(sim, hw, conv_layer(8, 4096, 8, 8, 3));  // 3 rows x 4098 x 8 channels
    EXPECT_EQ(r.reason, Reason::act_mem_line_buffer);
    hw.pes_x = 32;  // splitting columns over 32 PEs shortens the rows
    hw.activation_memory = 32768;
    EXPECT_TRUE(run(sim, hw, conv_layer(8, 4096, 8, 8, 3)).feasible);
}

TEST(SimulatorRules, HugeKernelsOverflowTheParameterBuffer) {
    const Simulator sim;
    Hardware hw = one_pe();
    hw.parameter_memory = 8192;
    Layer l = conv_layer(64, 64, 16, 16, 64);  // a 64x64 kernel: 2 x 4096 x 8 bytes per lane chunk
    l.pad = Padding::valid;
    const SimResult r = run(sim, hw, l);
    EXPECT_EQ(r.reason, Reason::param_mem_operand_buffer);
    EXPECT_EQ(r.layer, 0);
}

TEST(SimulatorRules, SmallParameterBufferReducesLanesInsteadOfFailing) {
    const Simulator sim;
    Hardware hw = one_pe();
    hw.compute_lanes = 256;
    const Layer l = conv_layer(28, 28, 64, 256, 3);
    // The buffer double-buffers a 3 x 3 x c_min chunk per lane.
    const int chunk = 2 * 9 * std::min(64, sim.constants().channel_chunk);
    hw.parameter_memory = 65536;
    const SimResult big = sim.evaluate(hw, PreparedWorkload(single_layer(l)), true);
    hw.parameter_memory = 8192;
    const SimResult small = sim.evaluate(hw, PreparedWorkload(single_layer(l)), true);
    ASSERT_TRUE(small.feasible);
    EXPECT_EQ(small.breakdown.at(0).lanes_used, 8192 / chunk);
    EXPECT_EQ(big.breakdown.at(0).lanes_used, std::min(256, 65536 / chunk));
    EXPECT_GT(small.latency_ms, big.latency_ms);
}

TEST(SimulatorRules, LongProgramsOverflowTheInstructionMemory) {
    const Simulator sim;
    const PreparedWorkload v3(load_builtin_workload("MobileNetV3"));
    Hardware hw = reference_hardware();
    const SimResult fits = sim.evaluate(hw, v3);
    ASSERT_TRUE(fits.feasible);
    hw.instruction_memory = 256;
    const SimResult r = sim.evaluate(hw, v3);
    EXPECT_EQ(r.reason, Reason::instr_mem_program);
    EXPECT_GT(r.instructions, 256);
    // The offending layer is where the program first overflows: earlier layers fit.
    hw.instruction_memory = fits.instructions;
    EXPECT_TRUE(sim.evaluate_summary(hw, v3).feasible);
    hw.instruction_memory = fits.instructions - 1;
    EXPECT_EQ(sim.evaluate_summary(hw, v3).layer, std::int32_t(v3.layers.size()) - 1);
}

TEST(SimulatorRules, StrictResidencyRejectsWeightsThatDoNotFit) {
    SimConstants strict_constants;
    strict_constants.residency = ResidencyPolicy::strict;
    SimConstants stream_constants;
    stream_constants.residency = ResidencyPolicy::stream;
    const Simulator strict(strict_constants), stream(stream_constants);
    const PreparedWorkload enc(load_builtin_workload("t-RNN Enc"));  // 97 M weights
    const Hardware hw = reference_hardware();                         // ~36 MB on chip
    const SimResult streamed = stream.evaluate(hw, enc);
    ASSERT_TRUE(streamed.feasible);
    EXPECT_FALSE(streamed.weights_resident);
    const SimResult r = strict.evaluate(hw, enc);
    EXPECT_EQ(r.reason, Reason::weights_exceed_onchip);
    ASSERT_GT(r.layer, 0);
    // The offending layer is the first whose cumulative weights exceed the capacity.
    EXPECT_LE(enc.cumulative_weights[std::size_t(r.layer) - 1], 36e6);
    EXPECT_GT(enc.cumulative_weights[std::size_t(r.layer)], 30e6);
    const PreparedWorkload v2(load_builtin_workload("MobileNetV2"));
    EXPECT_TRUE(strict.evaluate(hw, v2).feasible);
}

TEST(SimulatorRules, StreamedWeightsCostDramTime) {
    SimConstants c;
    c.residency = ResidencyPolicy::stream;
    const Simulator sim(c);
    const PreparedWorkload enc(load_builtin_workload("t-RNN Enc"));
    const SimResult r = sim.evaluate(reference_hardware(), enc, true);
    ASSERT_TRUE(r.feasible);
    // simulator.md §3.10: about 230 ms at REF, DRAM-bound.
    EXPECT_NEAR(r.latency_ms, 230, 15);
    for (const LayerReport& l : r.breakdown) EXPECT_EQ(l.bound, Bound::dram);
}

TEST(SimulatorBudgets, ReportedApartFromFeasibility) {
    SimConstants c;
    c.power_budget_w = 1e-6;
    const Simulator sim(c);
    Hardware big = reference_hardware();
    big.pes_x = big.pes_y = 16;
    const SimResult r = sim.evaluate(big, PreparedWorkload(load_builtin_workload("MobileNetV2")));
    EXPECT_TRUE(r.feasible);
    EXPECT_GT(r.area_mm2, 27.0);
    EXPECT_TRUE(r.area_over_budget);
    EXPECT_TRUE(r.power_over_budget);
    EXPECT_GT(r.power_w, 0);
    EXPECT_NEAR(r.power_w, r.energy_mj / r.latency_ms, 1e-12);
    EXPECT_FALSE(Simulator().evaluate(reference_hardware(), PreparedWorkload(load_builtin_workload("MobileNetV2"))).area_over_budget);
}

TEST(SimulatorNonMacCosts, ElementwiseLayersAndActivationsTakeTime) {
    const Simulator sim;
    const Hardware hw = reference_hardware();
    Workload plain = single_layer(conv_layer(56, 56, 64, 64, 1));
    Workload with_add = plain;
    Layer add;
    add.name = "add";
    add.type = LayerType::eltwise;
    add.op = LayerOp::add;
    add.h = add.w = 56;
    add.c = add.k = 64;
    with_add.layers.push_back(add);
    Workload with_hswish = plain;
    with_hswish.layers[0].op = LayerOp::hswish;
    const double base = sim.evaluate_summary(hw, PreparedWorkload(plain)).latency_ms;
    EXPECT_GT(sim.evaluate_summary(hw, PreparedWorkload(with_add)).latency_ms, base);
    EXPECT_GT(sim.evaluate_summary(hw, PreparedWorkload(with_hswish)).latency_ms, base);
}

TEST(SimulatorDesigns, IndicesMapToPhysicalValues) {
    const Simulator sim;
    const Design ref = sim.design(reference_hardware());
    EXPECT_EQ(sim.hardware(ref), reference_hardware());
    Design bad = ref;
    bad[0] = 99;
    EXPECT_THROW(sim.hardware(bad), std::out_of_range);
    Hardware odd = reference_hardware();
    odd.pes_x = 3;  // not an allowed value
    EXPECT_THROW(sim.design(odd), std::invalid_argument);
}
