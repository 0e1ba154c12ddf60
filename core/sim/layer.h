#pragma once
// One layer of a workload, in the simulator's intermediate representation
// (reference simulator.md §3.2). Sizes are int8 elements, so bytes == elements.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prime {

enum class LayerType : std::uint8_t {
    conv,       // k x k (or 1 x 1) convolution, groups = 1 unless stated
    dwconv,     // depthwise convolution (groups = channels)
    fc,         // fully connected / matrix-vector
    lstm_gate,  // LSTM gates GEMV: 4H x (D + P), repeated T steps
    lstm_proj,  // LSTM projection GEMV: P x H, repeated T steps
    upconv,     // transposed convolution, kernel = stride (U-Net's 2x2 up-conv)
    eltwise,    // element-wise operation (add, mul, upsample)
    pool,       // max or average pooling
    se,         // squeeze-excite: global pool + cross-PE barrier + gate broadcast +
                // channel-wise scale; its two FCs are separate fc layers
};

// The operation of non-MAC layers, or the activation applied to a MAC layer's output.
enum class LayerOp : std::uint8_t {
    none, relu, relu6, hswish, hsigmoid, sigmoid, tanh,  // activations
    add, mul, upsample,                                  // eltwise
    max, avg,                                            // pool
};

enum class Padding : std::uint8_t { same, valid };

struct Layer {
    std::string name;
    LayerType type = LayerType::conv;
    int h = 1, w = 1, c = 1;  // input height, width, channels
    int k = 1;                // output channels (= c for dwconv, eltwise, pool, se)
    int r = 1, s = 1;         // kernel height, width (pooling window for pool)
    int stride = 1;
    int groups = 1;           // c for dwconv
    int t = 1;                // sequential repeats: LSTM steps, joint evaluations
    Padding pad = Padding::same;
    LayerOp op = LayerOp::none;

    int out_h() const;
    int out_w() const;
    bool carries_macs() const;       // conv, dwconv, fc, lstm_*, upconv
    bool is_matrix_vector() const;   // fc, lstm_gate, lstm_proj: no spatial extent
    bool is_depthwise() const { return type == LayerType::dwconv; }
    // Reduction length per output: (c / groups) x r x s (c for an up-conv, whose
    // every output sees one kernel tap).
    std::int64_t reduction() const;
    std::int64_t macs() const;          // out_h x out_w x k x reduction x t
    std::int64_t weights() const;       // k x (c / groups) x r x s bytes
    std::int64_t input_bytes() const;   // h x w x c (one step)
    std::int64_t output_bytes() const;  // out_h x out_w x k (one step)
};

std::string_view to_string(LayerType type);
std::string_view to_string(LayerOp op);
std::string_view to_string(Padding pad);
std::optional<LayerType> parse_layer_type(std::string_view text);  // also "upconv2x2", "depthwise"
std::optional<LayerOp> parse_layer_op(std::string_view text);
std::optional<Padding> parse_padding(std::string_view text);

// Why a layer is malformed (empty when it is fine): non-positive sizes, a
// kernel larger than a valid-padded input, an op that does not fit the type, ...
std::string layer_problem(const Layer& layer);

}  // namespace prime
