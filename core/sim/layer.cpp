#include "sim/layer.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace prime {

namespace {

constexpr std::array<std::pair<LayerType, std::string_view>, 9> kTypeNames = {{
    {LayerType::conv, "conv"},           {LayerType::dwconv, "dwconv"},
    {LayerType::fc, "fc"},               {LayerType::lstm_gate, "lstm_gate"},
    {LayerType::lstm_proj, "lstm_proj"}, {LayerType::upconv, "upconv"},
    {LayerType::eltwise, "eltwise"},     {LayerType::pool, "pool"},
    {LayerType::se, "se"},
}};

constexpr std::array<std::pair<LayerOp, std::string_view>, 12> kOpNames = {{
    {LayerOp::none, "none"},       {LayerOp::relu, "relu"},         {LayerOp::relu6, "relu6"},
    {LayerOp::hswish, "hswish"},   {LayerOp::hsigmoid, "hsigmoid"}, {LayerOp::sigmoid, "sigmoid"},
    {LayerOp::tanh, "tanh"},       {LayerOp::add, "add"},           {LayerOp::mul, "mul"},
    {LayerOp::upsample, "upsample"}, {LayerOp::max, "max"},         {LayerOp::avg, "avg"},
}};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

int ceil_div(int a, int b) { return (a + b - 1) / b; }

bool is_activation(LayerOp op) { return op <= LayerOp::tanh; }

}  // namespace

int Layer::out_h() const {
    switch (type) {
        case LayerType::conv:
        case LayerType::dwconv:
        case LayerType::pool:
            return pad == Padding::same ? ceil_div(h, stride) : (h - r) / stride + 1;
        case LayerType::upconv: return h * stride;
        case LayerType::eltwise: return op == LayerOp::upsample ? h * stride : h;
        default: return h;
    }
}

int Layer::out_w() const {
    switch (type) {
        case LayerType::conv:
        case LayerType::dwconv:
        case LayerType::pool:
            return pad == Padding::same ? ceil_div(w, stride) : (w - s) / stride + 1;
        case LayerType::upconv: return w * stride;
        case LayerType::eltwise: return op == LayerOp::upsample ? w * stride : w;
        default: return w;
    }
}

bool Layer::carries_macs() const {
    return type != LayerType::eltwise && type != LayerType::pool && type != LayerType::se;
}

bool Layer::is_matrix_vector() const {
    return type == LayerType::fc || type == LayerType::lstm_gate || type == LayerType::lstm_proj;
}

std::int64_t Layer::reduction() const {
    if (!carries_macs()) return 0;
    const std::int64_t per_group = c / std::max(groups, 1);
    if (type == LayerType::upconv) return per_group;
    return per_group * r * s;
}

std::int64_t Layer::macs() const {
    return std::int64_t(out_h()) * out_w() * k * reduction() * t;
}

std::int64_t Layer::weights() const {
    if (!carries_macs()) return 0;
    return std::int64_t(k) * (c / std::max(groups, 1)) * r * s;
}

std::int64_t Layer::input_bytes() const { return std::int64_t(h) * w * c; }

std::int64_t Layer::output_bytes() const {
    const int channels = carries_macs() ? k : c;
    return std::int64_t(out_h()) * out_w() * channels;
}

std::string_view to_string(LayerType type) {
    for (const auto& [value, name] : kTypeNames)
        if (value == type) return name;
    return "?";
}

std::string_view to_string(LayerOp op) {
    for (const auto& [value, name] : kOpNames)
        if (value == op) return name;
    return "?";
}

std::string_view to_string(Padding pad) { return pad == Padding::valid ? "valid" : "same"; }

std::optional<LayerType> parse_layer_type(std::string_view text) {
    const std::string key = lower(text);
    if (key == "upconv2x2" || key == "deconv") return LayerType::upconv;
    if (key == "depthwise" || key == "dw") return LayerType::dwconv;
    for (const auto& [value, name] : kTypeNames)
        if (key == name) return value;
    return std::nullopt;
}

std::optional<LayerOp> parse_layer_op(std::string_view text) {
    const std::string key = lower(text);
    if (key.empty() || key == "linear" || key == "identity") return LayerOp::none;
    if (key == "h-swish" || key == "hardswish") return LayerOp::hswish;
    if (key == "h-sigmoid" || key == "hardsigmoid") return LayerOp::hsigmoid;
    for (const auto& [value, name] : kOpNames)
        if (key == name) return value;
    return std::nullopt;
}

std::optional<Padding> parse_padding(std::string_view text) {
    const std::string key = lower(text);
    if (key.empty() || key == "same") return Padding::same;
    if (key == "valid") return Padding::valid;
    return std::nullopt;
}

std::string layer_problem(const Layer& l) {
    if (l.h < 1 || l.w < 1 || l.c < 1 || l.k < 1 || l.r < 1 || l.s < 1 || l.stride < 1 || l.groups < 1 || l.t < 1)
        return "every size (h, w, c, k, r, s, stride, groups, t) must be a positive integer";
    if (l.c % l.groups != 0 || l.k % l.groups != 0)
        return "groups (" + std::to_string(l.groups) + ") must divide both c and k";
    if (l.pad == Padding::valid && (l.r > l.h || l.s > l.w))
        return "kernel " + std::to_string(l.r) + "x" + std::to_string(l.s) + " is larger than the valid-padded input " +
               std::to_string(l.h) + "x" + std::to_string(l.w);
    switch (l.type) {
        case LayerType::dwconv:
            if (l.groups != l.c || l.k != l.c) return "a dwconv layer needs k = c and groups = c";
            break;
        case LayerType::fc:
        case LayerType::lstm_gate:
        case LayerType::lstm_proj:
            if (l.r != 1 || l.s != 1 || l.groups != 1) return "fc and LSTM layers need r = s = 1 and groups = 1";
            break;
        case LayerType::upconv:
            if (l.groups != 1) return "upconv layers need groups = 1";
            break;
        case LayerType::eltwise:
            if (l.op != LayerOp::add && l.op != LayerOp::mul && l.op != LayerOp::upsample)
                return "an eltwise layer needs op add, mul or upsample";
            if (l.k != l.c) return "an eltwise layer needs k = c";
            break;
        case LayerType::pool:
            if (l.op != LayerOp::max && l.op != LayerOp::avg) return "a pool layer needs op max or avg";
            if (l.k != l.c) return "a pool layer needs k = c";
            break;
        case LayerType::se:
            if (l.op != LayerOp::none)
                return "an se layer takes op none (its FCs are separate fc layers)";
            if (l.k != l.c) return "an se layer needs k = c";
            break;
        default: break;
    }
    if (l.carries_macs() && !is_activation(l.op))
        return "op '" + std::string(to_string(l.op)) + "' is not an activation; MAC layers take none, relu, relu6, "
               "hswish, hsigmoid, sigmoid or tanh";
    if (l.out_h() < 1 || l.out_w() < 1) return "the output would be empty";
    return {};
}

}  // namespace prime
