#pragma once
// Trains a conservative surrogate on a worker thread. Lives in a QThread owned
// by the training panel; progress (at most ~20 reports a second, throttled by
// the trainer) and the result travel back through queued signals as values.
#include <QObject>
#include <atomic>
#include <memory>

#include "data/design_log.h"
#include "model/conservative_trainer.h"
#include "model/surrogate.h"

namespace prime::ui {

struct TrainingRequest {
    std::shared_ptr<const DesignLog> log;
    ModelOptions model;
    TrainOptions train;
    FitOptions fit;
};

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Thread-safe; the trainer reads them between steps.
    void requestCancel() { cancel_.store(true); }
    void setPaused(bool paused) { pause_.store(paused); }

public Q_SLOTS:
    void train(const prime::ui::TrainingRequest& request);

Q_SIGNALS:
    void progress(const prime::TrainingProgress& progress);
    // Also after a cancel: the surrogate then holds the weights of the last full step.
    void finished(const prime::Surrogate& surrogate, const prime::TrainingReport& report);
    void failed(const QString& message);

private:
    std::atomic<bool> cancel_{false}, pause_{false};
};

// Registers the signals' value types for queued (cross-thread) delivery; Qt 6
// needs no Q_DECLARE_METATYPE for default-constructible, copyable types.
void registerTrainingMetaTypes();

}  // namespace prime::ui
