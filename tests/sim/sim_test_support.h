#pragma once
// Shared helpers for the simulator tests: the nine prepared workloads and a
// deterministic stream of random designs.
#include <vector>

#include "sim/prepared_workload.h"
#include "sim/simulator.h"
#include "sim/workload_library.h"
#include "util/random.h"

namespace prime::test {

inline const std::vector<Workload>& builtin_workloads() {
    static const std::vector<Workload> all = load_builtin_workloads();
    return all;
}

inline const std::vector<PreparedWorkload>& prepared_builtins() {
    static const std::vector<PreparedWorkload> all = [] {
        std::vector<PreparedWorkload> out;
        for (const auto& w : builtin_workloads()) out.emplace_back(w);
        return out;
    }();
    return all;
}

inline std::vector<Design> random_designs(const Simulator& sim, std::size_t n, std::uint64_t seed) {
    std::vector<Design> out;
    for (std::size_t i = 0; i < n; ++i) {
        Rng rng = Rng::for_item(seed, i);
        out.push_back(sim.space().sample(rng));
    }
    return out;
}

// A one-layer workload, for rule tests.
inline Workload single_layer(const Layer& layer) {
    Workload w;
    w.name = "single";
    w.layers.push_back(layer);
    return w;
}

inline Layer conv_layer(int h, int w, int c, int k, int kernel, int stride = 1) {
    Layer l;
    l.name = "conv";
    l.type = LayerType::conv;
    l.h = h, l.w = w, l.c = c, l.k = k, l.r = kernel, l.s = kernel, l.stride = stride;
    return l;
}

}  // namespace prime::test
