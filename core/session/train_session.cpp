#include "session/train_session.h"

#include <stdexcept>

#include "session/app_contexts.h"
#include "study/area_estimator.h"
#include "study/report.h"

namespace prime {

TrainSession::TrainSession(std::shared_ptr<const DesignLog> log, AreaBudget budget, TrainSettings settings)
    : log_(std::move(log)), budget_(budget), settings_(std::move(settings)), train_(settings_.train) {
    if (!log_) throw std::invalid_argument("training needs a design log");
    budget_.validate();
    const auto& names = log_->app_names();
    std::vector<std::string> apps = train_.apps;
    if (apps.empty() || (apps.size() == 1 && apps[0] == "all")) apps = names;
    // Any spelling of an application resolves to the log's (case, built-in aliases).
    for (auto& a : apps) {
        try {
            a = names[find_log_app(*log_, a)];
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(std::string("applications: ") + e.what());
        }
    }
    if (!(train_.apps.size() == 1 && train_.apps[0] == "all") && !train_.apps.empty()) train_.apps = apps;

    train_.area_budget = budget_.training_limit_mm2();
    if (budget_.negatives_within_budget && budget_.finite()) {
        AreaEstimator area;
        try {
            area = AreaEstimator::analytic(log_->space());
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(
                "negatives within the area budget need the built-in space's analytic area model: " + std::string(e.what()));
        }
        train_.negative_constraint = [area, limit = budget_.limit_mm2](const Design& d) { return area(d) <= limit; };
    }
    // Workload descriptors for the built-in workloads among the applications;
    // the user's own contexts win. The trainer uses descriptors only when
    // every application has one, else one-hot ids.
    for (auto& [name, context] : builtin_workload_contexts(apps)) train_.contexts.emplace(name, std::move(context));
    if (train_.context_names.empty() && settings_.train.contexts.empty()) train_.context_names = builtin_context_names();
}

TrainOutcome TrainSession::run(const ConservativeTrainer::ProgressFn& progress, JobControl* job,
                               const Surrogate* continue_from) {
    if (job) job->start();
    if (job && job->cancelled()) {
        TrainOutcome out;
        out.report.cancelled = true;
        return out;
    }
    ConservativeTrainer trainer(*log_, settings_.model, train_);
    if (continue_from) trainer.continue_from(*continue_from);
    TrainOutcome out;
    out.report = trainer.fit(settings_.fit, progress, job);
    out.surrogate = trainer.surrogate();
    return out;
}

}  // namespace prime
