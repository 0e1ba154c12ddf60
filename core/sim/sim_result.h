#pragma once
// What the simulator says about one (design, workload) pair.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/area_model.h"

namespace prime {

// Why a design cannot run a workload (reference simulator.md §3.5).
enum class Reason : std::uint8_t {
    none,
    pe_mem_activations,        // PE_MEM_ACTIVATIONS: input + output tile do not fit the PE memory
    param_mem_operand_buffer,  // PARAM_MEM_OPERAND_BUFFER: not even one lane's weight chunk fits
    act_mem_line_buffer,       // ACT_MEM_LINE_BUFFER: the input line buffer does not fit
    instr_mem_program,         // INSTR_MEM_PROGRAM: the compiled program does not fit ("does not compile")
    weights_exceed_onchip,     // WEIGHTS_EXCEED_ONCHIP: strict residency only
};
inline constexpr std::size_t kReasonCount = 6;

// "PE_MEM_ACTIVATIONS", ...; "" for Reason::none.
std::string_view reason_name(Reason reason);
// One sentence for people.
std::string_view reason_description(Reason reason);
std::optional<Reason> parse_reason(std::string_view name);

// What limits a layer's time (the largest term of max(...)).
enum class Bound : std::uint8_t { compute, dram, noc, pe_memory, overhead };
std::string_view to_string(Bound bound);

// How the mini-mapper spread a layer over the chip (§3.3).
enum class Partition : std::uint8_t { spatial, rows_channels, channels, vector_unit };
enum class CoreSplit : std::uint8_t { output_channels, rows, reduction, elements };
std::string_view to_string(Partition partition);
std::string_view to_string(CoreSplit split);

struct LayerReport {
    std::int32_t layer = 0;      // index into Workload::layers
    Partition partition = Partition::spatial;
    CoreSplit split = CoreSplit::output_channels;
    Bound bound = Bound::compute;
    std::int32_t lanes_used = 0; // L_eff (0 for non-MAC layers)
    double cycles = 0;           // total, including overhead
    double compute_cycles = 0;   // MACs, fills and activation passes
    double dram_cycles = 0;
    double noc_cycles = 0;
    double pe_memory_cycles = 0; // core-memory refetch from PE memory
    double overhead_cycles = 0;
    double utilisation = 0;      // MACs / (peak MACs per cycle x cycles)
    std::int64_t tiles = 0;      // program loop trips (drives the instruction count)
};

// The allocation-free result: everything but names and the breakdown.
struct SimSummary {
    bool feasible = false;
    Reason reason = Reason::none;
    std::int32_t layer = -1;        // offending layer for infeasible results, else -1
    double latency_ms = 0;          // 0 when infeasible (like PRIME's logs)
    double area_mm2 = 0;            // always filled
    double energy_mj = 0;           // per inference; 0 when infeasible
    double power_w = 0;             // energy / latency; 0 when infeasible
    bool weights_resident = false;  // all weights fit on chip (no DRAM streaming)
    bool area_over_budget = false;  // AREA_OVER_BUDGET, reported apart from feasibility
    bool power_over_budget = false; // POWER_OVER_BUDGET (only with a power budget)
    std::int64_t instructions = 0;  // program size in instruction-memory entries
};

struct SimResult : SimSummary {
    std::string reason_text;             // reason_name(reason), e.g. "PE_MEM_ACTIVATIONS"
    std::string layer_name;              // the offending layer's name, or ""
    AreaBreakdown area;                  // always filled
    std::vector<LayerReport> breakdown;  // one per layer when asked for; stops at an infeasible layer
};

}  // namespace prime
