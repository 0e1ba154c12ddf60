#include "sim/layer_mapper.h"

#include <algorithm>
#include <bit>

namespace prime {

namespace {

// Layer and design sizes fit 32 bits, and 32-bit division is several times
// faster than 64-bit on common x86 cores; this is the mapper's hot spot.
inline std::int64_t ceil_div32(std::int64_t a, std::int64_t b) {
    return std::int64_t((std::uint32_t(a) + std::uint32_t(b) - 1u) / std::uint32_t(b));
}

// One core's share of a layer: `outputs` channels over `pixels` output
// pixels, each output reducing `reduction` products, repeated `repeats` times.
struct CoreWork {
    std::int64_t outputs, pixels, reduction;
};

// ceil(pixels / pixel_tile), with a shift for the usual power-of-two tile.
inline std::int64_t pixel_tiles(std::int64_t pixels, const Geometry& g, const SimConstants& c) {
    return g.pixel_tile_shift >= 0 ? (pixels + (std::int64_t(1) << g.pixel_tile_shift) - 1) >> g.pixel_tile_shift
                                   : ceil_div32(pixels, c.pixel_tile);
}

struct CoreCost {
    double cycles;
    std::int64_t tiles;
    std::int32_t lanes_used;
};

// §3.4.1: lanes vectorise over output channels, each lane reduces serially;
// the parameter buffer caps the lanes that can be fed (lane_cap).
inline CoreCost simd_cost(const CoreWork& w, std::int32_t repeats, std::int64_t lane_cap, const Geometry& g,
                          const SimConstants& c) {
    const std::int64_t lanes = std::min<std::int64_t>({g.lanes, w.outputs, lane_cap});
    const std::int64_t passes = ceil_div32(w.outputs, lanes);
    const double per_pass = double(w.pixels) * double(w.reduction) * repeats + double(lanes) + c.pass_fill_cycles;
    return {double(passes) * per_pass, passes * pixel_tiles(w.pixels, g, c) * repeats, std::int32_t(lanes)};
}

// §3.4.3: an output-stationary Ra x Ca array; rows carry output pixels,
// columns carry filters, the window streams through: SCALE-Sim's closed form.
inline CoreCost systolic_cost(const CoreWork& w, std::int32_t repeats, const Geometry& g) {
    const std::int64_t ra = g.systolic_rows, ca = g.systolic_cols;
    const std::int64_t folds = ceil_div32(w.pixels, ra) * ceil_div32(w.outputs, ca);
    const double per_fold = double(w.reduction + ra + ca - 2);
    const auto used = std::min(ra, w.pixels) * std::min(ca, w.outputs);
    return {double(folds) * per_fold * repeats, folds * repeats, std::int32_t(used)};
}

inline CoreCost core_cost(const CoreWork& w, std::int32_t repeats, std::int64_t lane_cap, const Geometry& g,
                          const SimConstants& c) {
    return c.core_model == CoreModel::systolic_os ? systolic_cost(w, repeats, g) : simd_cost(w, repeats, lane_cap, g, c);
}

struct Refetch {
    double cycles = 0, bytes = 0;
};

// Core-memory refetch (§3.6): a weight slice larger than the core memory is
// re-read from PE memory for every further pixel tile (and every repeat).
inline Refetch refetch_cost(std::int64_t slice_bytes, std::int64_t pixels, std::int32_t repeats, const Geometry& g,
                            const SimConstants& c) {
    if (slice_bytes <= g.core_memory) return {};
    const double reuses = double(pixel_tiles(pixels, g, c) * repeats - 1);
    if (reuses <= 0) return {};
    return {double(slice_bytes) * reuses * g.cores / c.pe_memory_port_bytes, double(slice_bytes) * reuses * g.cores * g.pes};
}

// Records a mapping candidate as the layer's best so far.
void keep_candidate(LayerChoice& best, Partition partition, CoreSplit split, const CoreCost& cost, double noc,
                    const Refetch& refetch, double onchip, std::int64_t footprint) {
    best.partition = partition;
    best.split = split;
    best.lanes_used = cost.lanes_used;
    best.compute_cycles = cost.cycles;
    best.noc_cycles = noc;
    best.pe_memory_cycles = refetch.cycles;
    best.refetch_bytes = refetch.bytes;
    best.onchip_cycles = onchip;
    best.tiles = cost.tiles;
    best.activation_footprint = double(footprint);
}

}  // namespace

Geometry make_geometry(const Hardware& hw, const SimConstants& c) {
    Geometry g;
    g.x = hw.pes_x;
    g.y = hw.pes_y;
    g.pes = hw.pes();
    g.cores = hw.cores_per_pe;
    g.lanes = hw.compute_lanes;
    g.lanes_total = double(hw.total_lanes());
    g.pe_memory = hw.pe_memory;
    g.core_memory = hw.core_memory;
    g.instruction_memory = hw.instruction_memory;
    g.parameter_memory = hw.parameter_memory;
    g.activation_memory = hw.activation_memory;
    g.dram_bytes_per_cycle = c.dram_efficiency * hw.dram_gbps / c.clock_ghz;
    g.mean_hops = 0.5 * (g.x + g.y);
    g.tree_depth = g.cores > 1 ? int(std::bit_width(unsigned(g.cores - 1))) : 0;
    const int lane_bits = int(std::bit_width(unsigned(std::max(g.lanes, 1)))) - 1;
    g.systolic_rows = 1 << (lane_bits / 2);
    g.systolic_cols = std::max(1, g.lanes / g.systolic_rows);
    g.pixel_tile_shift = std::has_single_bit(unsigned(std::max(c.pixel_tile, 1))) ? std::countr_zero(unsigned(c.pixel_tile)) : -1;
    return g;
}

LayerChoice map_spatial_layer(const PreparedLayer& l, const Geometry& g, const SimConstants& c) {
    const std::int64_t chunk = 2LL * l.r * l.s * std::min(l.group_channels, c.channel_chunk);
    const std::int64_t lane_cap = g.parameter_memory / chunk;
    const std::int64_t line_rows = l.upconv ? 1 : l.r;
    const double link = c.noc_link_bytes;

    struct PeSplit {
        int rows, cols, channels;
        Partition partition;
    };
    // Identical splits are skipped: with X = 1, rows x channels is spatial;
    // with Y = 1, channels is rows x channels.
    const PeSplit splits[3] = {{g.y, g.x, 1, Partition::spatial},
                               {g.y, 1, g.x, Partition::rows_channels},
                               {1, 1, g.pes, Partition::channels}};
    const bool skip[3] = {false, g.x == 1, g.y == 1 && g.x > 1};

    LayerChoice best;
    bool found = false;
    Reason last_reason = Reason::none;
    for (int i = 0; i < 3; ++i) {
        if (skip[i]) continue;
        const PeSplit& sp = splits[i];
        const std::int64_t rows = ceil_div32(l.ho, sp.rows);
        const std::int64_t cols = ceil_div32(l.wo, sp.cols);
        const std::int64_t k_pe = ceil_div32(l.k, sp.channels);
        const std::int64_t c_pe = l.depthwise                ? k_pe
                                  : l.group_channels == l.c ? l.c
                                                            : std::min<std::int64_t>(l.c, ceil_div32(k_pe, l.group_outputs) * l.group_channels);
        const std::int64_t in_rows = l.upconv ? ceil_div32(rows, l.stride) : (rows - 1) * l.stride + l.r;
        const std::int64_t in_cols = l.upconv ? ceil_div32(cols, l.stride) : (cols - 1) * l.stride + l.s;
        const std::int64_t footprint = in_rows * in_cols * c_pe + rows * cols * k_pe;

        // Hard rules, in the order of §3.5.
        if (std::int64_t(c.activation_buffering) * footprint > g.pe_memory) {
            last_reason = Reason::pe_mem_activations;
            continue;
        }
        if (lane_cap < 1) {
            last_reason = Reason::param_mem_operand_buffer;
            continue;
        }
        if (line_rows * in_cols * std::min<std::int64_t>(c_pe, c.channel_chunk) > g.activation_memory) {
            last_reason = Reason::act_mem_line_buffer;
            continue;
        }

        // NoC (MAESTRO form): halo rows/columns between neighbours, plus an
        // input broadcast when output channels are split over PEs.
        double noc_bytes = 0;
        if (!l.upconv) {
            if (sp.rows > 1) noc_bytes += double(l.r - 1) * l.in_bytes * sp.rows / l.h;
            if (sp.cols > 1) noc_bytes += double(l.s - 1) * l.in_bytes * sp.cols / l.w;
        }
        double noc = 0;
        if (sp.channels > 1) {
            if (l.depthwise) {
                noc = l.in_bytes / sp.channels / link + g.mean_hops * c.noc_hop_cycles;  // scatter own channels
            } else {
                const double hops = sp.partition == Partition::rows_channels ? 0.5 * g.x : g.mean_hops;
                noc_bytes += l.in_bytes / sp.rows * hops;
            }
        }
        noc += noc_bytes / link;

        // Core splits inside the PE.
        for (int split = 0; split < 2; ++split) {
            if (split == 1 && g.cores == 1) break;  // a row split of one core is the channel split
            CoreWork work;
            if (split == 0) work = {ceil_div32(k_pe, g.cores), rows * cols, l.reduction};
            else work = {k_pe, ceil_div32(rows, g.cores) * cols, l.reduction};
            const CoreCost cost = core_cost(work, l.t, lane_cap, g, c);
            const Refetch refetch = refetch_cost(work.outputs * work.reduction, work.pixels, l.t, g, c);
            const double onchip = std::max({cost.cycles, noc, refetch.cycles});
            if (found && !(onchip < best.onchip_cycles)) continue;  // the first of equals wins
            found = true;
            keep_candidate(best, sp.partition, split == 0 ? CoreSplit::output_channels : CoreSplit::rows, cost, noc,
                           refetch, onchip, footprint);
        }
    }
    if (!found) best.reason = last_reason;
    return best;
}

LayerChoice map_vector_layer(const PreparedLayer& l, const Geometry& g, const SimConstants& c) {
    LayerChoice best;
    const std::int64_t k_pe = ceil_div32(l.k, g.pes);
    const std::int64_t footprint = l.c + k_pe;  // input vector + this PE's outputs (one step)
    if (std::int64_t(c.activation_buffering) * footprint > g.pe_memory) {
        best.reason = Reason::pe_mem_activations;
        return best;
    }
    const std::int64_t lane_cap = g.parameter_memory / (2LL * std::min(l.group_channels, c.channel_chunk));
    if (lane_cap < 1) {
        best.reason = Reason::param_mem_operand_buffer;
        return best;
    }
    if (2 * std::min<std::int64_t>(l.reduction, 64LL * c.channel_chunk) > g.activation_memory) {
        best.reason = Reason::act_mem_line_buffer;
        return best;
    }
    // Every PE needs the whole input vector at every step.
    const double noc = g.pes > 1 ? l.in_bytes * l.t * g.mean_hops / c.noc_link_bytes : 0;
    const std::int64_t pixels = std::int64_t(l.ho) * l.wo;

    bool found = false;
    for (int split = 0; split < 2; ++split) {
        if (split == 1 && (!c.split_reduction || g.cores == 1)) break;
        CoreWork work;
        if (split == 0) work = {ceil_div32(k_pe, g.cores), pixels, l.reduction};
        else work = {k_pe, pixels, ceil_div32(l.reduction, g.cores)};
        CoreCost cost = core_cost(work, l.t, lane_cap, g, c);
        if (split == 1) {
            // §3.4.2: partial sums meet in an adder tree, ceil(log2 N_c) cycles per output vector.
            const std::int64_t vectors = ceil_div32(work.outputs, std::max(cost.lanes_used, 1));
            cost.cycles += double(vectors) * double(pixels) * l.t * g.tree_depth;
        }
        const Refetch refetch = refetch_cost(work.outputs * work.reduction, pixels, l.t, g, c);
        const double onchip = std::max({cost.cycles, noc, refetch.cycles});
        if (found && !(onchip < best.onchip_cycles)) continue;  // the first of equals wins
        found = true;
        keep_candidate(best, Partition::channels, split == 0 ? CoreSplit::output_channels : CoreSplit::reduction, cost,
                       noc, refetch, onchip, footprint);
    }
    return best;
}

}  // namespace prime
