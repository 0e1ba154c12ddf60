#include "sim/workload_context.h"

#include <algorithm>
#include <cmath>

namespace prime {

namespace {

constexpr std::array<std::string_view, kContextSize> kNames = {
    "log_layers",          "log_conv_kxk",         "log_conv_1x1",         "log_dwconv",
    "log_fc",              "log_lstm",             "log_upconv",           "log_eltwise",
    "log_pool",            "log_se",               "log10_macs",           "log10_params",
    "log10_largest_activation", "log10_largest_layer_io", "log10_largest_layer_weights",
    "log10_longest_reduction",  "log10_input_bytes", "log_max_repeats",
    "share_macs_kxk",      "share_macs_1x1",       "share_macs_depthwise", "share_macs_vector",
    "log10_elementwise_elements", "share_separate_activations", "log10_macs_per_weight",
};

bool separate_activation(LayerOp op) {
    return op == LayerOp::hswish || op == LayerOp::hsigmoid || op == LayerOp::sigmoid || op == LayerOp::tanh;
}

}  // namespace

const std::array<std::string_view, kContextSize>& workload_context_names() { return kNames; }

std::array<float, kContextSize> workload_context(const Workload& wl) {
    double conv_kxk = 0, conv_1x1 = 0, dw = 0, fc = 0, lstm = 0, up = 0, elt = 0, pool = 0, se = 0;
    double macs_kxk = 0, macs_1x1 = 0, macs_dw = 0, macs_vector = 0, elementwise = 0;
    double mac_layers = 0, separate = 0, max_repeats = 1;
    for (const Layer& l : wl.layers) {
        const double macs = double(l.macs());
        max_repeats = std::max(max_repeats, double(l.t));
        switch (l.type) {
            case LayerType::conv:
                if (l.r * l.s > 1) conv_kxk += 1, macs_kxk += macs;
                else conv_1x1 += 1, macs_1x1 += macs;
                break;
            case LayerType::upconv: up += 1, macs_kxk += macs; break;
            case LayerType::dwconv: dw += 1, macs_dw += macs; break;
            case LayerType::fc: fc += 1, macs_vector += macs; break;
            case LayerType::lstm_gate:
            case LayerType::lstm_proj: lstm += 1, macs_vector += macs; break;
            case LayerType::eltwise: elt += 1; break;
            case LayerType::pool: pool += 1; break;
            case LayerType::se: se += 1; break;
        }
        if (l.carries_macs()) {
            mac_layers += 1;
            if (separate_activation(l.op)) separate += 1, elementwise += double(l.output_bytes()) * l.t;
        } else {
            elementwise += double(std::max(l.input_bytes(), l.output_bytes())) * l.t;
        }
    }
    const double total_macs = double(wl.total_macs());
    const double params = double(wl.total_weights());
    auto share = [&](double part) { return total_macs > 0 ? part / total_macs : 0.0; };
    auto count = [](double n) { return std::log1p(n); };
    auto magnitude = [](double x) { return std::log10(1.0 + x); };
    const double input = wl.layers.empty() ? 0.0 : double(wl.layers.front().input_bytes());
    const std::array<double, kContextSize> values = {
        count(double(wl.layers.size())), count(conv_kxk), count(conv_1x1), count(dw), count(fc), count(lstm),
        count(up), count(elt), count(pool), count(se), magnitude(total_macs), magnitude(params),
        magnitude(double(wl.largest_activation())), magnitude(double(wl.largest_layer_io())),
        magnitude(double(wl.largest_layer_weights())), magnitude(double(wl.longest_reduction())), magnitude(input),
        count(max_repeats), share(macs_kxk), share(macs_1x1), share(macs_dw), share(macs_vector),
        magnitude(elementwise), mac_layers > 0 ? separate / mac_layers : 0.0,
        magnitude(params > 0 ? total_macs / params : 0.0)};
    std::array<float, kContextSize> out{};
    for (std::size_t i = 0; i < kContextSize; ++i) out[i] = static_cast<float>(values[i]);
    return out;
}

}  // namespace prime
