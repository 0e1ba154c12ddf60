#include "sim/sim_result.h"

#include <array>

namespace prime {

namespace {

struct ReasonText {
    Reason reason;
    std::string_view name;
    std::string_view description;
};

constexpr std::array<ReasonText, kReasonCount> kReasons = {{
    {Reason::none, "", "feasible"},
    {Reason::pe_mem_activations, "PE_MEM_ACTIVATIONS",
     "a layer's input tile (with halo) plus output tile does not fit the PE memory under any mapping"},
    {Reason::param_mem_operand_buffer, "PARAM_MEM_OPERAND_BUFFER",
     "the parameter memory cannot double-buffer even one lane's weight chunk"},
    {Reason::act_mem_line_buffer, "ACT_MEM_LINE_BUFFER",
     "the activation memory cannot hold the input line buffer of a layer under any mapping"},
    {Reason::instr_mem_program, "INSTR_MEM_PROGRAM", "the compiled program does not fit the instruction memory"},
    {Reason::weights_exceed_onchip, "WEIGHTS_EXCEED_ONCHIP",
     "the weights do not fit on chip and the strict residency policy forbids streaming them"},
}};

}  // namespace

std::string_view reason_name(Reason reason) { return kReasons[static_cast<std::size_t>(reason)].name; }

std::string_view reason_description(Reason reason) { return kReasons[static_cast<std::size_t>(reason)].description; }

std::optional<Reason> parse_reason(std::string_view name) {
    for (const auto& r : kReasons)
        if (!r.name.empty() && r.name == name) return r.reason;
    return std::nullopt;
}

std::string_view to_string(Bound bound) {
    switch (bound) {
        case Bound::compute: return "compute";
        case Bound::dram: return "dram";
        case Bound::noc: return "noc";
        case Bound::pe_memory: return "pe_memory";
        case Bound::overhead: return "overhead";
    }
    return "?";
}

std::string_view to_string(Partition partition) {
    switch (partition) {
        case Partition::spatial: return "spatial";
        case Partition::rows_channels: return "rows_channels";
        case Partition::channels: return "channels";
        case Partition::vector_unit: return "vector_unit";
    }
    return "?";
}

std::string_view to_string(CoreSplit split) {
    switch (split) {
        case CoreSplit::output_channels: return "output_channels";
        case CoreSplit::rows: return "rows";
        case CoreSplit::reduction: return "reduction";
        case CoreSplit::elements: return "elements";
    }
    return "?";
}

}  // namespace prime
