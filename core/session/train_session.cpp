#include "session/train_session.h"

#include <algorithm>
#include <stdexcept>

#include "session/app_contexts.h"
#include "study/area_estimator.h"
#include "study/report.h"

namespace prime {

ModelOptions choose_model_kind(const DesignLog& log, const TrainSettings& settings, const TrainOptions& train) {
    // The naive baseline is the network without its conservative terms.
    if (!settings.auto_model || settings.train.naive()) return settings.model;
    std::vector<std::size_t> feasible(log.app_names().size(), 0);
    const auto ok = log.feasible();
    const auto area = log.area_mm2();
    const auto app = log.app();
    for (RowIndex r = 0; r < log.rows(); ++r)
        if (ok[r] && !(area[r] > train.area_budget)) ++feasible[app[r]];
    std::size_t most = 0;
    for (std::size_t a = 0; a < feasible.size(); ++a) {
        const std::string& name = log.app_names()[a];
        const bool used = train.apps.empty() || std::find(train.apps.begin(), train.apps.end(), name) != train.apps.end() ||
                          (train.apps.size() == 1 && train.apps[0] == "all");
        if (used) most = std::max(most, feasible[a]);
    }
    return most <= kGpMaxDesigns ? ModelOptions::gaussian_process() : settings.model;
}

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
    model_ = choose_model_kind(*log_, settings_, train_);
    // A GP has no heads: a log small enough for one keeps the network asked
    // for when a head was (the head is what the user wanted).
    if (model_.kind == ModelKind::Gp && (settings_.model.area_head || settings_.model.feasibility_head)) model_ = settings_.model;
}

TrainOutcome TrainSession::run(const ConservativeTrainer::ProgressFn& progress, JobControl* job,
                               const Surrogate* continue_from) {
    if (job) job->start();
    if (job && job->cancelled()) {
        TrainOutcome out;
        out.report.cancelled = true;
        return out;
    }
    ConservativeTrainer trainer(*log_, model_, train_);
    if (continue_from) trainer.continue_from(*continue_from);
    TrainOutcome out;
    out.report = trainer.fit(settings_.fit, progress, job);
    out.surrogate = trainer.surrogate();
    return out;
}

}  // namespace prime
