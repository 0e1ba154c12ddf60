#include "sim/sim_constants.h"
#include "util/json_file.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

using nlohmann::json;

namespace {

constexpr const char* kFormat = "prime-sim-constants";
constexpr int kVersion = 1;

// One scalar constant: exactly one of the member pointers is set.
struct Field {
    const char* name;
    const char* description;
    double SimConstants::*real = nullptr;
    int SimConstants::*integer = nullptr;
    bool SimConstants::*flag = nullptr;
};

const std::vector<Field>& fields() {
    using S = SimConstants;
    static const std::vector<Field> table = {
        {"clock_ghz", "Clock frequency f in GHz", &S::clock_ghz},
        {"dram_efficiency", "Sustained fraction eta of the peak DRAM bandwidth", &S::dram_efficiency},
        {"channel_chunk", "c_min: input channels per operand chunk (parameter and line buffers)", nullptr, &S::channel_chunk},
        {"pe_memory_port_bytes", "PE-memory port width, bytes per cycle per PE", &S::pe_memory_port_bytes},
        {"noc_link_bytes", "Mesh link width beta_NoC, bytes per cycle", &S::noc_link_bytes},
        {"noc_hop_cycles", "Cycles per mesh hop", &S::noc_hop_cycles},
        {"layer_overhead_cycles", "O: launch and synchronisation cycles per layer or separate operation", &S::layer_overhead_cycles},
        {"pass_fill_cycles", "Pipeline fill/drain per pass of a core: F = L_eff + this", &S::pass_fill_cycles},
        {"pixel_tile", "Output pixels per tile (program size and core-memory refetch)", nullptr, &S::pixel_tile},
        {"instructions_per_layer", "I0: instruction-memory entries per layer", &S::instructions_per_layer},
        {"instructions_per_tile_bit", "I1: entries per bit of ceil(log2(tiles + 1))", &S::instructions_per_tile_bit},
        {"instructions_per_repeat", "Entries per extra sequential repeat of a layer (unrolled LSTM steps, joint evaluations)", &S::instructions_per_repeat},
        {"instructions_fixed", "Entries of the resident runtime (DMA/sync microcode, handlers) in every program", &S::instructions_fixed},
        {"instruction_bytes", "Bytes per instruction-memory entry (area model)", &S::instruction_bytes},
        {"activation_buffering", "delta: 1, or 2 when activations are double-buffered in PE memory", nullptr, &S::activation_buffering},
        {"residency_fraction", "rho: weights are resident iff W_total <= rho * on-chip capacity", &S::residency_fraction},
        {"split_reduction", "Cores may split the reduction of fc/LSTM layers (adder tree)", nullptr, nullptr, &S::split_reduction},
        {"cost_relu", "Cycles per element for ReLU/ReLU6 (fused into the producing layer)", &S::cost_relu},
        {"cost_add", "Cycles per element for a residual add", &S::cost_add},
        {"cost_mul", "Cycles per element for a channel-wise multiply (squeeze-excite)", &S::cost_mul},
        {"cost_hswish", "Cycles per element for h-swish (a separate pass)", &S::cost_hswish},
        {"cost_hsigmoid", "Cycles per element for h-sigmoid (a separate pass)", &S::cost_hsigmoid},
        {"cost_sigmoid", "Cycles per element for sigmoid (a separate pass)", &S::cost_sigmoid},
        {"cost_tanh", "Cycles per element for tanh (a separate pass)", &S::cost_tanh},
        {"cost_pool", "Cycles per input element for max/avg pooling", &S::cost_pool},
        {"cost_upsample", "Cycles per output element for upsampling", &S::cost_upsample},
        {"barrier_hops_per_side", "Global-reduction barrier: this x (X + Y) hops", &S::barrier_hops_per_side},
        {"barrier_sync_cycles", "Fixed synchronisation (pipeline drain) per global barrier", &S::barrier_sync_cycles},
        {"area_scale", "s_node: scale of the per-PE area (calibrates the reference design to 27 mm²)", &S::area_scale},
        {"macs_per_lane", "m: int8 MACs per lane per cycle (area)", &S::macs_per_lane},
        {"mac_um2", "a_MAC: area of one int8 MAC with accumulator and registers, µm²", &S::mac_um2},
        {"sram_mm2_per_mib", "a_MiB: SRAM array area per MiB, mm²", &S::sram_mm2_per_mib},
        {"sram_macro_mm2", "a_macro: periphery area per memory instance, mm²", &S::sram_macro_mm2},
        {"core_control_mm2", "a_ctrl: per-core sequencer, vector ALU and register file, mm²", &S::core_control_mm2},
        {"router_mm2", "a_router: per-PE mesh router, mm²", &S::router_mm2},
        {"phy_mm2_per_gbps", "a_PHY: DRAM PHY area per GB/s, mm² (not scaled)", &S::phy_mm2_per_gbps},
        {"fixed_mm2", "a_fixed: host interface, DMA, PLL, control CPU, mm² (not scaled)", &S::fixed_mm2},
        {"mac_pj", "e_MAC: energy per int8 MAC, pJ", &S::mac_pj},
        {"dram_pj_per_byte", "e_DRAM: energy per DRAM byte, pJ", &S::dram_pj_per_byte},
        {"leakage_mw_per_mm2", "Static power per mm² of chip area, mW", &S::leakage_mw_per_mm2},
        {"area_budget_mm2", "Area budget, mm² (reported, not infeasible)", &S::area_budget_mm2},
        {"power_budget_w", "Power budget, W; 0 = none (reported, not infeasible)", &S::power_budget_w},
    };
    return table;
}

template <typename Enum, std::size_t N>
Enum parse_enum(const json& value, const std::array<Enum, N>& options, const std::string& key,
                const std::string& source) {
    if (value.is_string())
        for (Enum option : options)
            if (value.get<std::string>() == to_string(option)) return option;
    std::string expected;
    for (Enum option : options) expected += (expected.empty() ? "" : ", ") + std::string(to_string(option));
    throw InputError(source, "line", 0, "\"" + key + "\": expected one of " + expected + ", got " + value.dump());
}

}  // namespace

std::string_view to_string(ResidencyPolicy policy) {
    return policy == ResidencyPolicy::strict ? "strict" : "stream";
}

std::string_view to_string(CoreModel model) {
    return model == CoreModel::systolic_os ? "systolic_os" : "simd_lanes";
}

json constants_to_json(const SimConstants& c) {
    json j = {{"format", kFormat}, {"version", kVersion}};
    for (const Field& f : fields()) {
        if (f.real) j[f.name] = c.*f.real;
        else if (f.integer) j[f.name] = c.*f.integer;
        else j[f.name] = c.*f.flag;
    }
    j["residency"] = to_string(c.residency);
    j["core_model"] = to_string(c.core_model);
    json table = json::array();
    for (const auto& [bytes, pj] : c.sram_pj_per_byte) table.push_back({bytes, pj});
    j["sram_pj_per_byte"] = table;
    return j;
}

SimConstants constants_from_json(const json& j, const std::string& source) {
    auto fail = [&](const std::string& what) { return InputError(source, "line", 0, what); };
    if (!j.is_object()) throw fail("expected a JSON object of simulator constants");
    if (j.contains("format") && j["format"] != kFormat)
        throw fail("expected \"format\": \"" + std::string(kFormat) + "\", got " + j["format"].dump());
    if (j.contains("version") && (!j["version"].is_number_integer() || j["version"].get<int>() > kVersion))
        throw fail("unsupported constants version " + j["version"].dump());
    SimConstants c;
    for (const auto& [key, value] : j.items()) {
        if (key == "format" || key == "version") continue;
        if (key == "residency") {
            c.residency = parse_enum(value, std::array{ResidencyPolicy::stream, ResidencyPolicy::strict}, key, source);
            continue;
        }
        if (key == "core_model") {
            c.core_model = parse_enum(value, std::array{CoreModel::simd_lanes, CoreModel::systolic_os}, key, source);
            continue;
        }
        if (key == "sram_pj_per_byte") {
            if (!value.is_array() || value.empty())
                throw fail("\"sram_pj_per_byte\": expected a non-empty array of [bytes, pJ per byte] pairs");
            c.sram_pj_per_byte.clear();
            for (const auto& point : value) {
                if (!point.is_array() || point.size() != 2 || !point[0].is_number() || !point[1].is_number() ||
                    point[0].get<double>() <= 0 || point[1].get<double>() < 0)
                    throw fail("\"sram_pj_per_byte\": expected [bytes > 0, pJ >= 0], got " + point.dump());
                c.sram_pj_per_byte.emplace_back(point[0].get<double>(), point[1].get<double>());
            }
            if (!std::is_sorted(c.sram_pj_per_byte.begin(), c.sram_pj_per_byte.end()))
                throw fail("\"sram_pj_per_byte\": points must be sorted by increasing capacity");
            continue;
        }
        const auto it = std::find_if(fields().begin(), fields().end(), [&](const Field& f) { return key == f.name; });
        if (it == fields().end()) throw fail("unknown simulator constant \"" + key + "\"");
        if (it->flag) {
            if (!value.is_boolean()) throw fail("\"" + key + "\": expected true or false, got " + value.dump());
            c.*it->flag = value.get<bool>();
        } else if (it->integer) {
            if (!value.is_number_integer() || value.get<long long>() < 1 || value.get<long long>() > 1'000'000)
                throw fail("\"" + key + "\": expected a positive integer, got " + value.dump());
            c.*it->integer = value.get<int>();
        } else {
            if (!value.is_number() || !std::isfinite(value.get<double>()) || value.get<double>() < 0)
                throw fail("\"" + key + "\": expected a number >= 0, got " + value.dump());
            c.*it->real = value.get<double>();
        }
    }
    if (c.clock_ghz <= 0 || c.dram_efficiency <= 0 || c.noc_link_bytes <= 0 || c.pe_memory_port_bytes <= 0)
        throw fail("clock_ghz, dram_efficiency, noc_link_bytes and pe_memory_port_bytes must be > 0");
    return c;
}

SimConstants load_constants(const std::filesystem::path& path) {
    return constants_from_json(read_json_file(path), path.string());
}

void save_constants(const SimConstants& constants, const std::filesystem::path& path) {
    write_text_atomically(path, constants_to_json(constants).dump(2) + "\n");
}

const std::vector<ConstantInfo>& constant_descriptions() {
    static const std::vector<ConstantInfo> list = [] {
        std::vector<ConstantInfo> out;
        for (const Field& f : fields()) out.push_back({f.name, f.description});
        out.push_back({"residency", "Weights that do not fit on chip: stream (from DRAM) or strict (infeasible)"});
        out.push_back({"core_model", "simd_lanes (lanes over output channels) or systolic_os (SCALE-Sim folds)"});
        out.push_back({"sram_pj_per_byte", "SRAM read energy per byte by capacity: [[bytes, pJ], ...]"});
        return out;
    }();
    return list;
}

}  // namespace prime
