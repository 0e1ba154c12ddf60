#pragma once
// One accelerator configuration in physical units: the ten parameters of the
// prime-edgetpu space decoded from value indices (reference simulator.md §3.1).
#include <array>
#include <cstdint>
#include <string_view>

namespace prime {

struct Hardware {
    int pes_x = 1;                         // PEs along X
    int pes_y = 1;                         // PEs along Y
    int compute_lanes = 4;                 // L: int8 MAC lanes per core
    int cores_per_pe = 1;                  // N_c
    std::int64_t pe_memory = 262144;       // M_PE, bytes per PE
    std::int64_t core_memory = 4096;       // M_core, bytes per core
    std::int64_t instruction_memory = 256; // M_I, entries per PE
    std::int64_t parameter_memory = 8192;  // M_par, bytes per core
    std::int64_t activation_memory = 2048; // M_act, bytes per core
    double dram_gbps = 5;                  // B, GB/s

    int pes() const { return pes_x * pes_y; }
    std::int64_t total_lanes() const {
        return static_cast<std::int64_t>(pes()) * cores_per_pe * compute_lanes;
    }
    friend bool operator==(const Hardware&, const Hardware&) = default;
};

// Parameter names in the order of the prime-edgetpu space.
inline constexpr std::array<std::string_view, 10> kHardwareParameterNames = {
    "pes_x", "pes_y", "compute_lanes", "cores_per_pe", "pe_memory",
    "core_memory", "instruction_memory", "parameter_memory", "activation_memory", "dram_bandwidth"};

// Raw values in kHardwareParameterNames order -> Hardware, and back.
Hardware hardware_from_values(const std::array<double, 10>& values);
std::array<double, 10> hardware_values(const Hardware& hw);

// REF, the "EdgeTPU-like" reference design: 4x4 PEs, 4 cores, 64 lanes,
// 2 MiB PE memory, 32 KiB core memory, 16 K instruction entries, 8 KiB
// parameter and activation memories, 16 GB/s. We chose REF over REF' (512 KiB
// PE memory) because it keeps the RNN-T decoder resident (simulator.md §3.1).
Hardware reference_hardware();

}  // namespace prime
