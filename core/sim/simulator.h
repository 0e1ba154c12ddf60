#pragma once
// The built-in analytical simulator of the EdgeTPU-like template (reference
// simulator.md §3; docs/simulator.md). Pure and deterministic: the same
// design, workload and constants always give the same result, and every
// method is const, so one Simulator serves many threads.
//
// Fast path: prepare each workload once, then call evaluate_summary(), which
// allocates nothing. evaluate() adds names, the area breakdown and, on
// request, a per-layer breakdown.
#include "sim/area_model.h"
#include "sim/hardware.h"
#include "sim/prepared_workload.h"
#include "sim/sim_constants.h"
#include "sim/sim_result.h"
#include "space/search_space.h"

namespace prime {

class Simulator {
public:
    // Designs are value indices into `space`, which must have the ten
    // parameters of prime-edgetpu (matched by name or alias, any order).
    // Throws std::invalid_argument naming a missing parameter.
    Simulator(SimConstants constants, SearchSpace space);
    // The built-in prime-edgetpu space (reads resources/spaces/).
    explicit Simulator(SimConstants constants = {});

    const SimConstants& constants() const { return constants_; }
    const SearchSpace& space() const { return space_; }

    // Design (value indices) -> physical configuration; throws std::out_of_range
    // for a design that does not belong to the space.
    Hardware hardware(const Design& design) const;
    Design design(const Hardware& hw) const;  // throws std::invalid_argument for values outside the space

    // The fast path. `hw` must have positive values (any design of the space
    // has); evaluate() checks them and throws instead.
    SimSummary evaluate_summary(const Hardware& hw, const PreparedWorkload& workload) const noexcept;
    SimSummary evaluate_summary(const Design& design, const PreparedWorkload& workload) const;

    SimResult evaluate(const Hardware& hw, const PreparedWorkload& workload, bool breakdown = false) const;
    SimResult evaluate(const Design& design, const PreparedWorkload& workload, bool breakdown = false) const;
    // Convenience: prepares the workload on every call (slow; prefer the above in loops).
    SimResult evaluate(const Design& design, const Workload& workload, bool breakdown = false) const;

    // Area needs no workload.
    double evaluate_area(const Design& design) const;
    double evaluate_area(const Hardware& hw) const;
    AreaBreakdown area(const Hardware& hw) const;

private:
    SimSummary run(const Hardware& hw, const PreparedWorkload& workload, LayerReport* reports) const noexcept;
    double op_cost(LayerOp op) const { return op_cost_[static_cast<std::size_t>(op)]; }
    double sram_pj_per_byte(std::int64_t bytes) const;

    SimConstants constants_;
    SearchSpace space_;
    std::array<std::size_t, 10> position_{};  // space parameter of each Hardware field
    std::array<double, 12> op_cost_{};        // cycles per element by LayerOp
    std::array<double, 48> sram_pj_by_log2_{};  // SRAM energy per byte for power-of-two sizes
};

// SRAM read energy per byte for a memory of `bytes`, interpolated log-log in
// the constants' table (flat outside it).
double sram_read_pj_per_byte(double bytes, const SimConstants& constants);

}  // namespace prime
