// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/close_loop.h"

#include <stdexcept>

#include "data/log_io.h"
#include "session/train_session.h"

namespace prime {

TrainSettings continued_training(const Surrogate& model, std::uint64_t steps) {
    if (model.empty()) throw std::invalid_argument("closing the loop needs the model that proposed the designs");
    TrainSettings t;
    t.model = model.info().model;
    t.auto_model = false;  // the loop continues the model it has
    t.train = model.info().training;
    t.train.apps.clear();
    for (const auto& a : model.info().apps)
        if (!a.name.empty()) t.train.apps.push_back(a.name);
    t.fit.steps = steps;
    return t;
}

ClosedLoop close_the_loop(const SearchSession& search, const StudyResult& verified, const Surrogate& model,
                          const TrainSettings& train, const std::filesystem::path& save_to,
                          const ConservativeTrainer::ProgressFn& progress, JobControl* job) {
    StudyResult added = verified;
    std::erase_if(added.proposals, [](const Proposal& p) { return !p.verified.has_value(); });
    if (added.proposals.empty()) throw std::invalid_argument("closing the loop: no verified designs to add to the log");
    ClosedLoop out;
    out.log = std::make_shared<const DesignLog>(search.closed_loop_log(added));
    if (!save_to.empty()) write_log(*out.log, save_to);
    AreaBudget budget = search.budget();
    if (search.study().area_model().kind() == "analytic") budget.training_pool = TrainingPool::AllFeasible;
    TrainSession session(out.log, budget, train);
    TrainOutcome trained = session.run(progress, job, &model);
    out.report = trained.report;
    if (!trained.report.cancelled) out.surrogate = std::move(trained.surrogate);
    return out;
}

}  // namespace prime
