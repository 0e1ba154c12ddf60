#pragma once
// Trains a conservative surrogate on a worker thread through the session
// layer's TrainSession (the same code as prime-cli train). Lives in a QThread
// owned by the training panel; progress (at most ~20 reports a second,
// throttled by the trainer) and the result travel back through queued
// signals as values. Each request carries its own JobControl, created when
// the user pressed Train, so a Cancel pressed while it is queued is honoured.
#include <QObject>
#include <memory>

#include "data/design_log.h"
#include "session/train_session.h"

namespace prime::ui {

struct TrainingRequest {
    std::shared_ptr<const DesignLog> log;
    AreaBudget budget;
    TrainSettings settings;
    std::shared_ptr<JobControl> job;
};

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    void train(const prime::ui::TrainingRequest& request);

Q_SIGNALS:
    void progress(const prime::TrainingProgress& progress);
    // Also after a cancel: the surrogate then holds the weights of the last full
    // step (empty when the job was cancelled before it started).
    void finished(const prime::Surrogate& surrogate, const prime::TrainingReport& report);
    void failed(const QString& message);
};

// Registers the signals' value types for queued (cross-thread) delivery; Qt 6
// needs no Q_DECLARE_METATYPE for default-constructible, copyable types.
void registerTrainingMetaTypes();

}  // namespace prime::ui
