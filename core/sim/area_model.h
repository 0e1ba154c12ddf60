#pragma once
// Chip area (reference simulator.md §3.8):
//   A = s_node * P * [ N_c * (L*m*a_MAC + S(M_core) + S(M_par) + S(M_act) + a_ctrl)
//                      + S(16 * M_I) + S(M_PE) + a_router ] + a_PHY * B + a_fixed
// with S(bytes) = a_macro + a_MiB * bytes / 2^20, one macro per memory instance.
#include "sim/hardware.h"
#include "sim/sim_constants.h"

namespace prime {

// Every term already multiplied out (s_node applied where the formula applies it).
struct AreaBreakdown {
    double macs = 0;                 // MAC lanes
    double core_memories = 0;        // core + parameter + activation memories
    double control_and_routers = 0;  // per-core control, per-PE routers
    double instruction_memory = 0;
    double pe_memory = 0;
    double phy = 0;                  // DRAM PHY
    double fixed = 0;                // host interface, DMA, PLL, control CPU
    double total() const {
        return macs + core_memories + control_and_routers + instruction_memory + pe_memory + phy + fixed;
    }
};

// S(bytes): area of one SRAM instance, before s_node.
double sram_instance_mm2(double bytes, const SimConstants& constants);
AreaBreakdown area_breakdown(const Hardware& hw, const SimConstants& constants);
double area_mm2(const Hardware& hw, const SimConstants& constants);

// The s_node that gives `reference` exactly `target_mm2` with the other
// coefficients of `constants` (how the default 0.571858 was obtained).
double calibrated_area_scale(const Hardware& reference, double target_mm2, const SimConstants& constants);

}  // namespace prime
