// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PRIME's closing of the loop as one stage, the same for the GUI's "Add to
// Log & Continue" and `prime-cli search --close-loop`: the verified proposals
// join the log (one row per design and application, infeasible ones with
// their reason), the extended log is written (atomically, before any
// training, so it is kept whatever happens next), and the surrogate keeps
// training on it from its current weights.
#include <filesystem>
#include <memory>
#include <vector>

#include "data/design_log.h"
#include "model/conservative_trainer.h"
#include "session/search_session.h"
#include "session/settings.h"
#include "study/oracle.h"
#include "util/job_control.h"

namespace prime {

struct ClosedLoop {
    std::shared_ptr<const DesignLog> log;  // the extended log
    Surrogate surrogate;                   // empty when training was cancelled
    TrainingReport report;
};

/// The training settings that continue `model`: its network, its training
/// options and applications, `steps` more steps.
TrainSettings continued_training(const Surrogate& model, std::uint64_t steps);

/// `verified`: the proposals to add (unverified ones are skipped; none
/// verified is std::invalid_argument). `save_to` may be empty (nothing
/// written). Training uses the search's budget; with an exact (analytic)
/// area model the search enforces the budget itself, so the model learns
/// latency from every feasible design (B9 measured this to be better on the
/// built-in space), else PRIME's in-budget rule. A cancelled `job` returns
/// with an empty surrogate and report.cancelled; the written log is kept.
ClosedLoop close_the_loop(const SearchSession& search, const StudyResult& verified, const Surrogate& model,
                          const TrainSettings& train, const std::filesystem::path& save_to,
                          const ConservativeTrainer::ProgressFn& progress = {}, JobControl* job = nullptr);

/// PRIME in rounds (batch-sequential): the K proposals of `settings` are
/// found and verified `rounds` batches at a time (K / rounds each, the last
/// taking the remainder); between rounds the verified designs join the log
/// and the model is fitted again on it (close_the_loop, `retrain`), so later
/// batches know how the earlier ones ran, infeasible ones included. With one
/// round this is a plain search and verification. `oracle` verifies (its
/// calls are the study's simulator budget). The result holds every round's
/// proposals, all verified, oracle_calls summed; `last` the session of the
/// final round (its area model, its log). Cancelled on a cancelled `job`;
/// std::invalid_argument for rounds = 0 or more rounds than proposals.
struct RoundsOutcome {
    StudyResult result;
    std::unique_ptr<SearchSession> last;
    std::vector<double> round_best_ms;  // best verified in-budget latency per round (NaN: none)
};
RoundsOutcome search_in_rounds(std::shared_ptr<const DesignLog> log, const Surrogate& model, const AreaBudget& budget,
                               const SearchSettings& settings, unsigned rounds, const TrainSettings& retrain,
                               Oracle& oracle, JobControl* job = nullptr);

}  // namespace prime
