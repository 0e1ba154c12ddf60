#pragma once
// PRIVATE (includes LibTorch): hand-written CPU kernels for the surrogate's
// training hot path, each an autograd function with its own backward.
//
// Why: profiling PRIME's transformer step with LibTorch 1.13 on one core
// showed ~40 % of the time in batched matmuls of 4,096 tiny (10x8) matrices,
// which ATen runs as one BLAS call per matrix, and most of the rest in
// unfused elementwise passes and a per-element Mersenne-Twister dropout. A
// loop over the tiny matrices and single-pass elementwise kernels remove that
// overhead; the maths is unchanged (tests compare values and gradients with
// the plain ATen composition). Tensors that are not contiguous CPU float or
// double (e.g. on CUDA) take the plain ATen path, so results never depend on
// whether a kernel exists for the device.
#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace prime::kernels {

// sum_p table[rows[:, p]] (+ bias): the first layer of the MLP as a gather.
// rows: [n, dim] int64; table: [width, out]; bias: [out] or undefined.
torch::Tensor embedding_sum(const torch::Tensor& table, const torch::Tensor& rows, const torch::Tensor& bias);

// max(x, 0) + slope * min(x, 0) in one pass; slope 0 is ReLU.
torch::Tensor leaky_relu(const torch::Tensor& x, double slope);

// Inverted dropout whose mask is a counter-based hash of (seed, element): it
// costs one pass, needs no stored mask (backward recomputes it) and gives the
// same mask for any thread count. Returns x unchanged when p == 0.
torch::Tensor dropout(const torch::Tensor& x, double p, std::uint64_t seed);

// Multi-head self-attention core softmax(Q K^T / sqrt(dh)) V straight from a
// fused projection: qkv [n, len, 3 * e] laid out (q | k | v), each head's
// slice contiguous (as a Linear(e, 3e) writes it); returns [n, len, e] with
// the heads concatenated (the layout the output projection reads).
torch::Tensor attention(const torch::Tensor& qkv, std::int64_t heads);

// Adam (Kingma & Ba; torch::optim::Adam's update, L2 weight decay) as one
// pass per parameter that also zeroes the gradient, instead of ~10 tensor ops
// per parameter plus a zero_grad pass.
class FusedAdam {
public:
    FusedAdam(std::vector<torch::Tensor> params, double lr, double weight_decay = 0, double beta1 = 0.9, double beta2 = 0.999,
              double eps = 1e-8);
    // Applies the accumulated gradients and zeroes them.
    void step();
    std::int64_t steps() const { return t_; }

private:
    std::vector<torch::Tensor> params_, m_, v_;
    double lr_, weight_decay_, beta1_, beta2_, eps_;
    std::int64_t t_ = 0;
};

}  // namespace prime::kernels
