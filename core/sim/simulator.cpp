#include "sim/simulator.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>

#include "sim/layer_mapper.h"
#include "space/space_json.h"

namespace prime {

namespace {

// ceil(work / lanes) for integral work (element counts), without libm.
inline double vector_steps(double work, std::int64_t lanes) {
    const auto w = std::int64_t(work);
    return double((w + lanes - 1) / lanes);
}

// Activations without native support run as their own pass over the output,
// with their own launch overhead and program entry (§3.7).
bool runs_as_separate_pass(LayerOp op) {
    return op == LayerOp::hswish || op == LayerOp::hsigmoid || op == LayerOp::sigmoid || op == LayerOp::tanh;
}

// I0 + I1 * ceil(log2(tiles + 1)) (ceil(log2(n + 1)) is the bit width of n),
// plus the unrolled repeats of a recurrent layer.
double program_entries(std::int64_t tiles, std::int32_t repeats, const SimConstants& c) {
    return c.instructions_per_layer +
           c.instructions_per_tile_bit * double(std::bit_width(std::uint64_t(std::max<std::int64_t>(tiles, 0)))) +
           c.instructions_per_repeat * double(repeats - 1);
}

Bound bound_of(double compute, double dram, double noc, double pe, double overhead) {
    Bound bound = Bound::compute;
    double most = compute;
    if (dram > most) most = dram, bound = Bound::dram;
    if (noc > most) most = noc, bound = Bound::noc;
    if (pe > most) most = pe, bound = Bound::pe_memory;
    if (overhead > most) bound = Bound::overhead;
    return bound;
}

void check_hardware(const Hardware& hw) {
    if (hw.pes_x < 1 || hw.pes_y < 1 || hw.compute_lanes < 1 || hw.cores_per_pe < 1 || hw.pe_memory < 1 ||
        hw.core_memory < 1 || hw.instruction_memory < 1 || hw.parameter_memory < 1 || hw.activation_memory < 1 ||
        !(hw.dram_gbps > 0))
        throw std::invalid_argument("hardware parameters must all be positive");
}

}  // namespace

double sram_read_pj_per_byte(double bytes, const SimConstants& c) {
    const auto& table = c.sram_pj_per_byte;
    if (table.empty()) return 0;
    if (bytes <= table.front().first) return table.front().second;
    if (bytes >= table.back().first) return table.back().second;
    const auto hi = std::upper_bound(table.begin(), table.end(), bytes,
                                     [](double b, const std::pair<double, double>& p) { return b < p.first; });
    const auto lo = hi - 1;
    const double t = std::log(bytes / lo->first) / std::log(hi->first / lo->first);
    if (lo->second <= 0 || hi->second <= 0) return lo->second + t * (hi->second - lo->second);
    return lo->second * std::pow(hi->second / lo->second, t);
}

Simulator::Simulator(SimConstants constants) : Simulator(std::move(constants), builtin_edgetpu_space()) {}

Simulator::Simulator(SimConstants constants, SearchSpace space) : constants_(std::move(constants)), space_(std::move(space)) {
    for (std::size_t i = 0; i < kHardwareParameterNames.size(); ++i) {
        const auto found = space_.find(kHardwareParameterNames[i]);
        if (!found)
            throw std::invalid_argument("the search space '" + space_.name() + "' has no parameter '" +
                                        std::string(kHardwareParameterNames[i]) + "' (the simulator needs the prime-edgetpu parameters)");
        position_[i] = *found;
    }
    const SimConstants& c = constants_;
    auto cost = [&](LayerOp op, double value) { op_cost_[static_cast<std::size_t>(op)] = value; };
    cost(LayerOp::none, 0);
    cost(LayerOp::relu, c.cost_relu);
    cost(LayerOp::relu6, c.cost_relu);
    cost(LayerOp::hswish, c.cost_hswish);
    cost(LayerOp::hsigmoid, c.cost_hsigmoid);
    cost(LayerOp::sigmoid, c.cost_sigmoid);
    cost(LayerOp::tanh, c.cost_tanh);
    cost(LayerOp::add, c.cost_add);
    cost(LayerOp::mul, c.cost_mul);
    cost(LayerOp::upsample, c.cost_upsample);
    cost(LayerOp::max, c.cost_pool);
    cost(LayerOp::avg, c.cost_pool);
    for (std::size_t bit = 0; bit < sram_pj_by_log2_.size(); ++bit)
        sram_pj_by_log2_[bit] = sram_read_pj_per_byte(std::ldexp(1.0, int(bit)), c);
}

double Simulator::sram_pj_per_byte(std::int64_t bytes) const {
    const auto u = std::uint64_t(bytes);
    if (bytes > 0 && std::has_single_bit(u) && std::size_t(std::countr_zero(u)) < sram_pj_by_log2_.size())
        return sram_pj_by_log2_[std::size_t(std::countr_zero(u))];
    return sram_read_pj_per_byte(double(bytes), constants_);
}

Hardware Simulator::hardware(const Design& design) const {
    if (design.size() != space_.dimension())
        throw std::out_of_range("design has " + std::to_string(design.size()) + " parameters, the space '" + space_.name() +
                                "' has " + std::to_string(space_.dimension()));
    std::array<double, 10> values{};
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::size_t p = position_[i];
        if (design[p] >= space_.parameter(p).size())
            throw std::out_of_range("value index " + std::to_string(design[p]) + " is out of range for '" +
                                    space_.parameter(p).name + "'");
        values[i] = space_.value(p, design[p]);
    }
    return hardware_from_values(values);
}

Design Simulator::design(const Hardware& hw) const {
    const auto values = hardware_values(hw);
    std::vector<double> ordered(space_.dimension(), 0.0);
    for (std::size_t i = 0; i < values.size(); ++i) ordered[position_[i]] = values[i];
    return space_.encode(ordered);
}

AreaBreakdown Simulator::area(const Hardware& hw) const { return area_breakdown(hw, constants_); }
double Simulator::evaluate_area(const Hardware& hw) const { return area_mm2(hw, constants_); }
double Simulator::evaluate_area(const Design& design) const { return evaluate_area(hardware(design)); }

SimSummary Simulator::evaluate_summary(const Hardware& hw, const PreparedWorkload& wl) const noexcept {
    return run(hw, wl, nullptr);
}

SimSummary Simulator::evaluate_summary(const Design& design, const PreparedWorkload& wl) const {
    return run(hardware(design), wl, nullptr);
}

SimResult Simulator::evaluate(const Hardware& hw, const PreparedWorkload& wl, bool breakdown) const {
    check_hardware(hw);
    SimResult result;
    if (breakdown) result.breakdown.resize(wl.layers.size());
    static_cast<SimSummary&>(result) = run(hw, wl, breakdown ? result.breakdown.data() : nullptr);
    if (breakdown) {
        // An infeasible result reports the layers mapped before the offending one.
        const bool every_layer_mapped = result.feasible || result.reason == Reason::weights_exceed_onchip;
        const std::size_t reported = every_layer_mapped ? wl.layers.size() : std::size_t(result.layer);
        result.breakdown.resize(reported);
    }
    result.reason_text = std::string(reason_name(result.reason));
    if (result.layer >= 0) result.layer_name = wl.layer_names[std::size_t(result.layer)];
    result.area = area(hw);
    return result;
}

SimResult Simulator::evaluate(const Design& design, const PreparedWorkload& wl, bool breakdown) const {
    return evaluate(hardware(design), wl, breakdown);
}

SimResult Simulator::evaluate(const Design& design, const Workload& workload, bool breakdown) const {
    return evaluate(hardware(design), PreparedWorkload(workload), breakdown);
}

SimSummary Simulator::run(const Hardware& hw, const PreparedWorkload& wl, LayerReport* reports) const noexcept {
    const SimConstants& c = constants_;
    const Geometry g = make_geometry(hw, c);
    SimSummary out;
    out.area_mm2 = area_mm2(hw, c);
    out.area_over_budget = out.area_mm2 > c.area_budget_mm2;

    const std::int64_t lanes_total = hw.total_lanes();
    const double overhead = c.layer_overhead_cycles;
    const double per_dram_byte = 1.0 / g.dram_bytes_per_cycle;
    const double budget = double(g.instruction_memory);
    double program = c.instructions_fixed;
    // Weight residency is only known once every layer is mapped (it needs the
    // largest activation footprint), and DRAM time does not depend on the
    // mapping, so both outcomes are accumulated side by side.
    double cycles_resident = 0, cycles_streamed = 0;
    double dram_resident = 0, dram_streamed = 0;
    double largest_footprint = 0, refetch_bytes = 0;

    auto fail = [&](Reason reason, std::size_t layer) {
        out.feasible = false;
        out.reason = reason;
        out.layer = std::int32_t(layer);
        out.instructions = std::int64_t(program);
        return out;
    };

    for (std::size_t i = 0; i < wl.layers.size(); ++i) {
        const PreparedLayer& l = wl.layers[i];
        double compute = 0, noc = 0, pe = 0, layer_overhead = overhead;
        std::int64_t tiles = 0;
        LayerChoice choice;
        if (l.kind == LayerKind::elementwise) {
            const double vectors = vector_steps(l.elements * l.t, lanes_total);
            const double per_element = l.type == LayerType::se ? c.cost_pool + c.cost_mul : op_cost(l.op);
            compute = vectors * per_element;
            if (l.barrier) {
                // A global reduction drains the pipeline; across a mesh the
                // partial sums travel in and the gate/result goes back out.
                layer_overhead += c.barrier_sync_cycles;
                if (g.pes > 1) {
                    noc = c.barrier_hops_per_side * (g.x + g.y) * c.noc_hop_cycles;
                    if (l.type == LayerType::se) noc += l.c * g.mean_hops / c.noc_link_bytes;
                }
            }
            tiles = std::int64_t(vector_steps(vectors, c.pixel_tile));
            choice.partition = Partition::vector_unit;
            choice.split = CoreSplit::elements;
        } else {
            choice = l.kind == LayerKind::spatial_mac ? map_spatial_layer(l, g, c) : map_vector_layer(l, g, c);
            if (choice.reason != Reason::none) return fail(choice.reason, i);
            compute = choice.compute_cycles;
            noc = choice.noc_cycles;
            pe = choice.pe_memory_cycles;
            tiles = choice.tiles;
            largest_footprint = std::max(largest_footprint, choice.activation_footprint);
            refetch_bytes += choice.refetch_bytes;
            if (l.op != LayerOp::none) {
                const double vectors = vector_steps(l.out_bytes * l.t, lanes_total);
                compute += vectors * op_cost(l.op);
                if (runs_as_separate_pass(l.op)) {
                    layer_overhead += overhead;
                    program += program_entries(std::int64_t(vector_steps(vectors, c.pixel_tile)), 1, c);
                }
            }
        }
        program += program_entries(tiles, l.t, c);
        if (program > budget) return fail(Reason::instr_mem_program, i);

        const double io_bytes = (l.first ? l.in_bytes * l.t : 0) + (l.last ? l.out_bytes * l.t : 0);
        const double streamed_bytes = io_bytes + l.weights * l.t;  // streamed weights are re-read every repeat
        const double onchip = std::max({compute, noc, pe});
        cycles_resident += std::max(onchip, io_bytes * per_dram_byte) + layer_overhead;
        cycles_streamed += std::max(onchip, streamed_bytes * per_dram_byte) + layer_overhead;
        dram_resident += io_bytes;
        dram_streamed += streamed_bytes;

        if (reports) {
            LayerReport& r = reports[i];
            r.layer = std::int32_t(i);
            r.partition = choice.partition;
            r.split = choice.split;
            r.lanes_used = choice.lanes_used;
            r.compute_cycles = compute;
            r.noc_cycles = noc;
            r.pe_memory_cycles = pe;
            r.overhead_cycles = layer_overhead;
            r.tiles = tiles;
            // Assumes streamed weights; corrected below when they turn out resident.
            r.dram_cycles = streamed_bytes * per_dram_byte;
            r.cycles = std::max(onchip, r.dram_cycles) + layer_overhead;
            r.bound = bound_of(compute, r.dram_cycles, noc, pe, layer_overhead);
            r.utilisation = l.macs / (g.lanes_total * r.cycles);
        }
    }

    // §3.5/§3.6: weights stay on chip iff they fit the core memories plus what
    // the activations leave free in the PE memories.
    const double capacity =
        double(g.pes) * (double(g.cores) * double(g.core_memory) +
                         std::max(0.0, double(g.pe_memory) - c.activation_buffering * largest_footprint));
    out.weights_resident = wl.total_weights <= c.residency_fraction * capacity;
    out.instructions = std::int64_t(program);
    if (!out.weights_resident && c.residency == ResidencyPolicy::strict) {
        const double cap = c.residency_fraction * capacity;
        const auto over = std::upper_bound(wl.cumulative_weights.begin(), wl.cumulative_weights.end(), cap);
        return fail(Reason::weights_exceed_onchip, std::size_t(over - wl.cumulative_weights.begin()));
    }

    const double cycles = out.weights_resident ? cycles_resident : cycles_streamed;
    const double dram_bytes = out.weights_resident ? dram_resident : dram_streamed;
    out.feasible = true;
    out.latency_ms = cycles / (c.clock_ghz * 1e6);

    const double dynamic_pj = wl.total_macs * (c.mac_pj + sram_pj_per_byte(hw.parameter_memory)) +
                              wl.total_macs / hw.compute_lanes * sram_pj_per_byte(hw.activation_memory) +
                              wl.weight_reads * sram_pj_per_byte(hw.core_memory) +
                              (wl.activation_bytes + refetch_bytes) * sram_pj_per_byte(hw.pe_memory) +
                              dram_bytes * c.dram_pj_per_byte;
    const double leakage_w = c.leakage_mw_per_mm2 * 1e-3 * out.area_mm2;
    out.energy_mj = dynamic_pj * 1e-9 + leakage_w * out.latency_ms;
    out.power_w = out.latency_ms > 0 ? out.energy_mj / out.latency_ms : 0;
    out.power_over_budget = c.power_budget_w > 0 && out.power_w > c.power_budget_w;

    if (reports && out.weights_resident) {
        for (std::size_t i = 0; i < wl.layers.size(); ++i) {
            const PreparedLayer& l = wl.layers[i];
            LayerReport& r = reports[i];
            r.dram_cycles = ((l.first ? l.in_bytes * l.t : 0) + (l.last ? l.out_bytes * l.t : 0)) * per_dram_byte;
            r.cycles = std::max({r.compute_cycles, r.noc_cycles, r.pe_memory_cycles, r.dram_cycles}) + r.overhead_cycles;
            r.bound = bound_of(r.compute_cycles, r.dram_cycles, r.noc_cycles, r.pe_memory_cycles, r.overhead_cycles);
            r.utilisation = l.macs / (g.lanes_total * r.cycles);
        }
    }
    return out;
}

}  // namespace prime
