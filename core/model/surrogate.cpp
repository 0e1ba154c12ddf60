#include "model/surrogate_impl.h"
#include "model/torch_runtime.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

namespace {
constexpr std::int64_t kChunk = 16384;  // rows per forward pass: bounds activation memory, keeps BLAS efficient
constexpr const char* kWeightsFile = "weights.pt";
constexpr const char* kInfoFile = "surrogate.json";
}  // namespace

NetworkShape network_shape(const SearchSpace& space, std::size_t context_dim) {
    NetworkShape shape;
    for (const auto& p : space.parameters()) shape.sizes.push_back(static_cast<std::int64_t>(p.size()));
    shape.context_dim = static_cast<std::int64_t>(context_dim);
    return shape;
}

torch::Device default_device() { return compute_device_name() == "cuda" ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU); }

void Surrogate::Impl::build_network() {
    reuse_freed_memory();  // scoring chunks allocate and free the same buffers
    const std::size_t context_dim = info.contextual ? info.context_mean.size() : 0;
    net = SurrogateNet(info.model, network_shape(info.space, context_dim));
    net->to(device);
    net->eval();
    app_context.clear();
    for (const auto& app : info.apps) app_context.push_back(info.contextual ? context_tensor(app.context) : torch::Tensor());
}

torch::Tensor Surrogate::Impl::context_tensor(std::span<const float> raw) const {
    if (raw.size() != info.context_mean.size())
        throw std::invalid_argument("context vector has " + std::to_string(raw.size()) + " entries, the model expects " +
                                    std::to_string(info.context_mean.size()));
    auto t = torch::empty({1, static_cast<std::int64_t>(raw.size())});
    for (std::size_t i = 0; i < raw.size(); ++i)
        t[0][static_cast<std::int64_t>(i)] = (raw[i] - info.context_mean[i]) / info.context_scale[i];
    return t.to(device);
}

Predictions Surrogate::Impl::outputs(std::span<const ValueIndex> designs, std::size_t n, const torch::Tensor& context) const {
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

const SurrogateInfo& Surrogate::info() const {
    if (!impl_) throw std::logic_error("empty surrogate");
    return impl_->info;
}

std::optional<std::size_t> Surrogate::find_app(const std::string& name) const {
    const auto& apps = info().apps;
    for (std::size_t a = 0; a < apps.size(); ++a)
        if (apps[a].name == name) return a;
    return std::nullopt;
}

Predictions Surrogate::predict(const std::vector<Design>& designs, const std::string& app) const {
    std::size_t a = 0;
    if (!app.empty()) {
        const auto found = find_app(app);
        if (!found) throw std::invalid_argument("the surrogate was not trained on application '" + app + "'");
        a = *found;
    }
    const std::size_t dim = space().dimension();
    std::vector<ValueIndex> flat;
    flat.reserve(designs.size() * dim);
    for (const auto& d : designs) {
        if (d.size() != dim)
            throw std::invalid_argument("design has " + std::to_string(d.size()) + " parameters, the model's space has " + std::to_string(dim));
        flat.insert(flat.end(), d.index.begin(), d.index.end());
    }
    return predict(flat, a);
}

Predictions Surrogate::predict(std::span<const ValueIndex> designs, std::size_t app_index) const {
    const auto& apps = info().apps;
    if (app_index >= apps.size()) throw std::invalid_argument("application index out of range");
    const std::size_t n = designs.size() / space().dimension();
    Predictions p = impl_->outputs(designs, n, impl_->app_context[app_index]);
    p.latency_ms.resize(n);
    const auto& norm = apps[app_index].normalisation;
    for (std::size_t i = 0; i < n; ++i) p.latency_ms[i] = norm.latency_ms(p.score[i]);
    return p;
}

Predictions Surrogate::predict_with_context(std::span<const ValueIndex> designs, std::span<const float> context) const {
    if (!info().contextual) throw std::invalid_argument("this surrogate is not contextual (trained on one application)");
    const std::size_t n = designs.size() / space().dimension();
    Predictions p = impl_->outputs(designs, n, impl_->context_tensor(context));
    LatencyNormalisation norm{0, 0};
    for (const auto& a : info().apps) {
        norm.mean_log += a.normalisation.mean_log / static_cast<double>(info().apps.size());
        norm.std_log += a.normalisation.std_log / static_cast<double>(info().apps.size());
    }
    p.latency_ms.resize(n);
    for (std::size_t i = 0; i < n; ++i) p.latency_ms[i] = norm.latency_ms(p.score[i]);
    return p;
}

void Surrogate::save(const std::filesystem::path& dir) const {
    const auto& inf = info();
    std::filesystem::create_directories(dir);
    const auto weights = dir / kWeightsFile;
    const auto temp = dir / (std::string(kWeightsFile) + ".tmp");
    try {
        auto cpu = SurrogateNet(inf.model, impl_->net->shape());  // always saved from the CPU so any build loads it
        copy_weights(cpu, impl_->net);
        torch::save(cpu, temp.string());
    } catch (const c10::Error& e) {
        std::filesystem::remove(temp);
        throw std::runtime_error("cannot write " + weights.string() + ": " + e.what_without_backtrace());
    }
    std::filesystem::rename(temp, weights);
    write_text_atomically(dir / kInfoFile, to_json(inf).dump(2) + "\n");
}

bool Surrogate::is_model_folder(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / kInfoFile, ec);
}

Surrogate Surrogate::load(const std::filesystem::path& dir) {
    const auto info_path = dir / kInfoFile, weights = dir / kWeightsFile;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(read_text_file(info_path));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(info_path.string(), "byte", 0, std::string("not valid JSON: ") + e.what());
    }
    auto impl = std::make_shared<Impl>();
    impl->info = surrogate_info_from_json(j, info_path.string());
    impl->device = default_device();
    if (!std::filesystem::exists(weights)) throw InputError(weights.string(), "byte", 0, "missing weights file");
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
    return Surrogate(std::move(impl));
}

Surrogate Surrogate::load(const std::filesystem::path& dir, const SearchSpace& expected) {
    Surrogate s = load(dir);
    if (const std::string diff = describe_space_difference(s.space(), expected); !diff.empty())
        throw std::invalid_argument(dir.string() + ": " + diff);
    return s;
}

}  // namespace prime
