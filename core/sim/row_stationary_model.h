// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A second, independent accelerator family for the foreign-space quality
// benchmark (B11, BENCHMARKS.md): an Eyeriss-style row-stationary spatial
// array (Chen et al., ISCA 2016, restated as a roofline with reuse), written
// apart from the built-in EdgeTPU-like simulator, with other parameters
// (register file, global buffer, NoC and DRAM bandwidth, clock). Its space has
// 137,200 designs, so the true optimum is known by enumeration.
//
// Per convolution layer (C in, K out channels, R x S filter, P x Q output):
//   a PE set is R rows (filter rows) x P' columns (output rows), replicated
//   over the array; utilisation = used PEs / all PEs
//   compute = MACs / (rows * cols * utilisation) cycles
//   RF: each PE holds S weights, S inputs per channel and a partial sum:
//       channels per pass c = floor((rf_words - 1) / (2 S)) >= 1, else infeasible
//   GLB: one pass's filters (c x K x R x S) and inputs (c x (P+R-1) x (Q+S-1))
//       must fit half the buffer (double buffering), else infeasible
//   NoC: GLB -> PE words = weights + inputs x (K / K_parallel) + psums x passes,
//       delivered at noc_words per cycle
//   DRAM: weights once; inputs once when a layer's inputs fit the buffer,
//       else once per group of filters that fits; outputs once (1 byte/word)
//   cycles = max(compute, NoC, DRAM) + fill; latency = cycles / clock
// Area (mm^2) and power (W) grow with the PEs (and their RF), the buffer, the
// bandwidths and the clock; a design over 4 W is infeasible ("POWER").
#include <string>
#include <vector>

#include "space/search_space.h"

namespace prime {

struct ConvLayerShape {
    int c, k, r, s, p, q;  // input channels, filters, filter rows/cols, output rows/cols
};

struct RowStationaryWorkload {
    std::string name;
    std::vector<ConvLayerShape> layers;
};

struct RowStationaryResult {
    bool feasible = false;
    std::string reason;  // "RF_TOO_SMALL", "GLB_TOO_SMALL" or "POWER" when infeasible
    double latency_ms = 0;
    double area_mm2 = 0;
    double power_w = 0;
};

/// pe_rows, pe_cols, rf_words, glb_kb, noc_words, dram_gbps, clock_mhz.
SearchSpace row_stationary_space();
/// Four workloads: AlexNet-like, VGG-like, ResNet-like and MobileNet-like convolution stacks.
std::vector<RowStationaryWorkload> row_stationary_workloads();
/// Evaluates one design of row_stationary_space() on one workload.
RowStationaryResult evaluate_row_stationary(const SearchSpace& space, const Design& design,
                                            const RowStationaryWorkload& workload);

}  // namespace prime
