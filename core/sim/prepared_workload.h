#pragma once
// A workload digested for the simulator's hot loop: per layer, every
// design-independent quantity (output sizes, reduction length, bytes, op
// class) is computed once, so evaluating a design touches no strings and
// allocates nothing. Build one per workload and reuse it for every design.
#include <cstdint>
#include <string>
#include <vector>

#include "sim/workload.h"

namespace prime {

enum class LayerKind : std::uint8_t {
    spatial_mac,  // conv, dwconv, upconv: partitioned over rows/cols/channels
    vector_mac,   // fc, lstm_gate, lstm_proj: output channels over all PEs
    elementwise,  // eltwise, pool, se: on the lane datapath, no mapping choice
};

struct PreparedLayer {
    LayerKind kind = LayerKind::spatial_mac;
    LayerOp op = LayerOp::none;  // activation of a MAC layer, or the element-wise operation
    bool depthwise = false;      // input channels per PE follow output channels per PE
    bool upconv = false;         // no halo; an input row feeds `stride` output rows
    LayerType type = LayerType::conv;
    bool barrier = false;        // needs a global reduction across PEs (se, global pool)
    bool first = false, last = false;  // read the network input / write its output via DRAM
    std::int32_t h = 1, w = 1, c = 1;  // input
    std::int32_t ho = 1, wo = 1, k = 1;  // output
    std::int32_t r = 1, s = 1, stride = 1;
    std::int32_t group_channels = 1;    // c / groups
    std::int32_t group_outputs = 1;     // k / groups
    std::int32_t t = 1;                 // sequential repeats
    std::int64_t reduction = 0;         // per output
    double macs = 0;                    // including repeats
    double weights = 0;                 // bytes
    double in_bytes = 0, out_bytes = 0; // one repeat
    double elements = 0;                // element-wise work per repeat (non-MAC layers)
};

struct PreparedWorkload {
    PreparedWorkload() = default;
    explicit PreparedWorkload(const Workload& workload);

    std::string name;
    std::vector<std::string> layer_names;
    std::vector<PreparedLayer> layers;
    double total_macs = 0;
    double total_weights = 0;
    // Bytes read from / written to on-chip memories that do not depend on the design.
    double weight_reads = 0;       // sum of weights x repeats (core memory -> operand buffers)
    double activation_bytes = 0;   // sum of (input + output) x repeats (PE memory)
    std::vector<double> cumulative_weights;  // prefix sums, to name the layer where weights overflow
};

}  // namespace prime
