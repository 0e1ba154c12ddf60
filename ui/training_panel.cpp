#include "training_panel.h"
#include "model_choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "qcustomplot.h"
#include "budget_controller.h"
#include "training_worker.h"

namespace prime::ui {

namespace {

QDoubleSpinBox* weightBox(double value, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 1000);
    box->setDecimals(3);
    box->setSingleStep(0.01);
    box->setValue(value);
    return box;
}

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
    registerTrainingMetaTypes();
    const TrainOptions defaults;

    apps_ = new QComboBox(this);
    apps_->setObjectName("trainApps");
    model_ = new QComboBox(this);
    model_->setObjectName("trainModel");
    addModelChoices(model_);
    steps_ = new QSpinBox(this);
    steps_->setObjectName("trainSteps");
    steps_->setRange(10, 10'000'000);
    steps_->setSingleStep(1000);
    steps_->setValue(static_cast<int>(FitOptions{}.steps));
    budget_ = new QDoubleSpinBox(this);
    budget_->setObjectName("trainAreaBudget");
    budget_->setRange(0, 1e6);
    budget_->setDecimals(1);
    budget_->setSuffix(tr(" mm²"));
    budget_->setSpecialValueText(tr("no budget"));  // 0: every feasible design is a training target
    alpha_ = weightBox(defaults.alpha, this);
    alpha_->setToolTip(tr("Weight of the push-down on infeasible and over-budget designs"));
    beta_ = weightBox(defaults.beta, this);
    beta_->setToolTip(tr("Weight of the push-down on designs an optimizer finds under the current model"));
    naive_ = new QCheckBox(tr("Naive baseline (plain regression, α = β = 0)"), this);
    connect(naive_, &QCheckBox::toggled, this, [this](bool on) {
        alpha_->setEnabled(!on);
        beta_->setEnabled(!on);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Applications"), apps_);
    form->addRow(tr("Model"), model_);
    form->addRow(tr("Steps"), steps_);
    form->addRow(tr("Area budget"), budget_);
    form->addRow(tr("α (infeasible)"), alpha_);
    form->addRow(tr("β (negatives)"), beta_);
    form->addRow(naive_);

    train_ = new QPushButton(tr("Train"), this);
    train_->setObjectName("trainButton");
    pause_ = new QPushButton(tr("Pause"), this);
    pause_->setObjectName("pauseButton");
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName("cancelTrainingButton");
    save_ = new QPushButton(tr("Save Model…"), this);
    save_->setObjectName("saveModelButton");
    auto* buttons = new QHBoxLayout;
    for (auto* b : {train_, pause_, cancel_, save_}) buttons->addWidget(b);
    connect(train_, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(pause_, &QPushButton::clicked, this, &TrainingPanel::togglePause);
    connect(cancel_, &QPushButton::clicked, this, &TrainingPanel::cancel);
    connect(save_, &QPushButton::clicked, this, &TrainingPanel::saveModel);

    stepText_ = new QLabel(tr("Load a log, then train a surrogate on it."), this);
    stepText_->setObjectName("trainStepText");
    stepText_->setWordWrap(true);
    evalText_ = new QLabel(this);
    evalText_->setObjectName("trainEvalText");
    evalText_->setWordWrap(true);

    curve_ = new QCustomPlot(this);
    curve_->setMinimumHeight(180);
    curve_->addGraph();
    curve_->graph(0)->setName(tr("held-out Spearman"));
    curve_->graph(0)->setPen(QPen(QColor(31, 119, 180), 2));
    curve_->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    curve_->xAxis->setLabel(tr("training step"));
    curve_->yAxis->setLabel(tr("held-out Spearman ρ"));
    curve_->yAxis->setRange(0, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(stepText_);
    layout->addWidget(evalText_);
    layout->addWidget(curve_, 1);

    worker_ = new TrainingWorker;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &TrainingWorker::progress, this, &TrainingPanel::onProgress);
    connect(worker_, &TrainingWorker::finished, this, &TrainingPanel::onFinished);
    connect(worker_, &TrainingWorker::failed, this, &TrainingPanel::onFailed);
    thread_.setObjectName("surrogate-trainer");
    thread_.start();
    setTraining(false);
}

TrainingPanel::~TrainingPanel() {
    if (job_) job_->cancel();
    thread_.quit();
    thread_.wait();
}

void TrainingPanel::setLog(std::shared_ptr<const DesignLog> log) {
    if (training_) cancel();
    log_ = std::move(log);
    surrogate_ = Surrogate();  // a model is never saved under a log it was not trained on
    surrogateLog_.reset();
    curve_->graph(0)->data()->clear();
    curve_->replot();
    evalText_->clear();
    apps_->clear();
    if (!log_) return;
    const auto& names = log_->app_names();
    if (names.size() > 1) apps_->addItem(tr("All %1 applications (contextual model)").arg(names.size()), QString());
    for (const auto& name : names) apps_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    stepText_->setText(tr("Ready: press Train to fit a conservative surrogate to this log (held-out rank "
                          "correlation is plotted as it learns)."));
    setTraining(training_);  // a cancelled training still running keeps Train disabled until it has ended
}

QObject* TrainingPanel::worker() const { return worker_; }

void TrainingPanel::bindBudget(BudgetController* budget) {
    budget->bind(budget_);
    budget_->setToolTip(tr("The app-wide area budget (the explorer's budget line): feasible designs above it are "
                           "pushed down like infeasible ones"));
}

int TrainingPanel::curvePointCount() const { return curve_->graph(0)->dataCount(); }

void TrainingPanel::setTraining(bool training) {
    training_ = training;
    for (QWidget* w : std::initializer_list<QWidget*>{apps_, model_, steps_, budget_, naive_}) w->setEnabled(!training);
    alpha_->setEnabled(!training && !naive_->isChecked());
    beta_->setEnabled(!training && !naive_->isChecked());
    train_->setEnabled(!training && log_ != nullptr);
    pause_->setEnabled(training);
    cancel_->setEnabled(training);
    save_->setEnabled(!training && !surrogate_.empty() && surrogateLog_ == log_);
    if (!training) {
        paused_ = false;
        pause_->setText(tr("Pause"));
    }
}

void TrainingPanel::setDefaultModel(const QString& kind) {
    const int i = model_->findData(kind);
    if (i >= 0 && !training_) model_->setCurrentIndex(i);
}

TrainSettings TrainingPanel::settings() const {
    TrainSettings t;
    applyModelChoice(model_->currentData().toString(), t);
    const QString app = apps_->currentData().toString();
    if (!app.isEmpty()) t.train.apps = {app.toStdString()};
    t.train.alpha = alpha_->value();
    t.train.beta = beta_->value();
    if (naive_->isChecked()) t.train.make_naive();
    t.train.threads = 1;  // fastest for training steps here (docs/model.md) and leaves a core to the GUI
    t.fit.steps = static_cast<std::uint64_t>(steps_->value());
    t.fit.eval_every = std::max<std::uint64_t>(10, t.fit.steps / 40);  // ~40 points on the curve
    return t;
}

void TrainingPanel::start() {
    if (!log_ || training_) return;
    TrainingRequest r;
    r.log = log_;
    r.settings = settings();
    const TrainSettings& t = r.settings;
    if (budget_->value() > 0) r.budget.limit_mm2 = budget_->value();
    job_ = std::make_shared<JobControl>();
    r.job = job_;
    trainingLog_ = log_;
    trainingSettings_ = t;
    curve_->graph(0)->data()->clear();
    curve_->xAxis->setRange(0, static_cast<double>(t.fit.steps));
    curve_->replot();
    evalText_->clear();
    stepText_->setText(tr("Preparing the training data…"));
    setTraining(true);
    QMetaObject::invokeMethod(worker_, [w = worker_, r] { w->train(r); }, Qt::QueuedConnection);
}

void TrainingPanel::togglePause() {
    paused_ = !paused_;
    if (job_) job_->set_paused(paused_);
    pause_->setText(paused_ ? tr("Resume") : tr("Pause"));
}

void TrainingPanel::cancel() {
    if (!job_) return;
    job_->cancel();
    job_->set_paused(false);
    stepText_->setText(tr("Cancelling after the current step…"));
}

void TrainingPanel::onProgress(const TrainingProgress& p) {
    const StepStats& s = p.last;
    auto term = [](double v) { return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', 3); };
    const QString where = p.paused ? tr("Paused at step %1 of %2.").arg(p.step).arg(p.total_steps)
                                   : tr("Step %1 of %2, %3 s.").arg(p.step).arg(p.total_steps).arg(p.seconds, 0, 'f', 1);
    // The push-down terms are mean predictions on infeasible designs and on
    // optimizer negatives, clipped at their floors; they are meant to go
    // negative, so the total loss can be below zero. Say so instead of
    // showing a bare negative number.
    stepText_->setText(where + QStringLiteral(" ") +
                       tr("Loss %1 = fit error (MSE) %2 + α %5 × mean prediction on infeasible designs %3 + β %6 × "
                          "mean prediction on optimizer negatives %4. The last two are pushed down to their floors "
                          "(clipped there), so the loss may be negative.")
                           .arg(term(s.loss), term(s.mse), term(s.infeasible_term), term(s.negative_term), term(s.alpha),
                                term(s.beta)));
    if (p.has_eval) {
        const EvalMetrics& e = p.eval;
        curve_->graph(0)->addData(static_cast<double>(e.step), e.spearman);
        curve_->yAxis->setRange(std::min(0.0, e.spearman - 0.05), 1.0);
        curve_->replot(QCustomPlot::rpQueuedReplot);
        evalText_->setText(tr("Held-out Spearman %1 · mean prediction feasible %2, infeasible %3 (normalised units; "
                              "conservative = infeasible well below feasible)")
                               .arg(term(e.spearman), term(e.mean_pred_feasible), term(e.mean_pred_infeasible)));
    }
    Q_EMIT progressed(p.paused);
}

void TrainingPanel::onFinished(const Surrogate& surrogate, const TrainingReport& report) {
    job_.reset();
    if (trainingLog_ != log_ || surrogate.empty()) {  // stopped because another log was opened, or before it began
        trainingLog_.reset();
        stepText_->setText(tr("Training stopped before it finished; no model was kept."));
        setTraining(false);
        Q_EMIT trainingFinished(true);
        return;
    }
    surrogate_ = surrogate;
    surrogateLog_ = trainingLog_;
    surrogateSettings_ = trainingSettings_;
    trainingLog_.reset();
    const EvalMetrics& e = report.selected_metrics;
    if (surrogate.info().model.kind == ModelKind::Gp) {  // one fit, no steps or checkpoints
        stepText_->setText(tr("Fitted a Gaussian process in %1 s (the log is small): held-out Spearman %2.")
                               .arg(report.seconds, 0, 'f', 1)
                               .arg(e.spearman, 0, 'f', 3));
        setTraining(false);
        Q_EMIT trainingFinished(report.cancelled);
        return;
    }
    stepText_->setText((report.cancelled ? tr("Cancelled after %1 steps (%2 s).") : tr("Trained %1 steps in %2 s."))
                           .arg(report.steps)
                           .arg(report.seconds, 0, 'f', 1) +
                       QStringLiteral(" ") +
                       tr("Kept the checkpoint of step %1: held-out Spearman %2.").arg(e.step).arg(e.spearman, 0, 'f', 3));
    setTraining(false);
    Q_EMIT trainingFinished(report.cancelled);
}

void TrainingPanel::onFailed(const QString& message) {
    job_.reset();
    trainingLog_.reset();
    stepText_->setText(tr("Training failed: %1").arg(message));
    setTraining(false);
    Q_EMIT trainingFailed(message);
    if (!window()->property("suppressDialogs").toBool() && !property("suppressDialogs").toBool())
        QMessageBox::critical(this, tr("Training failed"), message);
}

void TrainingPanel::saveModel() {
    if (surrogate_.empty() || surrogateLog_ != log_) return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save the surrogate into a folder"));
    if (dir.isEmpty()) return;
    try {
        surrogate_.save(dir.toStdString());
        stepText_->setText(tr("Saved to %1 (weights.pt, surrogate.json).").arg(dir));
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Could not save the model"), QString::fromStdString(e.what()));
    }
}

}  // namespace prime::ui
