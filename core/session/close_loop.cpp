// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/close_loop.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "data/log_io.h"
#include "session/train_session.h"
#include "study/report.h"
#include "util/errors.h"

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

RoundsOutcome search_in_rounds(std::shared_ptr<const DesignLog> log, const Surrogate& model, const AreaBudget& budget,
                               const SearchSettings& settings, unsigned rounds, const TrainSettings& retrain,
                               Oracle& oracle, JobControl* job) {
    const std::size_t k = settings.study.k;
    if (rounds == 0 || rounds > k)
        throw std::invalid_argument("rounds: expected 1 to " + std::to_string(k) + " (one proposal per round at least), got " +
                                    std::to_string(rounds));
    RoundsOutcome out;
    Surrogate current = model;
    AreaBudget round_budget = budget;
    for (unsigned round = 0; round < rounds; ++round) {
        SearchSettings s = settings;
        s.study.k = k / rounds + (round + 1 == rounds ? k % rounds : 0);
        s.study.seed = settings.study.seed + round;
        auto session = std::make_unique<SearchSession>(log, current, round_budget, s);
        StudyResult r = session->search({}, job);
        if (r.cancelled) throw Cancelled();
        session->study().verify(r, oracle, job);
        out.round_best_ms.push_back(r.proposals.empty() ? std::numeric_limits<double>::quiet_NaN()
                                                        : make_report(session->log(), r.proposals, session->options()).combined.best_ms);
        out.result.proposals.insert(out.result.proposals.end(), r.proposals.begin(), r.proposals.end());
        out.result.history.insert(out.result.history.end(), r.history.begin(), r.history.end());
        out.result.evaluations += r.evaluations;
        out.result.oracle_calls += r.oracle_calls;
        out.result.oracle = r.oracle;
        out.result.optimizer = r.optimizer;
        out.result.front = r.front;
        const bool more = round + 1 < rounds && !r.proposals.empty();
        if (more) {
            // The next round's learned area model keeps at least this round's margin (area_budget.h).
            round_budget.min_area_margin = std::max(round_budget.min_area_margin, session->study().area_model().margin());
            ClosedLoop next = close_the_loop(*session, r, current, retrain, {}, {}, job);
            if (next.surrogate.empty()) throw Cancelled();
            log = next.log;
            current = std::move(next.surrogate);
        }
        out.last = std::move(session);
        if (!more) break;
    }
    return out;
}

}  // namespace prime
