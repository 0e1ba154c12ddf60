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

#include "data/design_log.h"
#include "model/conservative_trainer.h"
#include "session/search_session.h"
#include "session/settings.h"
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

}  // namespace prime
