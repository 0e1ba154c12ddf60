// The hand-written CPU kernels against the ATen compositions they replace:
// same values, same gradients (in double precision, so a wrong term in a
// backward shows far above rounding), and FusedAdam against torch's Adam.
#include <gtest/gtest.h>

#include "model/cpu_kernels.h"

using namespace prime;

namespace {

torch::TensorOptions f64() { return torch::TensorOptions().dtype(torch::kDouble); }

// Gradients of sum(out * weights) with respect to `inputs`.
std::vector<torch::Tensor> grads_of(const torch::Tensor& out, const torch::Tensor& weights, const std::vector<torch::Tensor>& inputs) {
    return torch::autograd::grad({(out * weights).sum()}, inputs);
}

torch::Tensor reference_attention(const torch::Tensor& qkv, std::int64_t heads) {
    const std::int64_t n = qkv.size(0), len = qkv.size(1), e = qkv.size(2) / 3, dh = e / heads;
    auto q = qkv.narrow(2, 0, e).reshape({n, len, heads, dh}).transpose(1, 2);
    auto k = qkv.narrow(2, e, e).reshape({n, len, heads, dh}).transpose(1, 2);
    auto v = qkv.narrow(2, 2 * e, e).reshape({n, len, heads, dh}).transpose(1, 2);
    auto p = torch::softmax(torch::matmul(q, k.transpose(-2, -1)) / std::sqrt(static_cast<double>(dh)), -1);
    return torch::matmul(p, v).transpose(1, 2).reshape({n, len, e});
}

}  // namespace

TEST(CpuKernels, AttentionMatchesTheMatmulSoftmaxComposition) {
    torch::manual_seed(3);
    for (std::int64_t heads : {1, 4}) {
        auto qkv = torch::randn({5, 7, 3 * 8}, f64()).mul_(2).requires_grad_(true);
        const auto ours = kernels::attention(qkv, heads), ref = reference_attention(qkv, heads);
        ASSERT_EQ(ours.sizes(), ref.sizes());
        // Our loop and the matmul/softmax composition sum in other orders (and
        // BLAS picks kernels by CPU): in float64 that moves the ~8-term dot
        // products and the softmax by ~1e-15 relative. 1e-10 is five orders
        // above that and far below any wrong formula (errors of ~1e-2).
        EXPECT_TRUE(torch::allclose(ours, ref, 1e-10, 1e-12)) << heads << " heads";
        const auto w = torch::randn(ref.sizes(), f64());
        EXPECT_TRUE(torch::allclose(grads_of(ours, w, {qkv})[0], grads_of(ref, w, {qkv})[0], 1e-9, 1e-11)) << heads << " heads";
    }
}

TEST(CpuKernels, AttentionWithoutGradientKeepsNoProbabilitiesAndAgrees) {
    torch::manual_seed(9);
    const auto qkv = torch::randn({4, 10, 48}, f64());
    torch::Tensor no_graph;
    {
        torch::NoGradGuard guard;
        no_graph = kernels::attention(qkv, 8);
    }
    EXPECT_TRUE(torch::allclose(no_graph, reference_attention(qkv, 8), 1e-10, 1e-12));
    // The autograd path computes the same numbers (and keeps the probabilities).
    // Exact on purpose: both run attention_forward, whose threads split
    // independent (row, head) pairs and never a sum, so no order changes.
    EXPECT_TRUE(torch::equal(no_graph, kernels::attention(qkv.clone().requires_grad_(true), 8).detach()));
}

TEST(CpuKernels, AttentionFallbackForNonContiguousInputAgrees) {
    torch::manual_seed(4);
    const auto qkv = torch::randn({3, 6, 24});
    const auto strided = torch::randn({3, 24, 6}).transpose(1, 2).copy_(qkv);  // same values, not contiguous
    ASSERT_FALSE(strided.is_contiguous());
    EXPECT_TRUE(torch::allclose(kernels::attention(qkv, 2), kernels::attention(strided, 2), 1e-5, 1e-6));
    EXPECT_THROW(kernels::attention(torch::randn({3, 6, 20}), 3), std::invalid_argument);
}

TEST(CpuKernels, LeakyReluAndReluMatchAtenWithGradients) {
    torch::manual_seed(5);
    for (double slope : {0.0, 0.1}) {
        auto x = torch::randn({64, 33}, f64()).requires_grad_(true);
        const auto ours = kernels::leaky_relu(x, slope);
        const auto ref = slope == 0 ? torch::relu(x) : torch::leaky_relu(x, slope);
        EXPECT_TRUE(torch::equal(ours, ref)) << slope;
        const auto w = torch::randn(x.sizes(), f64());
        EXPECT_TRUE(torch::allclose(grads_of(ours, w, {x})[0], grads_of(ref, w, {x})[0])) << slope;
    }
}

TEST(CpuKernels, EmbeddingSumMatchesEmbeddingBagWithGradients) {
    torch::manual_seed(6);
    auto table = torch::randn({20, 9}, f64()).requires_grad_(true);
    auto bias = torch::randn({9}, f64()).requires_grad_(true);
    const auto rows = torch::randint(20, {31, 4}, torch::kLong);  // repeated rows exercise the scatter-add
    const auto ours = kernels::embedding_sum(table, rows, bias);
    const auto ref = torch::nn::functional::embedding_bag(rows, table, torch::nn::functional::EmbeddingBagFuncOptions().mode(torch::kSum)) + bias;
    EXPECT_TRUE(torch::allclose(ours, ref, 1e-12, 1e-12));
    const auto w = torch::randn(ref.sizes(), f64());
    const auto g1 = grads_of(ours, w, {table, bias}), g2 = grads_of(ref, w, {table, bias});
    EXPECT_TRUE(torch::allclose(g1[0], g2[0], 1e-12, 1e-12));
    EXPECT_TRUE(torch::allclose(g1[1], g2[1], 1e-12, 1e-12));
    EXPECT_TRUE(torch::allclose(kernels::embedding_sum(table, rows, {}), ref - bias, 1e-12, 1e-12));
    EXPECT_THROW(kernels::embedding_sum(table, torch::full({2, 4}, 20, torch::kLong), bias), std::out_of_range);
}

TEST(CpuKernels, DropoutKeepsTheRightFractionScalesAndIsReproducible) {
    const double p = 0.1;
    auto x = torch::ones({200000}, f64()).requires_grad_(true);
    const auto y = kernels::dropout(x, p, 42);
    const double kept = (y > 0).sum().item<double>() / 200000.0;
    EXPECT_NEAR(kept, 1 - p, 0.005);
    EXPECT_TRUE(torch::allclose(y.masked_select(y > 0), torch::full({1}, 1 / (1 - p), f64())));  // inverted scaling
    EXPECT_TRUE(torch::equal(y, kernels::dropout(x, p, 42)));                                   // same seed, same mask
    const double agree = (y == kernels::dropout(x, p, 43)).to(torch::kDouble).mean().item<double>();
    EXPECT_LT(agree, 0.9) << "another seed must give another mask";  // independent masks agree on ~82 %
    // Backward recomputes the mask: the gradient is the same mask and scale.
    const auto g = grads_of(y, torch::ones_like(y), {x})[0];
    EXPECT_TRUE(torch::equal(g, y.detach()));
    EXPECT_TRUE(kernels::dropout(x, 0.0, 1).is_same(x));
}

TEST(CpuKernels, FusedAdamFollowsTorchAdamAndZeroesGradients) {
    torch::manual_seed(7);
    const auto start = torch::randn({50, 3}, f64());  // double: only a wrong formula shows
    auto a = start.clone().requires_grad_(true), b = start.clone().requires_grad_(true);
    kernels::FusedAdam fused({a}, 1e-2, 1e-3);
    torch::optim::Adam ref({b}, torch::optim::AdamOptions(1e-2).weight_decay(1e-3));
    const auto target = torch::randn({50, 3}, f64());
    for (int step = 0; step < 20; ++step) {
        ((a - target).pow(2).sum()).backward();
        fused.step();
        EXPECT_TRUE(torch::equal(a.grad(), torch::zeros_like(a))) << "step " << step;
        ref.zero_grad();
        ((b - target).pow(2).sum()).backward();
        ref.step();
    }
    EXPECT_EQ(fused.steps(), 20);
    EXPECT_TRUE(torch::allclose(a, b, 1e-12, 1e-12)) << (a - b).abs().max().item<double>();
    EXPECT_FALSE(torch::allclose(a, start)) << "parameters did not move";
}

TEST(CpuKernels, FallbacksForTensorsTheKernelsDoNotTakeAgree) {
    // The path CUDA tensors take, reached on the CPU with a non-contiguous
    // input (element kernels) and bfloat16 parameters (Adam).
    torch::manual_seed(8);
    const auto x = torch::randn({40, 30}).t();
    ASSERT_FALSE(x.is_contiguous());
    EXPECT_TRUE(torch::equal(kernels::leaky_relu(x, 0.1), kernels::leaky_relu(x.contiguous(), 0.1)));

    const auto start = torch::randn({64}).to(torch::kBFloat16);
    auto a = start.clone().requires_grad_(true), b = start.clone().requires_grad_(true);
    kernels::FusedAdam fused({a}, 1e-2);
    torch::optim::Adam ref({b}, torch::optim::AdamOptions(1e-2));
    for (int step = 0; step < 5; ++step) {
        (a * a).sum().backward();
        fused.step();
        ref.zero_grad();
        (b * b).sum().backward();
        ref.step();
    }
    EXPECT_TRUE(torch::equal(a.grad(), torch::zeros_like(a)));
    EXPECT_TRUE(torch::allclose(a.to(torch::kFloat), b.to(torch::kFloat), 1e-2, 1e-2));
    EXPECT_FALSE(torch::equal(a, start));
}
