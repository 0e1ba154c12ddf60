#include "sim/workload_file.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cctype>
#include <cmath>
#include <sstream>

#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

namespace {

constexpr std::string_view kMagic = "prime-workload";
constexpr int kVersion = 1;

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(trim(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return fields;
}

// Lines with their 1-based numbers; handles \n and \r\n.
std::vector<std::pair<std::size_t, std::string_view>> numbered_lines(const std::string& text) {
    std::vector<std::pair<std::size_t, std::string_view>> lines;
    std::size_t start = 0, number = 1;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(number++, line);
        if (end == text.size()) break;
        start = end + 1;
    }
    return lines;
}

std::optional<long long> parse_integer(std::string_view field) {
    long long value = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (ec != std::errc() || end != field.data() + field.size()) return std::nullopt;
    return value;
}

int positive_int(std::string_view field, std::string_view column, const std::string& source, std::size_t line) {
    const auto value = parse_integer(field);
    if (!value || *value < 1 || *value > 1'000'000'000)
        throw InputError(source, "line", line,
                         "column '" + std::string(column) + "': expected a positive integer, got '" + std::string(field) + "'");
    return static_cast<int>(*value);
}

// Columns of the layer table; the first six are required.
enum Column { kName, kType, kH, kW, kC, kK, kR, kS, kStride, kGroups, kT, kPad, kOp, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "name", "type", "h", "w", "c", "k", "r", "s", "stride", "groups", "t", "pad", "op"};
constexpr int kRequiredColumns = 6;

void read_metadata(std::string_view comment, Workload& wl, const std::string& source, std::size_t line) {
    comment = trim(comment.substr(1));
    if (comment.rfind(kMagic, 0) == 0) {
        const auto version = parse_integer(trim(comment.substr(kMagic.size())));
        if (!version || *version < 1 || *version > kVersion)
            throw InputError(source, "line", line,
                             "unsupported workload format version '" + std::string(comment) + "' (this build reads " +
                                 std::string(kMagic) + " " + std::to_string(kVersion) + ")");
        return;
    }
    const std::size_t colon = comment.find(':');
    if (colon == std::string_view::npos) return;  // a plain comment
    const std::string key = lower(trim(comment.substr(0, colon)));
    const std::string value(trim(comment.substr(colon + 1)));
    auto number = [&]() {
        try {
            std::size_t used = 0;
            const double v = std::stod(value, &used);
            if (used == value.size() && std::isfinite(v) && v >= 0) return v;
        } catch (const std::exception&) {
        }
        throw InputError(source, "line", line, "'" + key + "': expected a number >= 0, got '" + value + "'");
    };
    if (key == "name") wl.name = value;
    else if (key == "description") wl.description = value;
    else if (key == "source") wl.source = value;
    else if (key == "alias") wl.aliases.push_back(value);
    else if (key == "published_macs") wl.published_macs = number();
    else if (key == "published_params") wl.published_params = number();
    // Any other "key: value" comment is free text.
}

Layer read_layer(const std::vector<std::string_view>& fields, const std::array<int, kColumnCount>& position,
                 const std::string& source, std::size_t line) {
    auto field = [&](Column c) -> std::string_view {
        return position[c] < 0 ? std::string_view() : fields[static_cast<std::size_t>(position[c])];
    };
    auto integer = [&](Column c, int fallback) {
        const std::string_view text = field(c);
        return text.empty() ? fallback : positive_int(text, kColumnNames[c], source, line);
    };
    Layer l;
    l.name = std::string(field(kName));
    if (l.name.empty()) throw InputError(source, "line", line, "column 'name': expected a layer name, got an empty field");
    const auto type = parse_layer_type(field(kType));
    if (!type)
        throw InputError(source, "line", line,
                         "column 'type': expected conv, dwconv, fc, lstm_gate, lstm_proj, upconv, eltwise, pool or se, "
                         "got '" + std::string(field(kType)) + "'");
    l.type = *type;
    l.h = integer(kH, 0);
    l.w = integer(kW, 0);
    l.c = integer(kC, 0);
    if (l.h == 0 || l.w == 0 || l.c == 0)
        throw InputError(source, "line", line, "columns 'h', 'w' and 'c' must be filled in");
    const bool same_channels = l.type == LayerType::dwconv || !l.carries_macs();
    l.k = integer(kK, same_channels ? l.c : 0);
    if (l.k == 0) throw InputError(source, "line", line, "column 'k': expected the number of output channels");
    const bool up = lower(field(kType)) == "upconv2x2";
    l.r = integer(kR, up ? 2 : 1);
    l.s = integer(kS, l.r);
    l.stride = integer(kStride, up ? 2 : 1);
    l.groups = integer(kGroups, l.type == LayerType::dwconv ? l.c : 1);
    l.t = integer(kT, 1);
    const auto pad = parse_padding(field(kPad));
    if (!pad) throw InputError(source, "line", line, "column 'pad': expected same or valid, got '" + std::string(field(kPad)) + "'");
    l.pad = *pad;
    const auto op = parse_layer_op(field(kOp));
    if (!op) throw InputError(source, "line", line, "column 'op': unknown operation '" + std::string(field(kOp)) + "'");
    l.op = *op;
    if (field(kOp).empty()) {
        if (l.type == LayerType::eltwise) l.op = LayerOp::add;
        if (l.type == LayerType::pool) l.op = LayerOp::max;
    }
    if (const std::string problem = layer_problem(l); !problem.empty())
        throw InputError(source, "line", line, "layer '" + l.name + "': " + problem);
    return l;
}

}  // namespace

Workload parse_workload_table(const std::string& text, const std::string& source, const std::string& fallback_name) {
    Workload wl;
    std::array<int, kColumnCount> position;
    position.fill(-1);
    bool have_header = false;
    std::size_t header_width = 0;
    for (const auto& [number, raw] : numbered_lines(text)) {
        const std::string_view line = trim(raw);
        if (line.empty()) continue;
        if (line.front() == '#') {
            if (!have_header) read_metadata(line, wl, source, number);
            continue;
        }
        const auto fields = split_fields(line);
        if (!have_header) {
            for (std::size_t i = 0; i < fields.size(); ++i) {
                const std::string name = lower(fields[i]);
                const auto it = std::find(kColumnNames.begin(), kColumnNames.end(), name);
                if (it == kColumnNames.end())
                    throw InputError(source, "line", number,
                                     "unknown column '" + std::string(fields[i]) +
                                         "' in the header (expected a PRIME workload table: name,type,h,w,c,k and "
                                         "optionally r,s,stride,groups,t,pad,op; or a SCALE-Sim topology: 'Layer name, "
                                         "IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, "
                                         "Strides' or 'Layer, M, N, K')");
                const auto c = static_cast<std::size_t>(it - kColumnNames.begin());
                if (position[c] >= 0) throw InputError(source, "line", number, "column '" + name + "' appears twice in the header");
                position[c] = static_cast<int>(i);
            }
            for (int c = 0; c < kRequiredColumns; ++c)
                if (position[static_cast<std::size_t>(c)] < 0)
                    throw InputError(source, "line", number,
                                     "the header lacks the required column '" + std::string(kColumnNames[static_cast<std::size_t>(c)]) +
                                         "' (required: name,type,h,w,c,k)");
            header_width = fields.size();
            have_header = true;
            continue;
        }
        if (fields.size() != header_width)
            throw InputError(source, "line", number,
                             "expected " + std::to_string(header_width) + " comma-separated fields like the header, got " +
                                 std::to_string(fields.size()));
        wl.layers.push_back(read_layer(fields, position, source, number));
    }
    if (!have_header) throw InputError(source, "line", 0, "no header row (expected name,type,h,w,c,k,...)");
    if (wl.layers.empty()) throw InputError(source, "line", 0, "the workload has no layers");
    if (wl.name.empty()) wl.name = fallback_name;
    return wl;
}

namespace {

// SCALE-Sim reads its topology files by position and skips the header row,
// so any spelling of the header works there (case, spaces, "num filters",
// trailing commas, extra comment columns). We do the same; the header only
// tells a convolution table from a GEMM one.
enum class TopologyKind { Convolution, Gemm, None };

std::string squeeze(std::string_view s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)) && c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

TopologyKind topology_kind(std::string_view header_line) {
    const auto fields = split_fields(header_line);
    if (squeeze(header_line).find("ifmapheight") != std::string::npos) return TopologyKind::Convolution;
    if (fields.size() >= 4 && squeeze(fields[0]).rfind("layer", 0) == 0 && squeeze(fields[1]) == "m" &&
        squeeze(fields[2]) == "n" && squeeze(fields[3]) == "k")
        return TopologyKind::Gemm;
    return TopologyKind::None;
}

}  // namespace

Workload parse_scalesim_topology(const std::string& text, const std::string& source, const std::string& name) {
    Workload wl;
    wl.name = name;
    wl.description = "Imported from the SCALE-Sim topology " + source;
    wl.source = source;
    TopologyKind kind = TopologyKind::None;
    for (const auto& [number, raw] : numbered_lines(text)) {
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        auto fields = split_fields(line);
        while (!fields.empty() && fields.back().empty()) fields.pop_back();  // SCALE-Sim rows end with a comma
        if (kind == TopologyKind::None) {
            kind = topology_kind(line);
            if (kind == TopologyKind::None)
                throw InputError(source, "line", number,
                                 "expected a SCALE-Sim header: 'Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter "
                                 "Width, Channels, Num Filter, Strides' (convolutions) or 'Layer, M, N, K' (GEMM)");
            continue;
        }
        Layer l;
        l.name = std::string(fields.empty() ? std::string_view() : fields[0]);
        if (l.name.empty()) throw InputError(source, "line", number, "expected a layer name, got an empty field");
        if (kind == TopologyKind::Gemm) {
            if (fields.size() < 4)
                throw InputError(source, "line", number, "expected 4 fields (layer, M, N, K), got " + std::to_string(fields.size()));
            // C[M x N] = A[M x K] x B[K x N]: M rows of a K-long reduction
            // into N outputs, the weights being B.
            l.type = LayerType::fc;
            l.h = positive_int(fields[1], "M", source, number);
            l.k = positive_int(fields[2], "N", source, number);
            l.c = positive_int(fields[3], "K", source, number);
        } else {
            if (fields.size() < 8)
                throw InputError(source, "line", number,
                                 "expected 8 fields (name, ifmap h, ifmap w, filter h, filter w, channels, filters, stride), got " +
                                     std::to_string(fields.size()));
            l.h = positive_int(fields[1], "IFMAP Height", source, number);
            l.w = positive_int(fields[2], "IFMAP Width", source, number);
            l.r = positive_int(fields[3], "Filter Height", source, number);
            l.s = positive_int(fields[4], "Filter Width", source, number);
            l.c = positive_int(fields[5], "Channels", source, number);
            l.k = positive_int(fields[6], "Num Filter", source, number);
            l.stride = positive_int(fields[7], "Strides", source, number);
            // SCALE-Sim's IFMAP sizes already include padding: ofmap = (ifmap - filter) / stride + 1.
            l.pad = Padding::valid;
            if (l.h == l.r && l.w == l.s) {
                // The filter covers the whole input (1 x N over 1 x N, or 6 x 6
                // over 6 x 6): one output per filter, a fully connected layer
                // with SCALE-Sim's reduction of channels x filter h x filter w.
                l.type = LayerType::fc;
                l.c = l.c * l.r * l.s;
                l.h = l.w = l.r = l.s = l.stride = 1;
            } else {
                l.type = LayerType::conv;
            }
        }
        if (const std::string problem = layer_problem(l); !problem.empty())
            throw InputError(source, "line", number, "layer '" + l.name + "': " + problem);
        wl.layers.push_back(std::move(l));
    }
    if (kind == TopologyKind::None) throw InputError(source, "line", 0, "empty SCALE-Sim topology (no header row)");
    if (wl.layers.empty()) throw InputError(source, "line", 0, "the SCALE-Sim topology has no layers");
    return wl;
}

Workload load_workload(const std::filesystem::path& path) {
    const std::string text = read_text_file(path);
    const std::string stem = path.stem().string();
    // A SCALE-Sim file starts (after blank and '#' comment lines, which some
    // published topologies carry) with its header row.
    bool scalesim = false;
    for (const auto& [number, raw] : numbered_lines(text)) {
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        scalesim = topology_kind(line) != TopologyKind::None;
        break;
    }
    return scalesim ? parse_scalesim_topology(text, path.string(), stem) : parse_workload_table(text, path.string(), stem);
}

namespace {

// Shortest text that reads back as the same double.
std::string shortest(double value) {
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::to_string(value);
}

}  // namespace

std::string workload_to_table(const Workload& wl) {
    std::ostringstream out;
    out << "# " << kMagic << ' ' << kVersion << '\n';
    out << "# name: " << wl.name << '\n';
    if (!wl.description.empty()) out << "# description: " << wl.description << '\n';
    if (!wl.source.empty()) out << "# source: " << wl.source << '\n';
    for (const auto& alias : wl.aliases) out << "# alias: " << alias << '\n';
    if (wl.published_macs > 0) out << "# published_macs: " << shortest(wl.published_macs) << '\n';
    if (wl.published_params > 0) out << "# published_params: " << shortest(wl.published_params) << '\n';
    out << "name,type,h,w,c,k,r,s,stride,groups,t,pad,op\n";
    for (const Layer& l : wl.layers)
        out << l.name << ',' << to_string(l.type) << ',' << l.h << ',' << l.w << ',' << l.c << ',' << l.k << ',' << l.r << ','
            << l.s << ',' << l.stride << ',' << l.groups << ',' << l.t << ',' << to_string(l.pad) << ',' << to_string(l.op)
            << '\n';
    return out.str();
}

void save_workload(const Workload& workload, const std::filesystem::path& path) {
    write_text_atomically(path, workload_to_table(workload));
}

}  // namespace prime
