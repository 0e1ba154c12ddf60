#pragma once
// PRIVATE (includes LibTorch): the surrogate networks. Only core/model/*.cpp
// and model tests include this; public headers stay torch-free because Qt's
// `slots` macro breaks torch headers in the GUI.
//
// Both networks take designs as value indices [n, dim] (int64). A one-hot
// input followed by a linear layer equals a sum of weight rows, so the
// embedding is a gather instead of a matmul over mostly zeros; the one-hot
// form (forward_onehot) exists for relaxed inputs and to check equivalence.
#include <torch/torch.h>

#include <memory>
#include <vector>

#include "model/model_options.h"

namespace prime {

struct NetworkShape {
    std::vector<std::int64_t> sizes;  // allowed values per parameter (one-hot slice widths)
    std::int64_t context_dim = 0;     // 0 = not contextual
};

// Every output of one pass. Heads the model lacks are undefined tensors.
struct NetOutputs {
    torch::Tensor score;           // [n] latency score (what forward() returns)
    torch::Tensor area;            // [head_rows] standardised ln(area) (area head)
    torch::Tensor feasible_logit;  // [head_rows] logit of P(feasible) (feasibility head)
};

class SurrogateNetImpl : public torch::nn::Module {
public:
    SurrogateNetImpl(const ModelOptions& options, const NetworkShape& shape);

    // index: [n, dim] int64; context: [n, C] or [1, C] float, or undefined.
    // Returns [n] scores (higher = better).
    torch::Tensor forward(const torch::Tensor& index, const torch::Tensor& context = {});
    // onehot: [n, sum(sizes)] float (may be relaxed / require grad).
    torch::Tensor forward_onehot(const torch::Tensor& onehot, const torch::Tensor& context = {});
    // The score and the auxiliary heads from one pass over the shared
    // representation (the last hidden activation). The heads' outputs cover
    // the first `head_rows` rows (all when negative): a training batch ends
    // with optimizer negatives, which have no labels. With heads, the score
    // comes from the same fused matmul, so it equals forward() up to rounding.
    NetOutputs forward_all(const torch::Tensor& index, const torch::Tensor& context = {}, std::int64_t head_rows = -1);

    const ModelOptions& options() const { return options_; }
    const NetworkShape& shape() const { return shape_; }

private:
    torch::Tensor from_first_layer(torch::Tensor first, const torch::Tensor& context);  // MLP
    torch::Tensor from_tokens(torch::Tensor tokens, const torch::Tensor& context);      // transformer
    // The hidden layers of the head: returns the representation every output layer reads.
    torch::Tensor head(torch::Tensor x);
    torch::Tensor representation(const torch::Tensor& index, const torch::Tensor& context);
    torch::Tensor score(const torch::Tensor& rep) { return output_->forward(rep).squeeze(1); }
    torch::Tensor gate(const torch::Tensor& context, std::int64_t n);
    // Dropout in training mode, with a fresh mask seed per call.
    torch::Tensor drop(const torch::Tensor& x, double p);

    ModelOptions options_;
    NetworkShape shape_;
    torch::Tensor offsets_;  // [dim] start of each parameter's rows in the stacked tables
    // MLP: first layer as a stacked table [width, hidden0] + bias.
    // Transformer: per-parameter embeddings stacked [width, embed] + bias [dim, embed].
    torch::Tensor table_, table_bias_;
    torch::Tensor positional_;  // [dim, embed] sinusoidal, not trained
    struct Encoder {
        torch::nn::Linear qkv{nullptr}, out{nullptr}, ff1{nullptr}, ff2{nullptr};
        torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
    };
    std::vector<Encoder> encoders_;
    torch::nn::Linear context_gate_{nullptr};  // bias-free, multiplicative conditioning
    std::vector<torch::nn::Linear> hidden_;    // head layers after the first
    torch::nn::Linear output_{nullptr};
    // Auxiliary heads, registered only when enabled so that weight files of
    // models without them load unchanged.
    torch::nn::Linear area_output_{nullptr}, feasible_output_{nullptr};
    // Dropout masks: seed drawn from torch's generator at construction (so
    // torch::manual_seed fixes them), then one counter value per call.
    std::uint64_t dropout_seed_ = 0, dropout_calls_ = 0;
};
TORCH_MODULE(SurrogateNet);

// Copies every parameter and buffer of `from` into `to` (same architecture).
void copy_weights(SurrogateNet& to, const SurrogateNet& from);

// Index matrix (row-major, n x dim) -> int64 tensor [n, dim].
torch::Tensor index_tensor(const std::uint16_t* designs, std::int64_t n, std::int64_t dim);

}  // namespace prime
