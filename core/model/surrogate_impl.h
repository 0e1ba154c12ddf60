#pragma once
// PRIVATE (LibTorch): what a Surrogate holds, shared by surrogate.cpp and the
// trainer (which builds snapshots of its network).
#include <torch/torch.h>

#include "model/networks.h"
#include "model/surrogate.h"

namespace prime {

struct Surrogate::Impl {
    SurrogateInfo info;
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
};

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
torch::Device default_device();

}  // namespace prime
