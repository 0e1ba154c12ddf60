#pragma once
// What a surrogate knows about each application it was trained on: its name,
// the context vector that conditions the contextual model, and how latency is
// turned into the regression target.
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace prime {

// Target = standardised negated log latency, per application:
//   score = -(ln(latency_ms) - mean_log) / std_log.
// Why: latency spans two orders of magnitude within one application (heavy
// right tail) and an order of magnitude between applications. The log tames
// the tail, the per-application standardisation puts every application on
// the same scale (so one set of alpha/beta and clip bounds works for all),
// and the minus sign makes higher = better, the convention of PRIME's code.
struct LatencyNormalisation {
    double mean_log = 0.0;
    double std_log = 1.0;

    float score(double latency_ms) const { return static_cast<float>(-(std::log(latency_ms) - mean_log) / std_log); }
    float latency_ms(double score) const { return static_cast<float>(std::exp(mean_log - std_log * score)); }
};

// Target of the optional area head: standardised ln(area),
//   z = (ln(area_mm2) - mean_log) / std_log,
// with one mean and sd pooled over every application's training rows with a
// finite positive area (feasible or not). Pooled because area is a property of
// the design alone; the log tames the spread of area (two orders of magnitude
// in the built-in space) and the standardisation gives the head's MSE the same
// scale as the latency MSE, so a weight of 1 balances them.
struct AreaNormalisation {
    double mean_log = 0.0;
    double std_log = 1.0;

    float target(double area_mm2) const { return static_cast<float>((std::log(area_mm2) - mean_log) / std_log); }
    float area_mm2(double target) const { return static_cast<float>(std::exp(mean_log + std_log * target)); }
};

struct AppInfo {
    std::string name;
    std::vector<float> context;  // raw descriptor (empty for a non-contextual model)
    LatencyNormalisation normalisation;
    std::size_t feasible_rows = 0;    // feasible, within budget, used for training
    std::size_t infeasible_rows = 0;  // infeasible or over budget, used for training
};

}  // namespace prime
