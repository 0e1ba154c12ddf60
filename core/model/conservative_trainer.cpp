// ConservativeTrainer forwards to the model library's trainer (model_backend.h),
// which opens on the first trainer made.
#include "model/conservative_trainer.h"

#include "model/model_backend.h"

namespace prime {

ConservativeTrainer::ConservativeTrainer(const DesignLog& log, const ModelOptions& model, const TrainOptions& train)
    : impl_(model_backend().make_trainer(log, model, train)) {}

ConservativeTrainer::~ConservativeTrainer() = default;

void ConservativeTrainer::continue_from(const Surrogate& surrogate) { impl_->continue_from(surrogate); }
StepStats ConservativeTrainer::step() { return impl_->step(); }
EvalMetrics ConservativeTrainer::evaluate() { return impl_->evaluate(); }
TrainingReport ConservativeTrainer::fit(const FitOptions& options, const ProgressFn& progress, JobControl* job) {
    return impl_->fit(options, progress, job);
}
Surrogate ConservativeTrainer::surrogate() const { return impl_->surrogate(); }
const EvalMetrics& ConservativeTrainer::selected_metrics() const { return impl_->selected_metrics(); }
std::uint64_t ConservativeTrainer::steps_done() const { return impl_->steps_done(); }
const TrainingData& ConservativeTrainer::data() const { return impl_->data(); }
std::vector<ValueIndex> ConservativeTrainer::negatives(std::size_t app) const { return impl_->negatives(app); }

}  // namespace prime
