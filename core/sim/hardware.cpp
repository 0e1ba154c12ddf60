#include "sim/hardware.h"

#include <cmath>

namespace prime {

Hardware hardware_from_values(const std::array<double, 10>& v) {
    auto count = [](double x) { return static_cast<int>(std::lround(x)); };
    auto bytes = [](double x) { return static_cast<std::int64_t>(std::llround(x)); };
    Hardware hw;
    hw.pes_x = count(v[0]);
    hw.pes_y = count(v[1]);
    hw.compute_lanes = count(v[2]);
    hw.cores_per_pe = count(v[3]);
    hw.pe_memory = bytes(v[4]);
    hw.core_memory = bytes(v[5]);
    hw.instruction_memory = bytes(v[6]);
    hw.parameter_memory = bytes(v[7]);
    hw.activation_memory = bytes(v[8]);
    hw.dram_gbps = v[9];
    return hw;
}

std::array<double, 10> hardware_values(const Hardware& hw) {
    return {double(hw.pes_x),           double(hw.pes_y),
            double(hw.compute_lanes),   double(hw.cores_per_pe),
            double(hw.pe_memory),       double(hw.core_memory),
            double(hw.instruction_memory), double(hw.parameter_memory),
            double(hw.activation_memory), hw.dram_gbps};
}

Hardware reference_hardware() {
    Hardware hw;
    hw.pes_x = 4;
    hw.pes_y = 4;
    hw.compute_lanes = 64;
    hw.cores_per_pe = 4;
    hw.pe_memory = 2 << 20;
    hw.core_memory = 32 << 10;
    hw.instruction_memory = 16384;
    hw.parameter_memory = 8 << 10;
    hw.activation_memory = 8 << 10;
    hw.dram_gbps = 16;
    return hw;
}

}  // namespace prime
