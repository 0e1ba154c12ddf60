#include "model/networks.h"

#include "model/cpu_kernels.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace prime {

namespace {

// Keras' Dense default (Glorot uniform, zero bias), which PRIME's code used.
void glorot_(torch::Tensor w, std::int64_t fan_in, std::int64_t fan_out) {
    const double bound = std::sqrt(6.0 / static_cast<double>(fan_in + fan_out));
    w.uniform_(-bound, bound);
}

torch::nn::Linear make_linear(std::int64_t in, std::int64_t out, bool bias = true) {
    torch::nn::Linear l(torch::nn::LinearOptions(in, out).bias(bias));
    torch::NoGradGuard guard;
    glorot_(l->weight, in, out);
    if (bias) l->bias.zero_();
    return l;
}

torch::Tensor sinusoidal(std::int64_t positions, std::int64_t dim) {
    auto table = torch::zeros({positions, dim});
    auto acc = table.accessor<float, 2>();
    for (std::int64_t p = 0; p < positions; ++p)
        for (std::int64_t j = 0; j < dim; ++j) {
            const double angle = static_cast<double>(p) / std::pow(10000.0, 2.0 * static_cast<double>(j / 2) / static_cast<double>(dim));
            acc[p][j] = static_cast<float>(j % 2 == 0 ? std::sin(angle) : std::cos(angle));
        }
    return table;
}

}  // namespace

SurrogateNetImpl::SurrogateNetImpl(const ModelOptions& options, const NetworkShape& shape) : options_(options), shape_(shape) {
    const auto dim = static_cast<std::int64_t>(shape.sizes.size());
    if (dim == 0) throw std::invalid_argument("surrogate network: empty search space");
    std::vector<std::int64_t> offsets(shape.sizes.size());
    std::int64_t width = 0;
    for (std::size_t i = 0; i < shape.sizes.size(); ++i) {
        offsets[i] = width;
        width += shape.sizes[i];
    }
    offsets_ = register_buffer("offsets", torch::tensor(offsets, torch::kLong));
    const bool transformer = options.kind == ModelKind::Transformer;
    if (!transformer && options.hidden.empty()) throw std::invalid_argument("the MLP needs at least one hidden layer");
    if (transformer && (options.embed_dim <= 0 || options.heads <= 0 || options.embed_dim % options.heads != 0))
        throw std::invalid_argument("transformer: embed_dim must be a positive multiple of heads");

    torch::NoGradGuard guard;
    std::int64_t rep = 0;  // width of the representation the head starts from
    if (transformer) {
        const std::int64_t e = options.embed_dim;
        table_ = register_parameter("embed_table", torch::empty({width, e}));
        for (std::size_t i = 0; i < shape.sizes.size(); ++i)  // each parameter has its own k_i -> e layer
            glorot_(table_.narrow(0, offsets[i], shape.sizes[i]), shape.sizes[i], e);
        table_bias_ = register_parameter("embed_bias", torch::zeros({dim, e}));
        positional_ = register_buffer("positional", sinusoidal(dim, e));
        for (int l = 0; l < options.encoder_layers; ++l) {
            Encoder enc;
            const std::string p = "encoder" + std::to_string(l) + "_";
            enc.qkv = register_module(p + "qkv", make_linear(e, 3 * e));
            for (int b = 0; b < 3; ++b) glorot_(enc.qkv->weight.narrow(0, b * e, e), e, e);  // as three e->e layers
            enc.out = register_module(p + "out", make_linear(e, e));
            enc.ff1 = register_module(p + "ff1", make_linear(e, options.ffn_dim));
            enc.ff2 = register_module(p + "ff2", make_linear(options.ffn_dim, e));
            enc.norm1 = register_module(p + "norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({e}).eps(1e-6)));
            enc.norm2 = register_module(p + "norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({e}).eps(1e-6)));
            encoders_.push_back(enc);
        }
        rep = dim * e;
    } else {
        rep = options.hidden[0];
        table_ = register_parameter("first_table", torch::empty({width, rep}));
        glorot_(table_, width, rep);
        table_bias_ = register_parameter("first_bias", torch::zeros({rep}));
    }
    if (shape.context_dim > 0) {
        context_gate_ = register_module("context_gate", make_linear(shape.context_dim, rep, false));
        // Zero start: gate = 1 + W c begins as the identity, so the contextual
        // model starts as the plain one and learns per-application modulation.
        context_gate_->weight.zero_();
    }
    std::int64_t in = rep;
    for (std::size_t i = transformer ? 0 : 1; i < options.hidden.size(); ++i) {
        hidden_.push_back(register_module("hidden" + std::to_string(i), make_linear(in, options.hidden[i])));
        in = options.hidden[i];
    }
    output_ = register_module("output", make_linear(in, 1));
    if (options.area_head) area_output_ = register_module("area_output", make_linear(in, 1));
    if (options.feasibility_head) feasible_output_ = register_module("feasible_output", make_linear(in, 1));
    dropout_seed_ = static_cast<std::uint64_t>(torch::randint(std::numeric_limits<std::int64_t>::max(), {1}, torch::kLong).item<std::int64_t>());
}

torch::Tensor SurrogateNetImpl::drop(const torch::Tensor& x, double p) {
    if (p <= 0 || !is_training()) return x;
    // splitmix64's increment: consecutive calls get unrelated 64-bit keys.
    return kernels::dropout(x, p, dropout_seed_ + 0x9E3779B97F4A7C15ULL * ++dropout_calls_);
}

torch::Tensor SurrogateNetImpl::gate(const torch::Tensor& context, std::int64_t n) {
    return 1 + context_gate_->forward(context).expand({n, -1});
}

torch::Tensor SurrogateNetImpl::head(torch::Tensor x) {
    for (auto& layer : hidden_) x = drop(kernels::leaky_relu(layer->forward(x), options_.leaky_slope), options_.head_dropout);
    return x;  // the output layers are applied by the callers of representation()
}

torch::Tensor SurrogateNetImpl::from_first_layer(torch::Tensor first, const torch::Tensor& context) {
    if (context_gate_) first = first * gate(context, first.size(0));
    return head(drop(kernels::leaky_relu(first, options_.leaky_slope), options_.head_dropout));
}

torch::Tensor SurrogateNetImpl::from_tokens(torch::Tensor x, const torch::Tensor& context) {
    const std::int64_t n = x.size(0), len = x.size(1), e = options_.embed_dim;
    const double p = options_.dropout;
    x = drop(x + positional_, p);
    for (auto& enc : encoders_) {
        // Post-LN layer as in PRIME's code: no dropout on the attention weights.
        auto mixed = kernels::attention(enc.qkv->forward(x), options_.heads);
        x = enc.norm1->forward(x + drop(enc.out->forward(mixed), p));
        auto ff = enc.ff2->forward(kernels::leaky_relu(enc.ff1->forward(x), 0.0));
        x = enc.norm2->forward(x + drop(ff, p));
    }
    x = x.reshape({n, len * e});
    if (context_gate_) x = x * gate(context, n);
    return head(x);
}

torch::Tensor SurrogateNetImpl::forward(const torch::Tensor& index, const torch::Tensor& context) {
    return score(representation(index, context));
}

NetOutputs SurrogateNetImpl::forward_all(const torch::Tensor& index, const torch::Tensor& context, std::int64_t head_rows) {
    const auto rep = representation(index, context);
    NetOutputs out;
    if (!area_output_ && !feasible_output_) {
        out.score = score(rep);
        return out;
    }
    // One matmul for the score and the heads: in training the backward pass
    // then forms one [n, in] gradient for the representation instead of one per output.
    std::vector<torch::Tensor> weights{output_->weight}, biases{output_->bias};
    for (const auto& h : {area_output_, feasible_output_})
        if (h) weights.push_back(h->weight), biases.push_back(h->bias);
    const auto all = torch::addmm(torch::cat(biases), rep, torch::cat(weights).t());  // [n, 1 + heads]
    out.score = all.select(1, 0);
    const std::int64_t rows = head_rows < 0 || head_rows >= rep.size(0) ? rep.size(0) : head_rows;
    std::int64_t column = 1;
    if (area_output_) out.area = all.select(1, column++).narrow(0, 0, rows);
    if (feasible_output_) out.feasible_logit = all.select(1, column++).narrow(0, 0, rows);
    return out;
}

torch::Tensor SurrogateNetImpl::representation(const torch::Tensor& index, const torch::Tensor& context) {
    const auto rows = index + offsets_;  // [n, dim] rows of the stacked table
    if (options_.kind == ModelKind::Transformer) {
        auto tokens = table_.index_select(0, rows.reshape({-1})).view({index.size(0), index.size(1), -1}) + table_bias_;
        return from_tokens(tokens, context);
    }
    return from_first_layer(kernels::embedding_sum(table_, rows, table_bias_), context);
}

torch::Tensor SurrogateNetImpl::forward_onehot(const torch::Tensor& onehot, const torch::Tensor& context) {
    if (options_.kind == ModelKind::Transformer) {
        std::vector<torch::Tensor> tokens;
        std::int64_t offset = 0;
        for (std::int64_t k : shape_.sizes) {
            tokens.push_back(torch::matmul(onehot.narrow(1, offset, k), table_.narrow(0, offset, k)));
            offset += k;
        }
        return score(from_tokens(torch::stack(tokens, 1) + table_bias_, context));
    }
    return score(from_first_layer(torch::matmul(onehot, table_) + table_bias_, context));
}

void copy_weights(SurrogateNet& to, const SurrogateNet& from) {
    torch::NoGradGuard guard;
    auto src = from->named_parameters(true);
    for (auto& item : to->named_parameters(true)) item.value().copy_(src[item.key()]);
    auto src_buffers = from->named_buffers(true);
    for (auto& item : to->named_buffers(true)) item.value().copy_(src_buffers[item.key()]);
}

torch::Tensor index_tensor(const std::uint16_t* designs, std::int64_t n, std::int64_t dim) {
    auto t = torch::empty({n, dim}, torch::kLong);  // torch 1.13 has no uint16 dtype to wrap
    auto* out = t.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < n * dim; ++i) out[i] = designs[i];
    return t;
}

}  // namespace prime
