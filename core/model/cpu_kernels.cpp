#include "model/cpu_kernels.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace prime::kernels {

using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

namespace {

constexpr std::int64_t kElementGrain = 32768;  // elements per parallel task of an elementwise kernel

bool cpu_kernel_ok(const Tensor& t) {
    return t.device().is_cpu() && t.is_contiguous() && (t.scalar_type() == torch::kFloat || t.scalar_type() == torch::kDouble);
}

// dst += a * src over `count` elements; restrict so the loop vectorises.
template <typename scalar_t>
inline void add_scaled(scalar_t* __restrict dst, const scalar_t* __restrict src, scalar_t a, std::int64_t count) {
    for (std::int64_t c = 0; c < count; ++c) dst[c] += a * src[c];
}

template <typename scalar_t>
inline void add_row(scalar_t* __restrict dst, const scalar_t* __restrict src, std::int64_t count) {
    for (std::int64_t c = 0; c < count; ++c) dst[c] += src[c];
}

// ---- embedding_sum ------------------------------------------------------------

struct EmbeddingSum : torch::autograd::Function<EmbeddingSum> {
    static Tensor forward(AutogradContext* ctx, const Tensor& table, const Tensor& rows, const Tensor& bias) {
        const std::int64_t n = rows.size(0), dim = rows.size(1), out = table.size(1);
        auto result = torch::empty({n, out}, table.options());
        const auto* r = rows.data_ptr<std::int64_t>();
        // A bad index would read (and in backward write) outside the table.
        const std::int64_t width = table.size(0);
        if (std::any_of(r, r + n * dim, [width](std::int64_t v) { return v < 0 || v >= width; }))
            throw std::out_of_range("embedding_sum: row index outside the table");
        AT_DISPATCH_FLOATING_TYPES(table.scalar_type(), "embedding_sum", [&] {
            const auto* tab = table.data_ptr<scalar_t>();
            const auto* b = bias.data_ptr<scalar_t>();
            auto* y = result.data_ptr<scalar_t>();
            at::parallel_for(0, n, 64, [&](std::int64_t lo, std::int64_t hi) {
                for (std::int64_t i = lo; i < hi; ++i) {
                    scalar_t* row = y + i * out;
                    std::copy_n(b, out, row);
                    for (std::int64_t p = 0; p < dim; ++p) add_row(row, tab + r[i * dim + p] * out, out);
                }
            });
        });
        ctx->save_for_backward({rows});
        ctx->saved_data["width"] = table.size(0);
        return result;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const Tensor rows = ctx->get_saved_variables()[0];
        const Tensor g = grads[0].contiguous();
        const std::int64_t n = rows.size(0), dim = rows.size(1), out = g.size(1);
        auto grad_table = torch::zeros({ctx->saved_data["width"].toInt(), out}, g.options());
        const auto* r = rows.data_ptr<std::int64_t>();
        AT_DISPATCH_FLOATING_TYPES(g.scalar_type(), "embedding_sum_backward", [&] {
            const auto* gy = g.data_ptr<scalar_t>();
            auto* gt = grad_table.data_ptr<scalar_t>();
            // Threads own column ranges, so the scatter-add needs no atomics.
            at::parallel_for(0, out, 16, [&](std::int64_t c0, std::int64_t c1) {
                for (std::int64_t i = 0; i < n; ++i) {
                    const scalar_t* src = gy + i * out;
                    for (std::int64_t p = 0; p < dim; ++p) add_row(gt + r[i * dim + p] * out + c0, src + c0, c1 - c0);
                }
            });
        });
        return {grad_table, Tensor(), g.sum(0)};
    }
};

// ---- leaky_relu ---------------------------------------------------------------

// The inner loops take restrict pointers and values, not lambda captures: a
// store through a float pointer could otherwise alias a captured float (the
// slope), which blocks vectorisation and made these loops 10x slower.
template <typename scalar_t>
void leaky_relu_range(const scalar_t* __restrict in, scalar_t* __restrict out, std::int64_t lo, std::int64_t hi, scalar_t slope) {
    // A select between two constants, then a multiply: GCC vectorises this form, not `x > 0 ? x : x * slope`.
    for (std::int64_t i = lo; i < hi; ++i) out[i] = in[i] * (in[i] > 0 ? scalar_t(1) : slope);
}

// Backward from the output, whose sign is the input's (slope >= 0).
template <typename scalar_t>
void leaky_relu_backward_range(const scalar_t* __restrict out, const scalar_t* __restrict gy, scalar_t* __restrict gx,
                               std::int64_t lo, std::int64_t hi, scalar_t slope) {
    for (std::int64_t i = lo; i < hi; ++i) gx[i] = gy[i] * (out[i] > 0 ? scalar_t(1) : slope);
}

struct LeakyRelu : torch::autograd::Function<LeakyRelu> {
    static Tensor forward(AutogradContext* ctx, const Tensor& x, double slope) {
        auto y = torch::empty_like(x);
        AT_DISPATCH_FLOATING_TYPES(x.scalar_type(), "leaky_relu", [&] {
            const auto* in = x.data_ptr<scalar_t>();
            auto* out = y.data_ptr<scalar_t>();
            const auto s = static_cast<scalar_t>(slope);
            at::parallel_for(0, x.numel(), kElementGrain, [=](std::int64_t lo, std::int64_t hi) { leaky_relu_range(in, out, lo, hi, s); });
        });
        // The output has the input's sign (slope >= 0), so it is all backward needs.
        ctx->save_for_backward({y});
        ctx->saved_data["slope"] = slope;
        return y;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const Tensor y = ctx->get_saved_variables()[0];
        const Tensor g = grads[0].contiguous();
        auto gx = torch::empty_like(g);
        const double slope = ctx->saved_data["slope"].toDouble();
        AT_DISPATCH_FLOATING_TYPES(g.scalar_type(), "leaky_relu_backward", [&] {
            const auto* out = y.data_ptr<scalar_t>();
            const auto* gy = g.data_ptr<scalar_t>();
            auto* gi = gx.data_ptr<scalar_t>();
            const auto s = static_cast<scalar_t>(slope);
            at::parallel_for(0, g.numel(), kElementGrain,
                             [=](std::int64_t lo, std::int64_t hi) { leaky_relu_backward_range(out, gy, gi, lo, hi, s); });
        });
        return {gx, Tensor()};
    }
};

// ---- dropout ------------------------------------------------------------------

// A 32-bit integer hash with good avalanche (two multiply-xorshift rounds):
// 32-bit multiplies vectorise, a 64-bit generator would not.
inline std::uint32_t mix32(std::uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// Multiplies x by the mask (kept: 1 / (1 - p), dropped: 0) derived from seed.
template <typename scalar_t>
void dropout_range(const scalar_t* __restrict x, scalar_t* __restrict y, std::int64_t lo, std::int64_t hi, std::uint32_t threshold,
                   scalar_t scale, std::uint32_t k0, std::uint32_t k1) {
    for (std::int64_t i = lo; i < hi; ++i) {
        const std::uint32_t h = mix32(mix32(static_cast<std::uint32_t>(i) ^ k0) + k1);
        y[i] = x[i] * (h >= threshold ? scale : scalar_t(0));
    }
}

template <typename scalar_t>
void apply_dropout_mask(const scalar_t* x, scalar_t* y, std::int64_t count, double p, std::uint64_t seed) {
    const auto threshold = static_cast<std::uint32_t>(std::min(p * 4294967296.0, 4294967295.0));
    const auto scale = static_cast<scalar_t>(1.0 / (1.0 - p));
    const auto k0 = static_cast<std::uint32_t>(seed), k1 = static_cast<std::uint32_t>(seed >> 32);
    at::parallel_for(0, count, kElementGrain,
                     [=](std::int64_t lo, std::int64_t hi) { dropout_range(x, y, lo, hi, threshold, scale, k0, k1); });
}

struct Dropout : torch::autograd::Function<Dropout> {
    static Tensor forward(AutogradContext* ctx, const Tensor& x, double p, std::int64_t seed) {
        auto y = torch::empty_like(x);
        AT_DISPATCH_FLOATING_TYPES(x.scalar_type(), "dropout", [&] {
            apply_dropout_mask(x.data_ptr<scalar_t>(), y.data_ptr<scalar_t>(), x.numel(), p, static_cast<std::uint64_t>(seed));
        });
        ctx->saved_data["p"] = p;
        ctx->saved_data["seed"] = seed;
        return y;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const Tensor g = grads[0].contiguous();
        auto gx = torch::empty_like(g);
        const double p = ctx->saved_data["p"].toDouble();
        const auto seed = static_cast<std::uint64_t>(ctx->saved_data["seed"].toInt());
        AT_DISPATCH_FLOATING_TYPES(g.scalar_type(), "dropout_backward",
                                   [&] { apply_dropout_mask(g.data_ptr<scalar_t>(), gx.data_ptr<scalar_t>(), g.numel(), p, seed); });
        return {gx, Tensor(), Tensor()};
    }
};

// ---- attention ----------------------------------------------------------------

struct AttentionShape {
    std::int64_t n, len, e, heads, dh;
    std::int64_t stride() const { return 3 * e; }  // between tokens in qkv
};

AttentionShape attention_shape(const Tensor& qkv, std::int64_t heads) {
    const std::int64_t e = qkv.size(2) / 3;
    return {qkv.size(0), qkv.size(1), e, heads, e / heads};
}

template <typename scalar_t>
scalar_t dot(const scalar_t* a, const scalar_t* b, std::int64_t count) {
    scalar_t s = 0;
    for (std::int64_t d = 0; d < count; ++d) s += a[d] * b[d];
    return s;
}

// probs: [n, heads, len, len], kept for backward, or nullptr (inference: one
// row of scratch per task instead of 52 MB per 16k-row chunk); out: [n, len, e].
template <typename scalar_t>
void attention_forward(const AttentionShape& a, const scalar_t* qkv, scalar_t* probs, scalar_t* out) {
    const scalar_t scale = static_cast<scalar_t>(1.0 / std::sqrt(static_cast<double>(a.dh)));
    const std::int64_t st = a.stride(), L = a.len;
    at::parallel_for(0, a.n * a.heads, 16, [&](std::int64_t lo, std::int64_t hi) {
        std::vector<scalar_t> scratch(probs ? 0 : static_cast<std::size_t>(L));
        for (std::int64_t bh = lo; bh < hi; ++bh) {
            const std::int64_t b = bh / a.heads, h = bh % a.heads;
            const scalar_t* base = qkv + b * L * st + h * a.dh;  // q at +0, k at +e, v at +2e
            for (std::int64_t i = 0; i < L; ++i) {
                scalar_t* row = probs ? probs + (bh * L + i) * L : scratch.data();
                scalar_t top = -std::numeric_limits<scalar_t>::infinity();
                for (std::int64_t j = 0; j < L; ++j) {
                    row[j] = dot(base + i * st, base + j * st + a.e, a.dh) * scale;
                    top = std::max(top, row[j]);
                }
                scalar_t sum = 0;
                for (std::int64_t j = 0; j < L; ++j) sum += (row[j] = std::exp(row[j] - top));
                for (std::int64_t j = 0; j < L; ++j) row[j] /= sum;
                scalar_t* o = out + (b * L + i) * a.e + h * a.dh;
                std::fill_n(o, a.dh, scalar_t(0));
                for (std::int64_t j = 0; j < L; ++j) add_scaled(o, base + j * st + 2 * a.e, row[j], a.dh);
            }
        }
    });
}

// dS = P * (dP - rowsum(P * dP)) with dP = dO V^T; dQ = dS K * scale,
// dK = dS^T Q * scale, dV = P^T dO. grad: [n, len, 3e], zero on entry.
template <typename scalar_t>
void attention_backward(const AttentionShape& a, const scalar_t* qkv, const scalar_t* probs, const scalar_t* gout, scalar_t* grad) {
    const scalar_t scale = static_cast<scalar_t>(1.0 / std::sqrt(static_cast<double>(a.dh)));
    const std::int64_t st = a.stride(), L = a.len;
    at::parallel_for(0, a.n * a.heads, 16, [&](std::int64_t lo, std::int64_t hi) {
        std::vector<scalar_t> dS(static_cast<std::size_t>(L * L));
        for (std::int64_t bh = lo; bh < hi; ++bh) {
            const std::int64_t b = bh / a.heads, h = bh % a.heads;
            const scalar_t* base = qkv + b * L * st + h * a.dh;
            scalar_t* gbase = grad + b * L * st + h * a.dh;
            const scalar_t* P = probs + bh * L * L;
            for (std::int64_t i = 0; i < L; ++i) {
                const scalar_t* go = gout + (b * L + i) * a.e + h * a.dh;
                scalar_t weighted = 0;
                for (std::int64_t j = 0; j < L; ++j) {
                    const scalar_t dp = dot(go, base + j * st + 2 * a.e, a.dh);
                    dS[i * L + j] = dp;
                    weighted += P[i * L + j] * dp;
                    add_scaled(gbase + j * st + 2 * a.e, go, P[i * L + j], a.dh);
                }
                for (std::int64_t j = 0; j < L; ++j) dS[i * L + j] = P[i * L + j] * (dS[i * L + j] - weighted) * scale;
            }
            for (std::int64_t i = 0; i < L; ++i)
                for (std::int64_t j = 0; j < L; ++j) {
                    add_scaled(gbase + i * st, base + j * st + a.e, dS[i * L + j], a.dh);  // dQ
                    add_scaled(gbase + j * st + a.e, base + i * st, dS[i * L + j], a.dh);  // dK
                }
        }
    });
}

struct Attention : torch::autograd::Function<Attention> {
    static Tensor forward(AutogradContext* ctx, const Tensor& qkv, std::int64_t heads) {
        const AttentionShape a = attention_shape(qkv, heads);
        auto probs = torch::empty({a.n, a.heads, a.len, a.len}, qkv.options());
        auto out = torch::empty({a.n, a.len, a.e}, qkv.options());
        AT_DISPATCH_FLOATING_TYPES(qkv.scalar_type(), "attention", [&] {
            attention_forward(a, qkv.data_ptr<scalar_t>(), probs.data_ptr<scalar_t>(), out.data_ptr<scalar_t>());
        });
        ctx->save_for_backward({qkv, probs});
        ctx->saved_data["heads"] = heads;
        return out;
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const auto saved = ctx->get_saved_variables();
        const Tensor& qkv = saved[0];
        const AttentionShape a = attention_shape(qkv, ctx->saved_data["heads"].toInt());
        const Tensor g = grads[0].contiguous();
        auto grad = torch::zeros_like(qkv);
        AT_DISPATCH_FLOATING_TYPES(qkv.scalar_type(), "attention_backward", [&] {
            attention_backward(a, qkv.data_ptr<scalar_t>(), saved[1].data_ptr<scalar_t>(), g.data_ptr<scalar_t>(),
                               grad.data_ptr<scalar_t>());
        });
        return {grad, Tensor()};
    }
};

// The ATen composition the kernels replace (other devices and dtypes).
Tensor attention_reference(const Tensor& qkv, std::int64_t heads) {
    const AttentionShape a = attention_shape(qkv, heads);
    auto parts = qkv.view({a.n, a.len, 3, a.heads, a.dh}).permute({2, 0, 3, 1, 4});
    auto probs = torch::softmax(torch::matmul(parts[0], parts[1].transpose(-2, -1)) / std::sqrt(static_cast<double>(a.dh)), -1);
    return torch::matmul(probs, parts[2]).transpose(1, 2).reshape({a.n, a.len, a.e});
}

}  // namespace

Tensor embedding_sum(const Tensor& table, const Tensor& rows, const Tensor& bias) {
    if (!cpu_kernel_ok(table) || !rows.is_contiguous() || rows.scalar_type() != torch::kLong || (bias.defined() && !cpu_kernel_ok(bias))) {
        auto sum = torch::nn::functional::embedding_bag(rows, table, torch::nn::functional::EmbeddingBagFuncOptions().mode(torch::kSum));
        return bias.defined() ? sum + bias : sum;
    }
    // Autograd functions in LibTorch 1.13 take no undefined tensors: a zero bias instead.
    return EmbeddingSum::apply(table, rows, bias.defined() ? bias : torch::zeros({table.size(1)}, table.options()));
}

Tensor leaky_relu(const Tensor& x, double slope) {
    if (!cpu_kernel_ok(x)) return slope == 0 ? torch::relu(x) : torch::leaky_relu(x, slope);
    return LeakyRelu::apply(x, slope);
}

Tensor dropout(const Tensor& x, double p, std::uint64_t seed) {
    if (p <= 0) return x;
    if (!cpu_kernel_ok(x)) return torch::dropout(x, p, true);
    return Dropout::apply(x, p, static_cast<std::int64_t>(seed));
}

Tensor attention(const Tensor& qkv, std::int64_t heads) {
    if (qkv.dim() != 3 || qkv.size(2) % (3 * heads) != 0) throw std::invalid_argument("attention: qkv must be [n, len, 3 * heads * dh]");
    if (!cpu_kernel_ok(qkv)) return attention_reference(qkv, heads);
    if (torch::GradMode::is_enabled() && qkv.requires_grad()) return Attention::apply(qkv, heads);
    const AttentionShape a = attention_shape(qkv, heads);  // no graph: keep no probabilities
    auto out = torch::empty({a.n, a.len, a.e}, qkv.options());
    AT_DISPATCH_FLOATING_TYPES(qkv.scalar_type(), "attention_inference", [&] {
        attention_forward<scalar_t>(a, qkv.data_ptr<scalar_t>(), nullptr, out.data_ptr<scalar_t>());
    });
    return out;
}

// ---- FusedAdam ------------------------------------------------------------------

namespace {

template <typename scalar_t>
struct AdamRange {
    scalar_t *w, *g, *m, *v;
    scalar_t beta1, beta2, weight_decay, bc2_sqrt, eps, step_size;

    void run(std::int64_t lo, std::int64_t hi) const {
        scalar_t* __restrict pw = w;
        scalar_t* __restrict pg = g;
        scalar_t* __restrict pm = m;
        scalar_t* __restrict pv = v;
        const scalar_t b1 = beta1, b2 = beta2, wd = weight_decay, c = bc2_sqrt, e = eps, s = step_size;
        for (std::int64_t i = lo; i < hi; ++i) {
            const scalar_t gi = pg[i] + wd * pw[i];
            pm[i] = b1 * pm[i] + (1 - b1) * gi;
            pv[i] = b2 * pv[i] + (1 - b2) * gi * gi;
            pw[i] -= s * pm[i] / (std::sqrt(pv[i]) / c + e);
            pg[i] = 0;
        }
    }
};

}  // namespace

FusedAdam::FusedAdam(std::vector<Tensor> params, double lr, double weight_decay, double beta1, double beta2, double eps)
    : params_(std::move(params)), lr_(lr), weight_decay_(weight_decay), beta1_(beta1), beta2_(beta2), eps_(eps) {
    for (const auto& p : params_) {
        m_.push_back(torch::zeros_like(p));
        v_.push_back(torch::zeros_like(p));
    }
}

void FusedAdam::step() {
    ++t_;
    const double bc1 = 1 - std::pow(beta1_, static_cast<double>(t_));
    const double bc2_sqrt = std::sqrt(1 - std::pow(beta2_, static_cast<double>(t_)));
    const double step_size = lr_ / bc1;
    torch::NoGradGuard no_grad;
    for (std::size_t k = 0; k < params_.size(); ++k) {
        Tensor& p = params_[k];
        Tensor& grad = p.mutable_grad();
        if (!grad.defined()) continue;
        if (!cpu_kernel_ok(p) || !cpu_kernel_ok(grad)) {  // same update in tensor ops
            auto g = weight_decay_ != 0 ? grad + weight_decay_ * p : grad;
            m_[k].mul_(beta1_).add_(g, 1 - beta1_);
            v_[k].mul_(beta2_).addcmul_(g, g, 1 - beta2_);
            p.addcdiv_(m_[k], v_[k].sqrt() / bc2_sqrt + eps_, -step_size);
            grad.zero_();
            continue;
        }
        AT_DISPATCH_FLOATING_TYPES(p.scalar_type(), "fused_adam", [&] {
            AdamRange<scalar_t> r{p.data_ptr<scalar_t>(),
                                  grad.data_ptr<scalar_t>(),
                                  m_[k].data_ptr<scalar_t>(),
                                  v_[k].data_ptr<scalar_t>(),
                                  static_cast<scalar_t>(beta1_),
                                  static_cast<scalar_t>(beta2_),
                                  static_cast<scalar_t>(weight_decay_),
                                  static_cast<scalar_t>(bc2_sqrt),
                                  static_cast<scalar_t>(eps_),
                                  static_cast<scalar_t>(step_size)};
            at::parallel_for(0, p.numel(), kElementGrain, [=](std::int64_t lo, std::int64_t hi) { r.run(lo, hi); });
        });
    }
}

}  // namespace prime::kernels
