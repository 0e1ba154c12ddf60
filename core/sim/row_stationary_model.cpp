// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/row_stationary_model.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace prime {

namespace {

double ceil_div(double a, double b) { return std::ceil(a / b); }

// Technology constants of this family (mm^2, W): chosen so that the space
// spans about 0.8-15 mm^2 and 0.3-5 W, with a 6 mm^2 budget cutting it
// roughly in half. Not calibrated to a process; they only need to be fixed.
constexpr double kMacArea = 0.004, kRfWordArea = 0.00002, kGlbKbArea = 0.0045, kNocWordArea = 0.02,
                 kDramGbpsArea = 0.03, kBaseArea = 0.3;
constexpr double kMacWattPerMhz = 1.5e-6, kGlbKbWatt = 0.0008, kDramGbpsWatt = 0.02, kNocWordWatt = 0.01;
constexpr double kPowerCapW = 1.5;

}  // namespace

SearchSpace row_stationary_space() {
    return SearchSpace("row-stationary", {
        {"pe_rows", "PE rows", "", {}, {4, 6, 8, 12, 16, 24, 32}},
        {"pe_cols", "PE columns", "", {}, {4, 6, 8, 12, 14, 16, 24}},
        {"rf_words", "Register file per PE", "words", {}, {16, 32, 64, 128, 256}},
        {"glb_kb", "Global buffer", "KiB", {}, {32, 64, 108, 128, 256, 512, 1024}},
        {"noc_words", "NoC bandwidth", "words/cycle", {}, {4, 8, 16, 32}},
        {"dram_gbps", "DRAM bandwidth", "GB/s", {}, {8, 16, 25.6, 32, 51.2}},
        {"clock_mhz", "Clock", "MHz", {}, {200, 400, 600, 800}},
    });
}

std::vector<RowStationaryWorkload> row_stationary_workloads() {
    return {
        {"alexnet_like", {{3, 96, 11, 11, 55, 55}, {96, 256, 5, 5, 27, 27}, {256, 384, 3, 3, 13, 13},
                          {384, 384, 3, 3, 13, 13}, {384, 256, 3, 3, 13, 13}}},
        {"vgg_like", {{3, 64, 3, 3, 224, 224}, {64, 128, 3, 3, 112, 112}, {128, 256, 3, 3, 56, 56},
                      {256, 512, 3, 3, 28, 28}, {512, 512, 3, 3, 14, 14}}},
        {"resnet_like", {{64, 64, 3, 3, 56, 56}, {64, 256, 1, 1, 56, 56}, {128, 128, 3, 3, 28, 28},
                         {256, 256, 3, 3, 14, 14}, {512, 512, 3, 3, 7, 7}}},
        {"mobilenet_like", {{32, 64, 1, 1, 112, 112}, {64, 128, 1, 1, 56, 56}, {128, 256, 1, 1, 28, 28},
                            {256, 512, 1, 1, 14, 14}, {512, 1024, 1, 1, 7, 7}}},
    };
}

RowStationaryResult evaluate_row_stationary(const SearchSpace& space, const Design& design,
                                            const RowStationaryWorkload& workload) {
    const std::vector<double> v = space.decode(design);
    const double rows = v[0], cols = v[1], rf = v[2], glb_bytes = v[3] * 1024, noc = v[4], dram_gbps = v[5],
                 clock = v[6];
    RowStationaryResult out;
    const double pes = rows * cols;
    const double clock_factor = 1 + 0.5 * clock / 800;  // faster clocks need larger cells
    out.area_mm2 = pes * (kMacArea + rf * kRfWordArea) * clock_factor + v[3] * kGlbKbArea + noc * kNocWordArea +
                   dram_gbps * kDramGbpsArea + kBaseArea;
    out.power_w = pes * clock * kMacWattPerMhz * (1 + 0.5 * rf / 256) + v[3] * kGlbKbWatt + dram_gbps * kDramGbpsWatt +
                  noc * kNocWordWatt;
    if (out.power_w > kPowerCapW) {
        out.reason = "POWER";
        return out;
    }
    const double half_glb = glb_bytes / 2;  // double buffering
    const double dram_bytes_per_cycle = dram_gbps * 1000 / clock;
    double cycles = 0;
    for (const auto& l : workload.layers) {
        const double macs = double(l.c) * l.k * l.r * l.s * l.p * l.q;
        // Row-stationary PE sets: R filter rows high, output rows wide.
        const double row_util = l.r <= rows ? l.r * std::floor(rows / l.r) / rows : l.r / (rows * ceil_div(l.r, rows));
        const double col_util = l.p / (cols * ceil_div(l.p, cols));
        const double k_parallel = l.r <= rows ? std::floor(rows / l.r) : 1;  // sets side by side work on other filters
        const double compute = macs / (pes * row_util * col_util);
        // Register file: S weights and S inputs per channel, plus a partial sum.
        const double c_pass = std::min<double>(l.c, std::floor((rf - 1) / (2.0 * l.s)));
        if (c_pass < 1) {
            out.reason = "RF_TOO_SMALL";
            return out;
        }
        const double passes = ceil_div(l.c, c_pass);
        // Global buffer: a strip of inputs (as many output rows as columns) and as many filters as fit.
        const double strip = c_pass * (std::min<double>(l.p, cols) + l.r - 1) * (l.q + l.s - 1);
        const double k_glb = std::min<double>(l.k, std::floor((half_glb - strip) / (c_pass * l.r * l.s)));
        if (k_glb < std::min<double>(l.k, k_parallel)) {
            out.reason = "GLB_TOO_SMALL";
            return out;
        }
        const double inputs = double(l.c) * (l.p + l.r - 1) * (l.q + l.s - 1);
        const double weights = double(l.c) * l.k * l.r * l.s, outputs = double(l.k) * l.p * l.q;
        const double noc_words = weights + inputs * ceil_div(l.k, k_parallel) + outputs * 2 * (passes - 1);
        const double input_fetches = inputs + weights <= half_glb ? 1 : ceil_div(l.k, k_glb);
        const double dram = weights + inputs * input_fetches + outputs;
        cycles += std::max({compute, noc_words / noc, dram / dram_bytes_per_cycle}) + rows + cols;
    }
    out.feasible = true;
    out.latency_ms = cycles / (clock * 1e3);
    return out;
}

}  // namespace prime
