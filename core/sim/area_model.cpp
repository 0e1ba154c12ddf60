#include "sim/area_model.h"

namespace prime {

double sram_instance_mm2(double bytes, const SimConstants& c) {
    return c.sram_macro_mm2 + c.sram_mm2_per_mib * bytes / double(1 << 20);
}

AreaBreakdown area_breakdown(const Hardware& hw, const SimConstants& c) {
    const double pes = hw.pes();
    const double cores = pes * hw.cores_per_pe;
    const double s = c.area_scale;
    AreaBreakdown a;
    a.macs = s * cores * hw.compute_lanes * c.macs_per_lane * c.mac_um2 * 1e-6;
    a.core_memories = s * cores *
                      (sram_instance_mm2(double(hw.core_memory), c) + sram_instance_mm2(double(hw.parameter_memory), c) +
                       sram_instance_mm2(double(hw.activation_memory), c));
    a.control_and_routers = s * (cores * c.core_control_mm2 + pes * c.router_mm2);
    a.instruction_memory = s * pes * sram_instance_mm2(c.instruction_bytes * double(hw.instruction_memory), c);
    a.pe_memory = s * pes * sram_instance_mm2(double(hw.pe_memory), c);
    a.phy = c.phy_mm2_per_gbps * hw.dram_gbps;
    a.fixed = c.fixed_mm2;
    return a;
}

double area_mm2(const Hardware& hw, const SimConstants& c) { return area_breakdown(hw, c).total(); }

double calibrated_area_scale(const Hardware& reference, double target_mm2, const SimConstants& constants) {
    SimConstants unit = constants;
    unit.area_scale = 1.0;
    const AreaBreakdown a = area_breakdown(reference, unit);
    const double scaled = a.total() - a.phy - a.fixed;
    return (target_mm2 - a.phy - a.fixed) / scaled;
}

}  // namespace prime
