#pragma once
// Every constant of the analytical simulator (docs/simulator.md, reference
// simulator.md §3) in one struct. They are calibration knobs, not facts, so
// users can load and save them as JSON and re-run the calibration. The
// defaults are the spec's, except those calibrated toward PRIME's dataset
// shape (docs/simulator.md, "Calibration"): c_min, delta, O, the barrier
// sync, the instruction-memory terms and the strict residency policy.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace prime {

// What happens when the weights do not fit on chip (§3.5).
enum class ResidencyPolicy : std::uint8_t {
    stream,  // weights that do not fit are re-read from DRAM; the design stays feasible
    strict,  // the design is infeasible (WEIGHTS_EXCEED_ONCHIP)
};

// How a core turns its lanes into MACs (§3.4).
enum class CoreModel : std::uint8_t {
    simd_lanes,   // lanes vectorise over output channels, each lane reduces serially
    systolic_os,  // the lanes form an output-stationary systolic array (SCALE-Sim folds)
};

std::string_view to_string(ResidencyPolicy policy);
std::string_view to_string(CoreModel model);

struct SimConstants {
    // --- datapath and timing (§3.1, §3.3-§3.6) --------------------------------
    double clock_ghz = 0.5;                 // f; REF peak = 4096 MACs x 2 x 0.5 GHz = 4.1 TOPS
    double dram_efficiency = 0.8;           // eta: sustained / peak DRAM bandwidth
    int channel_chunk = 16;                 // c_min: input channels per operand chunk
    double pe_memory_port_bytes = 64;       // PE-memory port, bytes/cycle per PE (weight refetch)
    double noc_link_bytes = 32;             // beta_NoC, bytes/cycle per mesh link
    double noc_hop_cycles = 1;              // latency per mesh hop
    double layer_overhead_cycles = 4096;    // O: launch/sync per layer or separate op
    double pass_fill_cycles = 8;            // F = L_eff + this, per pass of a core
    int pixel_tile = 64;                    // output pixels per tile (program size, refetch)
    double instructions_per_layer = 4;      // I0
    double instructions_per_tile_bit = 6;   // I1, times ceil(log2(tiles + 1))
    double instructions_per_repeat = 3;     // per extra sequential repeat (unrolled LSTM steps)
    double instructions_fixed = 5500;       // resident runtime: DMA/sync microcode, handlers
    double instruction_bytes = 16;          // bytes per instruction-memory entry (area only)
    int activation_buffering = 2;           // delta: 1, or 2 for double-buffered activations
    ResidencyPolicy residency = ResidencyPolicy::strict;
    double residency_fraction = 1.0;        // rho: weights resident iff W_total <= rho * capacity
    bool split_reduction = true;            // cores may split the reduction of fc/LSTM layers (§3.4.2)
    CoreModel core_model = CoreModel::simd_lanes;

    // --- non-MAC operations on the lane datapath, cycles per element (§3.7) ----
    double cost_relu = 1;       // ReLU / ReLU6, fused into the producing layer
    double cost_add = 1;        // residual add
    double cost_mul = 2;        // channel-wise scale (squeeze-excite)
    double cost_hswish = 3;     // h-swish: runs as its own pass (not fused)
    double cost_hsigmoid = 2;   // h-sigmoid: own pass
    double cost_sigmoid = 3;    // sigmoid: own pass (LSTM gates)
    double cost_tanh = 3;       // tanh: own pass
    double cost_pool = 1;       // max/avg pooling, per input element
    double cost_upsample = 1;   // nearest-neighbour upsample, per output element
    double barrier_hops_per_side = 2;  // global reduction barrier: this x (X + Y) hops
    double barrier_sync_cycles = 8192; // plus this fixed synchronisation (pipeline drain) per barrier

    // --- area (§3.8), 16 nm-class coefficients ---------------------------------
    double area_scale = 0.571858;           // s_node: calibrates REF to 27.0 mm²
    double macs_per_lane = 1;               // m
    double mac_um2 = 150;                   // a_MAC: int8 MAC + int32 accumulate + registers
    double sram_mm2_per_mib = 0.96;         // a_MiB
    double sram_macro_mm2 = 0.0085;         // a_macro: periphery floor per memory instance
    double core_control_mm2 = 0.02;         // a_ctrl: sequencer, vector ALU, register file
    double router_mm2 = 0.05;               // a_router: per-PE mesh router
    double phy_mm2_per_gbps = 0.06;         // a_PHY (not scaled by s_node)
    double fixed_mm2 = 2.0;                 // a_fixed: host interface, DMA, PLL, control CPU

    // --- energy (§3.9) ----------------------------------------------------------
    double mac_pj = 0.1;                    // e_MAC, int8
    double dram_pj_per_byte = 80;           // e_DRAM (10 pJ/bit)
    double leakage_mw_per_mm2 = 5;          // static power per mm² of area
    // SRAM read energy per byte by capacity (CACTI 7, 22 nm, 64-B accesses);
    // interpolated log-log between points, extrapolated flat.
    std::vector<std::pair<double, double>> sram_pj_per_byte = {
        {2048, 0.117},     {8192, 0.128},      {32768, 0.173},     {131072, 0.5},     {524288, 1.156},
        {1048576, 1.75},   {2097152, 2.83},    {8388608, 5.94},    {16777216, 8.19}};

    // --- budgets: reported beside the result, never folded into "infeasible" ----
    double area_budget_mm2 = 27.0;          // PRIME's AREA_THRESHOLD
    double power_budget_w = 0;              // 0 = no power budget
};

// JSON: {"format": "prime-sim-constants", "version": 1, "<name>": value, ...}.
// Reading accepts any subset of the names (the rest keep their defaults) and
// rejects unknown names, so a typo never silently leaves a default in place.
nlohmann::json constants_to_json(const SimConstants& constants);
SimConstants constants_from_json(const nlohmann::json& j, const std::string& source = "<json>");
SimConstants load_constants(const std::filesystem::path& path);
void save_constants(const SimConstants& constants, const std::filesystem::path& path);

// One line of documentation per constant, for the docs and the GUI's tooltips.
struct ConstantInfo {
    std::string_view name;
    std::string_view description;
};
const std::vector<ConstantInfo>& constant_descriptions();

}  // namespace prime
