// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// B11 (BENCHMARKS.md): quality on design spaces PRIME Studio did not build.
// Each problem is a simulator the tool only sees through a plain CSV log of
// 2,000 random designs, as a user's own simulator would be: renamed columns,
// no space spec, no analytic area model. The tool trains and searches with
// its default settings, proposes K designs, and that simulator verifies them.
// The optimum is known (by enumeration, or by a long simulator-driven search),
// so quality is regret: best verified in-budget latency / optimum.
//
// Problems:
//   row-stationary/<workload>: an Eyeriss-style spatial array
//     (sim/row_stationary_model.h), 137,200 designs, optimum by enumeration;
//   builtin-as-csv/<workload>: the built-in simulator seen as a generic CSV,
//     near-optimum by a simulator-driven evolution of >= 10^7 calls (quick: 10^6).
// Methods per problem and seed: the log's best; PRIME with default settings;
// a plain Gaussian process on the same log (session/gp_predictor.h: the
// textbook baseline PRIME must beat); online regularised evolution against
// the simulator with as many calls as the log has designs plus K.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/job_control.h"

namespace prime {

struct ForeignBenchmarkOptions {
    std::vector<std::uint64_t> seeds{1, 2, 3};
    std::uint64_t log_designs = 2000;
    std::size_t k = 16;
    double train_seconds = 20;          // cap per model (the default 5,000 steps take longer on 2 cores)
    std::uint64_t optimum_calls = 10'000'000;  // builtin-as-csv near-optimum search
    std::vector<std::string> row_stationary_workloads{"alexnet_like", "vgg_like", "resnet_like", "mobilenet_like"};
    std::vector<std::string> builtin_workloads{"MobileNetV2", "M4"};
    double row_stationary_budget_mm2 = 4;
    double builtin_budget_mm2 = 27;
    int threads = 2;
    // PRIME's settings, to measure what each contributed (docs/quality.md):
    // the model choice ("auto" = the default, "mlp" = the network alone) and
    // the area model ("auto" = the default, "log" = the nearest logged design).
    std::string model = "auto";
    std::string area_model = "auto";
    // PRIME's K proposals in this many rounds, the loop closed between them
    // (session/close_loop.h); two took builtin-as-csv/M4 from 1.33x to 1.17x (docs/quality.md).
    unsigned rounds = 2;
    static ForeignBenchmarkOptions quick();  // one seed, two problems of each family, 10^6-call near-optimum
};

/// Runs the suite; `log(line)` receives progress lines. The result document
/// holds every run and a summary per problem and method (mean over seeds).
/// Throws prime::Cancelled when `job` is cancelled.
nlohmann::json run_foreign_benchmark(const ForeignBenchmarkOptions& options,
                                     const std::function<void(const std::string&)>& log, JobControl* job = nullptr);

/// The Markdown tables of a result document.
std::string foreign_markdown(const nlohmann::json& results);

}  // namespace prime
