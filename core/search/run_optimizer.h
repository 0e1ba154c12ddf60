#pragma once
// The standard ask -> score -> tell loop, shared by the tests, prime-cli and
// the GUI's search worker so they all run a search the same way. Scoring is
// a callback, so the same loop drives a surrogate, a simulator or a
// synthetic function.
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include "search/optimizer.h"
#include "util/job_control.h"

namespace prime {

/// Scores a batch: one score per design, same order; higher is better,
/// NaN or -inf for infeasible (use constrained_score() for budgets).
using BatchScoreFn = std::function<std::vector<double>(const std::vector<Design>&)>;

/// One generation, in plain numbers for logs, tables and live plots.
struct GenerationRecord {
    std::size_t generation = 0;     // the optimizer's generation() after this one (1-based)
    std::uint64_t evaluations = 0;  // designs scored so far, this run and any run before it
    double best_score = kInfeasibleScore;        // best feasible score so far
    double generation_best = kInfeasibleScore;   // best feasible score of this generation
    double generation_mean = std::numeric_limits<double>::quiet_NaN();  // mean feasible score of this generation
    std::size_t feasible = 0;       // feasible designs in this generation
    Design best_design{};           // the best so far; empty while nothing is feasible
};

/// What the progress callback sees after each generation. The references
/// are valid only during the call: copy what you keep.
struct GenerationReport {
    const GenerationRecord& record;
    std::size_t completed;          // generations done in this run
    std::size_t total;              // generations asked of this run
    const std::vector<Design>& designs;
    const std::vector<double>& scores;
};
/// Return false to stop after this generation.
using GenerationCallback = std::function<bool(const GenerationReport&)>;

struct RunHistory {
    std::vector<GenerationRecord> generations;
    bool stopped_early = false;     // cancelled, or the callback returned false
};

/// Runs `generations` more rounds of ask(population) -> scorer -> tell.
/// If the optimizer is waiting for a tell (a state saved mid-generation),
/// its pending designs are scored first and count as the first round.
/// `job` is checked between generations (waiting there while it is paused,
/// after calling `on_pause` once per pause);
/// a cancelled run returns the history
/// so far (stopped_early) and leaves the optimizer between generations, ready
/// to be saved or continued. Exceptions from `scorer` propagate, leaving the
/// optimizer awaiting the tell of that generation.
RunHistory run_optimizer(Optimizer& optimizer, const BatchScoreFn& scorer, std::size_t generations,
                         std::size_t population, const GenerationCallback& progress = {},
                         JobControl* job = nullptr, const std::function<void()>& on_pause = {});

}  // namespace prime
