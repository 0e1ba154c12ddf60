#pragma once
// PRIVATE to the model library (LibTorch): the network behind a Surrogate,
// shared by torch_surrogate.cpp and the trainer (which builds snapshots of its
// network).
#include <torch/torch.h>

#include "model/model_backend.h"
#include "model/networks.h"

namespace prime {

struct TorchSurrogate final : Surrogate::Impl {
    mutable SurrogateNet net{nullptr};  // eval mode; forward under NoGrad does not mutate it
    torch::Device device{torch::kCPU};
    std::vector<torch::Tensor> app_context;  // per application: normalised context [1, C], or undefined

    // Builds an untrained network matching info (space, model options, contexts).
    void build_network();
    // (raw - mean) / scale as a [1, C] tensor on `device`.
    torch::Tensor context_tensor(std::span<const float> raw) const;
    // Every output of n designs (flat index matrix), batched to bound memory:
    // score, and area_mm2 / p_feasible when the model has those heads
    // (latency_ms is left to the caller, which knows the normalisation).
    Predictions outputs(std::span<const ValueIndex> designs, std::size_t n, const torch::Tensor& context) const;

    Predictions outputs_for_app(std::span<const ValueIndex> designs, std::size_t n, std::size_t app) const override;
    Predictions outputs_for_context(std::span<const ValueIndex> designs, std::size_t n,
                                    std::span<const float> raw_context) const override;
    void save_weights(const std::filesystem::path& file) const override;

    // The network of a surrogate this library built (every Surrogate is).
    static const TorchSurrogate& of(const Surrogate& s) { return static_cast<const TorchSurrogate&>(*s.impl()); }
};

// Builds the network `info` describes and reads its weights (ModelBackend::load_surrogate).
std::shared_ptr<const Surrogate::Impl> load_torch_surrogate(SurrogateInfo info, const std::filesystem::path& weights);

// Predictions for n designs with every vector the model's outputs need, zeroed
// (latency_ms is left to the caller, which knows the normalisation).
Predictions sized_predictions(std::size_t n, const ModelOptions& model);
// The network's outputs for `index` (call without a graph, in eval mode) into
// rows [first, first + index.size(0)) of `out`: the score, and with the heads
// the area in mm² (mapped back through `area`) and P(feasible).
void write_outputs(SurrogateNet& net, const torch::Tensor& index, const torch::Tensor& context, const AreaNormalisation& area,
                   Predictions& out, std::size_t first);

// The shape of the network for a space and a context width.
NetworkShape network_shape(const SearchSpace& space, std::size_t context_dim);
// LibTorch's process settings (torch_device.cpp), what ModelBackend's
// set_threads, threads, cuda_available, cuda_built and use_cuda call.
// Threads for LibTorch and OpenBLAS (> 0; others are ignored).
void apply_torch_threads(int threads);
int torch_thread_count();
bool torch_cuda_available();
bool torch_cuda_built();
void use_cuda_device(bool cuda);
// The device new models get (CPU unless use_cuda_device(true)).
torch::Device default_device();

}  // namespace prime
