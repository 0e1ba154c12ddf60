#pragma once
// The surrogate panel: choose what to train on (applications, area budget),
// the model and PRIME's weights, then train on a worker thread while a curve
// of held-out rank correlation and the loss terms update live. Pause, resume
// and cancel act between steps; the trained surrogate (best checkpoint) can be
// saved as a model folder prime-cli also reads.
#include <QThread>
#include <QWidget>
#include <memory>

#include "data/design_log.h"
#include "model/surrogate.h"
#include "session/area_budget.h"
#include "session/settings.h"
#include "util/job_control.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace prime {
struct TrainingProgress;
struct TrainingReport;
}  // namespace prime

namespace prime::ui {

class BudgetController;
class TrainingWorker;

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    // A new log: the previous model belonged to the old one and is dropped
    // (the main window stops a running training first).
    void setLog(std::shared_ptr<const DesignLog> log);
    const Surrogate& surrogate() const { return surrogate_; }
    // The log the current surrogate was trained on (null when there is none).
    std::shared_ptr<const DesignLog> surrogateLog() const { return surrogateLog_; }
    bool isTraining() const { return training_; }
    // What Train runs (the area budget aside: that is the app-wide one).
    TrainSettings settings() const;
    // The settings the current surrogate was trained with.
    const TrainSettings& surrogateSettings() const { return surrogateSettings_; }
    int curvePointCount() const;
    // Cancels the running training (no-op when idle).
    void cancelTraining() { cancel(); }
    // The model Train proposes ("mlp" or "transformer"; Preferences::defaultModel).
    void setDefaultModel(const QString& kind);
    // The worker object (lives on the trainer thread); tests queue work behind a training with it.
    QObject* worker() const;
    // Training takes the app-wide area budget: the panel's budget box shows
    // and edits that one value (the explorer's budget line moves with it).
    void bindBudget(BudgetController* budget);

Q_SIGNALS:
    void trainingFinished(bool cancelled);
    void trainingFailed(const QString& message);
    void progressed(bool paused);

private Q_SLOTS:
    void start();
    void togglePause();
    void cancel();
    void saveModel();
    void onProgress(const prime::TrainingProgress& p);
    void onFinished(const prime::Surrogate& surrogate, const prime::TrainingReport& report);
    void onFailed(const QString& message);

private:
    void setTraining(bool training);

    std::shared_ptr<const DesignLog> log_;
    Surrogate surrogate_;
    std::shared_ptr<const DesignLog> surrogateLog_, trainingLog_;
    std::shared_ptr<JobControl> job_;  // the training in flight
    TrainSettings trainingSettings_, surrogateSettings_;
    bool training_ = false, paused_ = false;

    QComboBox* apps_ = nullptr;
    QComboBox* model_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QDoubleSpinBox* budget_ = nullptr;
    QDoubleSpinBox* alpha_ = nullptr;
    QDoubleSpinBox* beta_ = nullptr;
    QCheckBox* naive_ = nullptr;
    QPushButton* train_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QPushButton* save_ = nullptr;
    QLabel* stepText_ = nullptr;
    QLabel* evalText_ = nullptr;
    QCustomPlot* curve_ = nullptr;

    QThread thread_;
    TrainingWorker* worker_ = nullptr;
};

}  // namespace prime::ui
