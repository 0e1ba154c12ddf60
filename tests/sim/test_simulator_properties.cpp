// Physical sanity properties of the simulator (reference simulator.md §3.11):
// reference area, area monotonicity, roofline bound, bandwidth monotonicity,
// reasons on infeasible results, determinism, and the calibrated orderings.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "sim_test_support.h"

using namespace prime;
using namespace prime::test;

TEST(SimulatorArea, ReferenceDesignIs27SquareMillimetres) {
    const Simulator sim;
    EXPECT_NEAR(sim.evaluate_area(reference_hardware()), 27.0, 0.1);
    EXPECT_NEAR(calibrated_area_scale(reference_hardware(), 27.0, SimConstants{}), SimConstants{}.area_scale, 1e-5);
    const AreaBreakdown a = sim.area(reference_hardware());
    EXPECT_NEAR(a.total(), sim.evaluate_area(reference_hardware()), 1e-9);
    EXPECT_GT(a.pe_memory, a.macs);  // REF is SRAM-dominated (simulator.md §3.8)
}

TEST(SimulatorArea, MonotoneNonDecreasingInEveryParameter) {
    const Simulator sim;
    for (const Design& d : random_designs(sim, 300, 11)) {
        const double base = sim.evaluate_area(d);
        for (std::size_t p = 0; p < d.size(); ++p) {
            if (d[p] + 1u >= sim.space().parameter(p).size()) continue;
            Design up = d;
            ++up[p];
            EXPECT_GE(sim.evaluate_area(up), base) << sim.space().parameter(p).name;
        }
    }
}

TEST(SimulatorArea, SmallestDesignIsDominatedByFixedAndPhy) {
    const Simulator sim;
    Design smallest;
    smallest.index.assign(sim.space().dimension(), 0);
    EXPECT_NEAR(sim.evaluate_area(smallest), 2.4, 0.3);  // simulator.md §3.8
}

TEST(SimulatorLatency, NeverBelowTheRooflineBound) {
    const Simulator sim;
    const SimConstants& c = sim.constants();
    int feasible = 0;
    for (const Design& d : random_designs(sim, 400, 12)) {
        const Hardware hw = sim.hardware(d);
        for (std::size_t w = 0; w < prepared_builtins().size(); ++w) {
            const PreparedWorkload& p = prepared_builtins()[w];
            const SimSummary s = sim.evaluate_summary(hw, p);
            if (!s.feasible) continue;
            ++feasible;
            double dram = p.layers.front().in_bytes * p.layers.front().t + p.layers.back().out_bytes * p.layers.back().t;
            if (!s.weights_resident)
                for (const auto& l : p.layers) dram += l.weights * l.t;
            const double compute_ms = p.total_macs / (double(hw.total_lanes()) * c.clock_ghz * 1e9) * 1e3;
            const double dram_ms = dram / (c.dram_efficiency * hw.dram_gbps * 1e9) * 1e3;
            EXPECT_GE(s.latency_ms * (1 + 1e-12), std::max(compute_ms, dram_ms)) << p.name;
        }
    }
    EXPECT_GT(feasible, 100);
}

TEST(SimulatorLatency, MoreDramBandwidthIsNeverSlower) {
    const Simulator sim;
    for (const Design& d : random_designs(sim, 200, 13)) {
        const Hardware hw = sim.hardware(d);
        for (const PreparedWorkload& p : prepared_builtins()) {
            Hardware doubled = hw;
            doubled.dram_gbps *= 2;
            const SimSummary a = sim.evaluate_summary(hw, p), b = sim.evaluate_summary(doubled, p);
            ASSERT_EQ(a.feasible, b.feasible) << p.name;
            if (a.feasible) {
                EXPECT_LE(b.latency_ms, a.latency_ms) << p.name;
            }
            // Every step up the space's bandwidth values, too.
            Design faster = d;
            const std::size_t bw = *sim.space().find("dram_bandwidth");
            if (faster[bw] + 1u < sim.space().parameter(bw).size()) {
                ++faster[bw];
                const SimSummary f = sim.evaluate_summary(faster, p);
                if (a.feasible) {
                    EXPECT_LE(f.latency_ms, a.latency_ms) << p.name;
                }
            }
        }
    }
}

TEST(SimulatorRules, EveryInfeasibleResultHasAReasonAndALayer) {
    const Simulator sim;
    int infeasible = 0;
    for (const Design& d : random_designs(sim, 300, 14)) {
        for (std::size_t w = 0; w < prepared_builtins().size(); ++w) {
            const PreparedWorkload& p = prepared_builtins()[w];
            const SimResult r = sim.evaluate(d, p);
            if (r.feasible) {
                EXPECT_EQ(r.reason, Reason::none);
                EXPECT_EQ(r.layer, -1);
                EXPECT_GT(r.latency_ms, 0);
                EXPECT_GT(r.energy_mj, 0);
                continue;
            }
            ++infeasible;
            EXPECT_NE(r.reason, Reason::none) << p.name;
            EXPECT_FALSE(r.reason_text.empty()) << p.name;
            ASSERT_GE(r.layer, 0) << p.name;
            ASSERT_LT(std::size_t(r.layer), p.layers.size()) << p.name;
            EXPECT_EQ(r.layer_name, p.layer_names[std::size_t(r.layer)]);
            EXPECT_EQ(r.latency_ms, 0);
            EXPECT_GT(r.area_mm2, 0);  // area is always reported
        }
    }
    EXPECT_GT(infeasible, 100);
}

TEST(SimulatorDeterminism, SameInputsSameOutputsAcrossInstancesAndThreads) {
    const Simulator a, b;
    const auto designs = random_designs(a, 200, 15);
    std::vector<SimSummary> sequential;
    for (const Design& d : designs)
        for (const PreparedWorkload& p : prepared_builtins()) {
            const SimSummary x = a.evaluate_summary(d, p), y = b.evaluate_summary(d, p);
            EXPECT_EQ(x.feasible, y.feasible);
            EXPECT_EQ(x.reason, y.reason);
            EXPECT_EQ(x.layer, y.layer);
            EXPECT_EQ(x.latency_ms, y.latency_ms);  // bit-identical, not just close
            EXPECT_EQ(x.energy_mj, y.energy_mj);
            sequential.push_back(x);
        }
    std::vector<SimSummary> threaded(sequential.size());
    std::vector<std::thread> threads;
    const std::size_t per = prepared_builtins().size();
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (std::size_t i = std::size_t(t); i < designs.size(); i += 4)
                for (std::size_t w = 0; w < per; ++w) threaded[i * per + w] = a.evaluate_summary(designs[i], prepared_builtins()[w]);
        });
    for (auto& t : threads) t.join();
    for (std::size_t i = 0; i < sequential.size(); ++i) EXPECT_EQ(threaded[i].latency_ms, sequential[i].latency_ms);
}

TEST(SimulatorBreakdown, LayersAddUpToTheLatency) {
    const Simulator sim;
    int checked = 0;
    for (const Design& d : random_designs(sim, 100, 16))
        for (const PreparedWorkload& p : prepared_builtins()) {
            const SimResult r = sim.evaluate(d, p, true);
            const SimSummary fast = sim.evaluate_summary(d, p);
            EXPECT_EQ(fast.latency_ms, r.latency_ms);
            EXPECT_EQ(fast.reason, r.reason);
            if (!r.feasible) {
                if (r.reason != Reason::weights_exceed_onchip) {
                    EXPECT_EQ(r.breakdown.size(), std::size_t(r.layer));
                }
                continue;
            }
            ASSERT_EQ(r.breakdown.size(), p.layers.size());
            double cycles = 0;
            for (const LayerReport& l : r.breakdown) {
                cycles += l.cycles;
                EXPECT_LE(l.utilisation, 1.0 + 1e-9);
                EXPECT_GE(l.cycles, l.overhead_cycles);
            }
            EXPECT_NEAR(cycles / (sim.constants().clock_ghz * 1e6), r.latency_ms, 1e-9 * r.latency_ms);
            ++checked;
        }
    EXPECT_GT(checked, 10);
}

// REF runs every built-in workload except the 97 M-weight RNN-T encoder,
// which cannot stay on chip under the default strict residency (§3.5).
TEST(SimulatorReference, RunsEveryBuiltinWorkloadButTheRnntEncoder) {
    const Simulator sim;
    ASSERT_EQ(sim.constants().residency, ResidencyPolicy::strict);
    for (const PreparedWorkload& p : prepared_builtins()) {
        const SimResult r = sim.evaluate(reference_hardware(), p, true);
        EXPECT_FALSE(r.area_over_budget);
        if (p.name == "t-RNN Enc") {
            EXPECT_EQ(r.reason, Reason::weights_exceed_onchip);
            continue;
        }
        EXPECT_TRUE(r.feasible) << p.name << ": " << r.reason_text << " at " << r.layer_name;
        EXPECT_TRUE(r.weights_resident) << p.name;
    }
}

// §3.7: with non-MAC costs, MobileNetV3 is not faster than MobileNetEdgeTPU
// on most designs that run both, although it has 4.6x fewer MACs.
TEST(SimulatorCalibration, MobileNetV3IsNotFasterThanEdgeTpuOnMostDesigns) {
    const Simulator sim;
    const PreparedWorkload edge(load_builtin_workload("MobileNetEdgeTPU")), v3(load_builtin_workload("MobileNetV3"));
    int both = 0, v3_not_faster = 0;
    for (const Design& d : random_designs(sim, 3000, 17)) {
        const SimSummary a = sim.evaluate_summary(d, edge), b = sim.evaluate_summary(d, v3);
        if (!a.feasible || !b.feasible) continue;
        ++both;
        if (b.latency_ms >= a.latency_ms) ++v3_not_faster;
    }
    ASSERT_GT(both, 100);
    EXPECT_GT(double(v3_not_faster) / both, 0.5);
}

// PRIME's shape (prime-method.md §1.3): most random designs are infeasible,
// and U-Net is the most infeasible application.
TEST(SimulatorCalibration, MostRandomDesignsAreInfeasibleAndUnetMost) {
    const Simulator sim;
    const auto designs = random_designs(sim, 2000, 18);
    double unet = 0, others_max = 0;
    for (const PreparedWorkload& p : prepared_builtins()) {
        int infeasible = 0;
        for (const Design& d : designs) infeasible += !sim.evaluate_summary(d, p).feasible;
        const double fraction = double(infeasible) / double(designs.size());
        EXPECT_GT(fraction, 0.6) << p.name;
        EXPECT_LT(fraction, 0.95) << p.name;
        if (p.name == "U-Net") unet = fraction;
        else others_max = std::max(others_max, fraction);
    }
    EXPECT_GT(unet, others_max);
}
