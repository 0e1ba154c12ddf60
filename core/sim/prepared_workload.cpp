#include "sim/prepared_workload.h"

#include <stdexcept>

namespace prime {

namespace {

LayerKind kind_of(const Layer& l) {
    if (!l.carries_macs()) return LayerKind::elementwise;
    return l.is_matrix_vector() ? LayerKind::vector_mac : LayerKind::spatial_mac;
}

// Element-wise work per repeat: what the lane datapath touches once.
double elements_of(const Layer& l) {
    switch (l.type) {
        case LayerType::pool:
        case LayerType::se: return double(l.input_bytes());
        case LayerType::eltwise: return double(l.output_bytes());
        default: return 0;
    }
}

}  // namespace

PreparedWorkload::PreparedWorkload(const Workload& wl) : name(wl.name) {
    layers.reserve(wl.layers.size());
    layer_names.reserve(wl.layers.size());
    for (const Layer& l : wl.layers) {
        if (const std::string problem = layer_problem(l); !problem.empty())
            throw std::invalid_argument("workload '" + wl.name + "', layer '" + l.name + "': " + problem);
        PreparedLayer p;
        p.kind = kind_of(l);
        p.op = l.op;
        p.type = l.type;
        p.depthwise = l.is_depthwise();
        p.upconv = l.type == LayerType::upconv;
        p.h = l.h;
        p.w = l.w;
        p.c = l.c;
        p.ho = l.out_h();
        p.wo = l.out_w();
        p.k = l.k;
        p.r = l.r;
        p.s = l.s;
        p.stride = l.stride;
        p.group_channels = l.c / l.groups;
        p.group_outputs = l.k / l.groups;
        p.t = l.t;
        p.reduction = l.reduction();
        p.macs = double(l.macs());
        p.weights = double(l.weights());
        p.in_bytes = double(l.input_bytes());
        p.out_bytes = double(l.output_bytes());
        p.elements = elements_of(l);
        p.barrier = l.type == LayerType::se || (l.type == LayerType::pool && p.ho == 1 && p.wo == 1);
        total_macs += p.macs;
        total_weights += p.weights;
        weight_reads += p.weights * p.t;
        activation_bytes += (p.in_bytes + p.out_bytes) * p.t;
        cumulative_weights.push_back(total_weights);
        layers.push_back(p);
        layer_names.push_back(l.name);
    }
    if (layers.empty()) throw std::invalid_argument("workload '" + wl.name + "' has no layers");
    layers.front().first = true;
    layers.back().last = true;
}

}  // namespace prime
