#include "training_worker.h"

namespace prime::ui {

void registerTrainingMetaTypes() {
    qRegisterMetaType<prime::TrainingProgress>();
    qRegisterMetaType<prime::TrainingReport>();
    qRegisterMetaType<prime::Surrogate>();
}

void TrainingWorker::train(const TrainingRequest& request) {
    try {
        TrainSession session(request.log, request.budget, request.settings);
        const TrainOutcome out =
            session.run([this](const TrainingProgress& p) { Q_EMIT progress(p); }, request.job.get());
        Q_EMIT finished(out.surrogate, out.report);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

}  // namespace prime::ui
