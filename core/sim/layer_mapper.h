#pragma once
// The mini-mapper (reference simulator.md §3.3-§3.5): for one layer and one
// design, try the PE partitions (spatial, rows x channels, channels) and the
// core splits (output channels, rows, or reduction for fc/LSTM), drop the
// candidates that break a hard rule, and keep the one with the least on-chip
// time. DRAM time does not depend on the candidate, so the caller adds it.
#include <cstdint>

#include "sim/hardware.h"
#include "sim/prepared_workload.h"
#include "sim/sim_constants.h"
#include "sim/sim_result.h"

namespace prime {

// Per-design quantities every layer needs, derived once per evaluation.
struct Geometry {
    int x = 1, y = 1, pes = 1, cores = 1, lanes = 1;
    double lanes_total = 1;             // P x N_c x L
    std::int64_t pe_memory = 0, core_memory = 0, instruction_memory = 0;
    std::int64_t parameter_memory = 0, activation_memory = 0;
    double dram_bytes_per_cycle = 1;    // eta x B / f
    double mean_hops = 0;               // h = (X + Y) / 2
    int tree_depth = 0;                 // ceil(log2 N_c): adder tree of a reduction split
    int systolic_rows = 1, systolic_cols = 1;  // core array shape for CoreModel::systolic_os
    int pixel_tile_shift = -1;          // log2(pixel_tile) when it is a power of two
};
Geometry make_geometry(const Hardware& hw, const SimConstants& constants);

// The chosen candidate of one MAC layer, or the reason no candidate passed.
struct LayerChoice {
    Reason reason = Reason::none;       // none: mapped
    Partition partition = Partition::spatial;
    CoreSplit split = CoreSplit::output_channels;
    std::int32_t lanes_used = 0;
    double compute_cycles = 0;          // MACs and pass fills, one core
    double noc_cycles = 0;
    double pe_memory_cycles = 0;        // core-memory refetch
    double onchip_cycles = 0;           // max of the three
    double activation_footprint = 0;    // A_PE, bytes per PE
    double refetch_bytes = 0;           // whole chip, for energy
    std::int64_t tiles = 0;
};

LayerChoice map_spatial_layer(const PreparedLayer& layer, const Geometry& g, const SimConstants& c);
LayerChoice map_vector_layer(const PreparedLayer& layer, const Geometry& g, const SimConstants& c);

}  // namespace prime
