#include "sim/workload_library.h"

#include <array>
#include <stdexcept>

#include "sim/workload_file.h"
#include "space/space_json.h"

namespace prime {

namespace {

struct BuiltinEntry {
    const char* name;
    const char* file;
    std::array<const char*, 4> aliases;  // PRIME folder spellings and stand-in names
};

// PRIME's folder names (prime-method.md §1.1) are aliases, so logs that use
// them map onto the same workloads.
constexpr std::array<BuiltinEntry, 9> kBuiltins = {{
    {"MobileNetEdgeTPU", "mobilenet_edgetpu.csv", {"MobilenetEdgeTPU", "mobilenet_edgetpu", nullptr, nullptr}},
    {"MobileNetV2", "mobilenet_v2.csv", {"MobilenetV2", "mobilenet_v2", nullptr, nullptr}},
    {"MobileNetV3", "mobilenet_v3_large.csv", {"MobilenetV3", "MobileNetV3-Large", "mobilenet_v3", nullptr}},
    {"M4", "m4_yolov3_tiny.csv", {"m4", "YOLOv3-tiny", nullptr, nullptr}},
    {"M5", "m5_ssdlite_mobilenet_v2.csv", {"m5", "SSDLite-MobileNetV2", nullptr, nullptr}},
    {"M6", "m6_ssdlite320_mobilenet_v3.csv", {"m6", "SSDLite320-MobileNetV3", nullptr, nullptr}},
    {"U-Net", "unet_lite.csv", {"u-net", "UNet", "U-Net-lite", nullptr}},
    {"t-RNN Dec", "trnn_decoder.csv", {"t_rnn_dec", "T-RNN Dec", "RNN-T decoder", "trnn_dec"}},
    {"t-RNN Enc", "trnn_encoder.csv", {"t_rnn_enc", "T-RNN Enc", "RNN-T encoder", "trnn_enc"}},
}};

const BuiltinEntry* find_entry(const std::string& text) {
    const std::string key = workload_name_key(text);
    if (key.empty()) return nullptr;
    for (const auto& entry : kBuiltins) {
        if (key == workload_name_key(entry.name)) return &entry;
        for (const char* alias : entry.aliases)
            if (alias && key == workload_name_key(alias)) return &entry;
    }
    return nullptr;
}

std::string known_names() {
    std::string out;
    for (const auto& entry : kBuiltins) out += (out.empty() ? "" : ", ") + std::string(entry.name);
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

}  // namespace

const std::vector<std::string>& builtin_workload_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& entry : kBuiltins) out.emplace_back(entry.name);
        return out;
    }();
    return names;
}

std::string resolve_builtin_workload(const std::string& name_or_alias) {
    const BuiltinEntry* entry = find_entry(name_or_alias);
    return entry ? entry->name : std::string();
}

std::filesystem::path builtin_workload_path(const std::string& name_or_alias) {
    const BuiltinEntry* entry = find_entry(name_or_alias);
    if (!entry)
        throw std::invalid_argument("unknown built-in workload '" + name_or_alias + "' (known: " + known_names() + ")");
    return resource_dir() / "workloads" / entry->file;
}

Workload load_builtin_workload(const std::string& name_or_alias) {
    Workload wl = load_workload(builtin_workload_path(name_or_alias));
    wl.name = resolve_builtin_workload(name_or_alias);  // the canonical name, whatever the file says
    return wl;
}

std::vector<Workload> load_builtin_workloads() {
    std::vector<Workload> out;
    for (const auto& entry : kBuiltins) out.push_back(load_builtin_workload(entry.name));
    return out;
}

std::vector<Workload> load_workloads(const std::string& list) {
    if (workload_name_key(list) == "all") return load_builtin_workloads();
    std::vector<Workload> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        const std::string item(trim(std::string_view(list).substr(start, comma - start)));
        if (!item.empty()) {
            const bool is_path = item.find('/') != std::string::npos ||
                                 (item.size() > 4 && item.compare(item.size() - 4, 4, ".csv") == 0);
            out.push_back(is_path ? load_workload(item) : load_builtin_workload(item));
        }
        start = comma + 1;
    }
    if (out.empty()) throw std::invalid_argument("no workloads given (use 'all' or names such as " + known_names() + ")");
    return out;
}

}  // namespace prime
