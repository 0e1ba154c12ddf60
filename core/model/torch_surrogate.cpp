#include "model/torch_surrogate.h"
#include "model/malloc_tuning.h"

#include <stdexcept>


#include "util/errors.h"

namespace prime {

namespace {
constexpr std::int64_t kChunk = 16384;  // rows per forward pass: bounds activation memory, keeps BLAS efficient
}  // namespace

NetworkShape network_shape(const SearchSpace& space, std::size_t context_dim) {
    NetworkShape shape;
    for (const auto& p : space.parameters()) shape.sizes.push_back(static_cast<std::int64_t>(p.size()));
    shape.context_dim = static_cast<std::int64_t>(context_dim);
    return shape;
}

void TorchSurrogate::build_network() {
    reuse_freed_memory();  // scoring chunks allocate and free the same buffers
    const std::size_t context_dim = info.contextual ? info.context_mean.size() : 0;
    net = SurrogateNet(info.model, network_shape(info.space, context_dim));
    net->to(device);
    net->eval();
    app_context.clear();
    for (const auto& app : info.apps) app_context.push_back(info.contextual ? context_tensor(app.context) : torch::Tensor());
}

torch::Tensor TorchSurrogate::context_tensor(std::span<const float> raw) const {
    if (raw.size() != info.context_mean.size())
        throw std::invalid_argument("context vector has " + std::to_string(raw.size()) + " entries, the model expects " +
                                    std::to_string(info.context_mean.size()));
    auto t = torch::empty({1, static_cast<std::int64_t>(raw.size())});
    for (std::size_t i = 0; i < raw.size(); ++i)
        t[0][static_cast<std::int64_t>(i)] = (raw[i] - info.context_mean[i]) / info.context_scale[i];
    return t.to(device);
}

Predictions TorchSurrogate::outputs(std::span<const ValueIndex> designs, std::size_t n, const torch::Tensor& context) const {
    const std::int64_t dim = static_cast<std::int64_t>(info.space.dimension());
    if (designs.size() != n * static_cast<std::size_t>(dim))
        throw std::invalid_argument("design matrix has " + std::to_string(designs.size()) + " indices, expected " +
                                    std::to_string(n) + " x " + std::to_string(dim));
    for (std::size_t i = 0; i < designs.size(); ++i)
        if (designs[i] >= info.space.parameter(i % static_cast<std::size_t>(dim)).size())
            throw std::invalid_argument("design " + std::to_string(i / static_cast<std::size_t>(dim)) + ": value index " +
                                        std::to_string(designs[i]) + " out of range for parameter '" +
                                        info.space.parameter(i % static_cast<std::size_t>(dim)).name + "'");
    Predictions out = sized_predictions(n, info.model);
    torch::InferenceMode guard;
    for (std::int64_t first = 0; first < static_cast<std::int64_t>(n); first += kChunk) {
        const std::int64_t rows = std::min<std::int64_t>(kChunk, static_cast<std::int64_t>(n) - first);
        write_outputs(net, index_tensor(designs.data() + first * dim, rows, dim).to(device), context, info.area_normalisation, out,
                      static_cast<std::size_t>(first));
    }
    return out;
}

Predictions sized_predictions(std::size_t n, const ModelOptions& model) {
    Predictions p;
    p.score.resize(n);
    if (model.area_head) p.area_mm2.resize(n);
    if (model.feasibility_head) p.p_feasible.resize(n);
    return p;
}

void write_outputs(SurrogateNet& net, const torch::Tensor& index, const torch::Tensor& context, const AreaNormalisation& area,
                   Predictions& out, std::size_t first) {
    const auto copy = [first](const torch::Tensor& t, std::vector<float>& to) {
        const auto cpu = t.to(torch::kCPU).contiguous();
        std::copy_n(cpu.data_ptr<float>(), cpu.numel(), to.begin() + static_cast<std::ptrdiff_t>(first));
    };
    const NetOutputs o = net->forward_all(index, context);
    copy(o.score, out.score);
    if (o.area.defined()) {
        copy(o.area, out.area_mm2);
        // The head predicts standardised ln(area): map it back to mm².
        for (auto a = first; a < first + static_cast<std::size_t>(o.area.size(0)); ++a) out.area_mm2[a] = area.area_mm2(out.area_mm2[a]);
    }
    if (o.feasible_logit.defined()) copy(torch::sigmoid(o.feasible_logit), out.p_feasible);
}

Predictions TorchSurrogate::outputs_for_app(std::span<const ValueIndex> designs, std::size_t n, std::size_t app) const {
    return outputs(designs, n, app_context.at(app));
}

Predictions TorchSurrogate::outputs_for_context(std::span<const ValueIndex> designs, std::size_t n,
                                                std::span<const float> raw_context) const {
    return outputs(designs, n, context_tensor(raw_context));
}

void TorchSurrogate::save_weights(const std::filesystem::path& file) const {
    try {
        auto cpu = SurrogateNet(info.model, net->shape());  // always saved from the CPU so any build loads it
        copy_weights(cpu, net);
        torch::save(cpu, file.string());
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot write " + file.string() + ": " + e.what_without_backtrace());
    }
}

std::shared_ptr<const Surrogate::Impl> load_torch_surrogate(SurrogateInfo info, const std::filesystem::path& weights) {
    auto impl = std::make_shared<TorchSurrogate>();
    impl->info = std::move(info);
    impl->device = default_device();
    impl->build_network();
    try {
        auto cpu = SurrogateNet(impl->info.model, impl->net->shape());
        torch::load(cpu, weights.string());
        copy_weights(impl->net, cpu);
    } catch (const c10::Error& e) {
        throw InputError(weights.string(), "byte", 0,
                         std::string("weights do not match the metadata's network: ") + e.what_without_backtrace());
    }
    impl->net->eval();
    return impl;
}

}  // namespace prime
