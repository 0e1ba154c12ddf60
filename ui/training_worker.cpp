#include "training_worker.h"

namespace prime::ui {

void registerTrainingMetaTypes() {
    qRegisterMetaType<prime::TrainingProgress>();
    qRegisterMetaType<prime::TrainingReport>();
    qRegisterMetaType<prime::Surrogate>();
}

void TrainingWorker::train(const TrainingRequest& request) {
    cancel_.store(false);
    try {
        ConservativeTrainer trainer(*request.log, request.model, request.train);
        const TrainingReport report =
            trainer.fit(request.fit, [this](const TrainingProgress& p) { Q_EMIT progress(p); }, &cancel_, &pause_);
        Q_EMIT finished(trainer.surrogate(), report);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

}  // namespace prime::ui
