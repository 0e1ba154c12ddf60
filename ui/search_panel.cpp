// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_panel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <unordered_map>

#include "data/design_log.h"
#include "search_plot.h"
#include "search_setup_form.h"
#include "search_worker.h"
#include "top_k_model.h"
#include "tradeoff_view.h"

namespace prime::ui {

namespace {

QCustomPlot* curvePlot(const QString& y, QWidget* parent, const char* name) {
    auto* p = new QCustomPlot(parent);
    p->setObjectName(QLatin1String(name));
    p->setMinimumHeight(80);
    p->xAxis->ticker()->setTickCount(3);
    p->yAxis->ticker()->setTickCount(4);
    p->addGraph();
    p->graph(0)->setPen(QPen(QColor(31, 119, 180), 1.5));
    p->xAxis->setLabel(SearchPanel::tr("generation"));
    p->yAxis->setLabel(y);
    p->setNotAntialiasedElements(QCP::aePlottables);
    return p;
}

}  // namespace

SearchPanel::SearchPanel(QWidget* parent) : QWidget(parent) {
    registerSearchMetaTypes();
    buildControls();

    worker_ = new SearchWorker;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &SearchWorker::progress, this, &SearchPanel::onProgress);
    connect(worker_, &SearchWorker::finished, this, &SearchPanel::onFinished);
    connect(worker_, &SearchWorker::verified, this, &SearchPanel::onVerified);
    connect(worker_, &SearchWorker::verifyCancelled, this, &SearchPanel::onVerifyCancelled);
    connect(worker_, &SearchWorker::failed, this, &SearchPanel::onFailed);
    connect(worker_, &SearchWorker::loopStage, this, [this](const QString& text) { report(text, false); });
    connect(worker_, &SearchWorker::loopClosed, this,
            [this](std::shared_ptr<const DesignLog> log, const Surrogate& surrogate, double spearman) {
                closingLoop_ = false;
                // The extended log is the study's log from now on (its saved copy, when one was written).
                const QString path = closeLoopPath_;
                logSource_ = {};  // a file of our own: no column mapping
                if (!path.isEmpty()) logSource_.files.push_back(path.toStdString());
                // The search continues from its optimizer state, against the new model and log.
                std::optional<StudyResume> resume;
                if (result_) resume = StudyResume{result_->optimizer_state, result_->proposals};
                log_ = std::move(log);
                surrogate_ = surrogate;
                surrogateLog_ = log_;
                modelPath_.clear();
                modelText_->setText(tr("Model: trained %1 more steps on the extended log (held-out Spearman %2).")
                                        .arg(closeLoopSteps_)
                                        .arg(spearman, 0, 'f', 3));
                Q_EMIT logExtended(log_, path);
                resume_ = resume;
                Q_EMIT loopClosed(true);
                start();
            });
    connect(worker_, &SearchWorker::verifyProgress, this, [this](int done, int total) {
        verifyProgress_->setRange(0, std::max(1, total));
        verifyProgress_->setValue(done);
    });
    thread_.setObjectName("search");
    thread_.start();
    updateButtons();
}

SearchPanel::~SearchPanel() {
    if (job_) job_->cancel(), job_->set_paused(false);
    if (verifyJob_) verifyJob_->cancel();
    thread_.quit();
    thread_.wait();
}

QObject* SearchPanel::worker() const { return worker_; }

bool SearchPanel::dialogsAllowed() const {
    return !property("suppressDialogs").toBool() && !(window() && window()->property("suppressDialogs").toBool());
}

void SearchPanel::report(const QString& message, bool error) {
    statusText_->setText(message);
    Q_EMIT status(message);
    if (error) {
        Q_EMIT failed(message);
        if (dialogsAllowed()) QMessageBox::critical(this, tr("Search"), message);
    }
}

void SearchPanel::buildControls() {
    modelText_ = new QLabel(tr("No model: train one in the Surrogate panel or open a saved one."), this);
    modelText_->setObjectName("searchModelText");
    modelText_->setWordWrap(true);
    openModel_ = new QPushButton(tr("Open Model…"), this);
    openModel_->setObjectName("openModelButton");
    connect(openModel_, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a surrogate model folder"));
        if (!dir.isEmpty()) openModel(dir);
    });
    form_ = new SearchSetupForm(this);
    connect(form_, &SearchSetupForm::oracleSetupRequested, this, &SearchPanel::setUpOracle);
    connect(form_, &SearchSetupForm::oracleChanged, this, [this] { updateButtons(); });

    start_ = new QPushButton(tr("Start"), this);
    start_->setObjectName("startSearchButton");
    start_->setToolTip(tr("Start the search (F5); after Stop or a reopened study, continue it"));
    pause_ = new QPushButton(tr("Pause"), this);
    pause_->setObjectName("pauseSearchButton");
    stop_ = new QPushButton(tr("Stop"), this);
    stop_->setObjectName("stopSearchButton");
    stop_->setShortcut(QKeySequence(Qt::Key_Escape));
    stop_->setToolTip(tr("Stop after the current generation (Esc); what was found is kept and Continue resumes it"));
    connect(start_, &QPushButton::clicked, this, &SearchPanel::start);
    connect(pause_, &QPushButton::clicked, this, &SearchPanel::togglePause);
    connect(stop_, &QPushButton::clicked, this, &SearchPanel::stop);

    verify_ = new QToolButton(this);
    verify_->setObjectName("verifyButton");
    verify_->setText(tr("Verify"));
    verify_->setPopupMode(QToolButton::InstantPopup);
    auto* verifyMenu = new QMenu(verify_);
    verifyMenu->addAction(tr("Selected designs"), this, [this] { verify(Scope::Selected); });
    verifyMenu->addAction(tr("Pinned designs"), this, [this] { verify(Scope::Pinned); });
    verifyMenu->addAction(tr("Top K"), this, [this] { verify(Scope::TopK); });
    verify_->setMenu(verifyMenu);
    export_ = new QToolButton(this);
    buildExportMenu(export_);
    compare_ = new QToolButton(this);
    compare_->setObjectName("compareButton");
    compare_->setText(tr("Compare"));
    compare_->setToolTip(tr("Per-application trade-offs against the best logged in-budget designs"));
    compare_->setPopupMode(QToolButton::InstantPopup);
    auto* compareMenu = new QMenu(compare_);
    compareMenu->addAction(tr("Selected designs"), this, [this] { compare(Scope::Selected); });
    compareMenu->addAction(tr("Pinned designs"), this, [this] { compare(Scope::Pinned); });
    compareMenu->addAction(tr("Top K"), this, [this] { compare(Scope::TopK); });
    compare_->setMenu(compareMenu);
    closeLoop_ = new QPushButton(tr("Add to Log && Continue…"), this);
    closeLoop_->setObjectName("closeLoopButton");
    closeLoop_->setToolTip(tr("The verified designs join the log (saved as a copy), the surrogate retrains on it, "
                              "and the search continues"));
    connect(closeLoop_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the extended log"), QStringLiteral("log-closed.primelog"),
                                                          tr("Design logs (*.primelog *.csv)"));
        if (!path.isEmpty()) addVerifiedAndContinue(path);
    });
    cancelVerify_ = new QPushButton(tr("Cancel"), this);
    cancelVerify_->setObjectName("cancelVerifyButton");
    connect(cancelVerify_, &QPushButton::clicked, this, &SearchPanel::cancelVerification);
    verifyProgress_ = new QProgressBar(this);
    verifyProgress_->setObjectName("verifyProgress");
    verifyProgress_->setMaximumWidth(140);

    auto* buttons = new QHBoxLayout;
    for (QWidget* b : std::initializer_list<QWidget*>{start_, pause_, stop_}) buttons->addWidget(b);
    auto* actions = new QHBoxLayout;
    for (QWidget* b : std::initializer_list<QWidget*>{verify_, compare_, export_}) actions->addWidget(b);
    actions->addStretch(1);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(verifyProgress_);
    verifyRow->addWidget(cancelVerify_);
    verifyRow->addStretch(1);

    statusText_ = new QLabel(tr("Train or open a model, then press Start."), this);
    statusText_->setObjectName("searchStatusText");
    statusText_->setWordWrap(true);

    auto* controls = new QWidget(this);
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->addWidget(modelText_);
    controlsLayout->addWidget(openModel_);
    controlsLayout->addWidget(form_);
    controlsLayout->addLayout(buttons);
    controlsLayout->addLayout(actions);
    controlsLayout->addWidget(closeLoop_);
    controlsLayout->addLayout(verifyRow);
    controlsLayout->addWidget(statusText_);
    controlsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);  // a narrow dock scrolls rather than clips the form
    // Wide enough for the form, but never more than ~300 px: in a small
    // window the plot, curves and table need the width (the form scrolls).
    scroll->setMinimumWidth(std::min(controls->sizeHint().width() + 20, 300));

    plot_ = new SearchPlot(this);
    bestCurve_ = curvePlot(tr("best (ms)"), this, "bestCurve");
    hvCurve_ = curvePlot(tr("hypervolume"), this, "hypervolumeCurve");
    model_ = new TopKModel(this);
    table_ = new QTableView(this);
    // Fitting columns measures text in at most this many rows: the whole top K
    // (25 columns x 128 rows of font metrics) held the GUI thread ~20 ms.
    table_->horizontalHeader()->setResizeContentsPrecision(16);
    table_->setObjectName("topKTable");
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    // Interactive, sized to the contents when a search shows its first top K
    // and when it ends: ResizeToContents measured every cell on each live
    // update and held the GUI thread 25-60 ms per event (B8 bench).
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->setMinimumHeight(80);

    auto* curves = new QSplitter(Qt::Vertical, this);
    curves->addWidget(bestCurve_);
    curves->addWidget(hvCurve_);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(plot_);
    top->addWidget(curves);
    top->setStretchFactor(0, 5);
    top->setStretchFactor(1, 3);
    auto* views = new QSplitter(Qt::Vertical, this);
    views->setObjectName("searchViewsSplitter");
    views->addWidget(top);
    tradeoff_ = new TradeoffView(this);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName("searchTabs");
    tabs_->addTab(table_, tr("Top K"));
    tabs_->addTab(tradeoff_, tr("Trade-offs"));
    views->addWidget(tabs_);
    views->setStretchFactor(0, 3);
    views->setStretchFactor(1, 2);
    views->setSizes({600, 400});  // the live plot gets the larger share from the start
    auto* all = new QSplitter(Qt::Horizontal, this);
    all->setObjectName("searchSplitter");
    all->addWidget(scroll);
    all->addWidget(views);
    all->setStretchFactor(1, 1);
    // The form's natural width where there is room (long option JSON and oracle
    // names stay readable); its minimum (above) lets small windows shrink it.
    all->setSizes({controls->sizeHint().width() + 20, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(all);
}

void SearchPanel::fillApps() {
    // The model's own applications are checked by default.
    std::vector<std::string> trained;
    if (!surrogate_.empty())
        for (const auto& a : surrogate_.info().apps) trained.push_back(a.name);
    form_->setLog(log_.get(), trained);
}

void SearchPanel::setLog(std::shared_ptr<const DesignLog> log, const LogSource& source) {
    stop();
    log_ = std::move(log);
    logSource_ = source;
    if (surrogateLog_ != log_ && !modelPath_.isEmpty() && log_ && !surrogate_.empty() &&
        !(surrogate_.space() == log_->space()))
        surrogate_ = Surrogate(), modelPath_.clear();
    if (modelPath_.isEmpty() && surrogateLog_ != log_) surrogate_ = Surrogate(), surrogateLog_.reset();
    session_.reset();
    result_.reset();
    resume_.reset();
    history_.clear();
    lastGeneration_ = startGeneration_ = 0;
    model_->clear();
    plot_->clearSearch();
    fillApps();
    modelText_->setText(surrogate_.empty() ? tr("No model: train one in the Surrogate panel or open a saved one.")
                                           : modelText_->text());
    updateButtons();
}

void SearchPanel::setSurrogate(const Surrogate& surrogate, std::shared_ptr<const DesignLog> trainedOn,
                               const TrainSettings& trainedWith) {
    if (surrogate.empty()) return;
    surrogate_ = surrogate;
    surrogateLog_ = std::move(trainedOn);
    trainedWith_ = trainedWith;
    continueSteps_ = std::max<std::uint64_t>(1, trainedWith.fit.steps);
    modelPath_.clear();
    QStringList names;
    for (const auto& a : surrogate_.info().apps) names << QString::fromStdString(a.name);
    modelText_->setText(tr("Model: trained in this session (%1).").arg(names.join(QStringLiteral(", "))));
    resume_.reset();  // a saved search belongs to its model
    fillApps();
    updateButtons();
}

bool SearchPanel::openModel(const QString& dir) {
    if (!log_) {
        report(tr("Open a log first: a model is searched against the log it was trained on."), true);
        return false;
    }
    try {
        surrogate_ = Surrogate::load(dir.toStdString(), log_->space());
    } catch (const std::exception& e) {
        report(tr("Could not open the model %1: %2").arg(dir, QString::fromStdString(e.what())), true);
        return false;
    }
    surrogateLog_ = log_;
    modelPath_ = dir;
    trainedWith_ = {};
    continueSteps_ = 1000;
    modelText_->setText(tr("Model: %1").arg(dir));
    resume_.reset();
    fillApps();
    updateButtons();
    return true;
}

AreaBudget SearchPanel::areaBudget() const { return form_->areaBudget(); }
void SearchPanel::setAreaBudget(double limitMm2) { form_->setAreaBudget(limitMm2); }
SearchSettings SearchPanel::settings() const { return form_->settings(); }

void SearchPanel::applySettings(const SearchSettings& s) {
    form_->applySettings(s);
    updateButtons();
}

std::shared_ptr<SearchSession> SearchPanel::makeSession(QString* error) {
    if (!log_) {
        *error = tr("Open a log first.");
        return nullptr;
    }
    if (surrogate_.empty()) {
        *error = tr("No model: train one in the Surrogate panel or open a saved one (Open Model…).");
        return nullptr;
    }
    SearchSettings s = settings();
    if (s.study.optimizer_options.is_discarded()) {
        *error = tr("optimizer options: not a JSON object: %1").arg(form_->optimizerOptionsText());
        return nullptr;
    }
    s.study.progress_interval_seconds = 0.05;  // ~20 events a second (docs/architecture.md)
    SearchInputs inputs;
    inputs.log_files = logSource_.files;
    inputs.model_path = modelPath_.toStdString();
    try {
        return std::make_shared<SearchSession>(log_, surrogate_, areaBudget(), s, inputs);
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return nullptr;
    }
}

void SearchPanel::resetViews(const SearchSession& session) {
    const StudyOptions& o = session.options();
    model_->setContext(log_->space(), session.apps(), o.aggregate, o.weights);
    // The log behind the search, combined the way the objective combines it,
    // so the population is compared with what the log already reaches.
    std::vector<double> area, latency;
    try {
        for (const auto& d : logged_latencies(*log_, session.apps(), o.aggregate, o.weights))
            area.push_back(d.area_mm2), latency.push_back(d.latency_ms);
    } catch (const std::exception&) {
        // An unnamed single application: nothing to compare with.
    }
    // One application: its explorer colour; several combined: the explorer's one-layer ramp.
    int colour = -1;
    if (session.apps().size() == 1)
        if (const auto id = log_->find_app(session.apps().front())) colour = static_cast<int>(*id);
    plot_->setBackground(area, latency, session.budget().limit_mm2, colour);
    for (QCustomPlot* c : {bestCurve_, hvCurve_}) {
        c->graph(0)->data()->clear();
        // Follows the generations run (a long search would squeeze the start otherwise).
        c->xAxis->setRange(0, static_cast<double>(std::clamp<std::size_t>(o.generations, 1, 100)));
        c->replot(QCustomPlot::rpQueuedReplot);
    }
    bestCurve_->yAxis->setScaleType(QCPAxis::stLinear);
}

void SearchPanel::fitTableColumns() {
    table_->resizeColumnsToContents();
    // The status holds the reasons of failures: wide enough to read them, not the whole table.
    table_->setColumnWidth(model_->statusColumn(), std::min(table_->columnWidth(model_->statusColumn()), 360));
}

void SearchPanel::drawHistory() {
    bestCurve_->graph(0)->data()->clear();
    hvCurve_->graph(0)->data()->clear();
    for (const auto& h : history_) {
        const auto g = static_cast<double>(h.generation);
        if (std::isfinite(h.best_predicted_latency_ms) && h.best_predicted_latency_ms > 0)
            bestCurve_->graph(0)->addData(g, h.best_predicted_latency_ms);
        if (std::isfinite(h.hypervolume)) hvCurve_->graph(0)->addData(g, h.hypervolume);
    }
    for (QCustomPlot* c : {bestCurve_, hvCurve_}) {
        if (!history_.empty()) c->rescaleAxes();
        c->replot(QCustomPlot::rpQueuedReplot);
    }
}

void SearchPanel::start() {
    if (searching_ || verifying_) return;
    QString error;
    auto session = makeSession(&error);
    if (!session) {
        report(tr("Cannot start the search: %1").arg(error), true);
        return;
    }
    const bool continuing = resume_.has_value();
    session_ = session;
    std::vector<Design> pins;
    for (const auto& p : model_->pinned()) pins.push_back(p.design);
    if (!continuing) {
        resetViews(*session_);
        result_.reset();
    } else {
        // Keep the curves and pins; the table keeps its verified results.
        model_->setPinnedDesigns(pins);
    }
    SearchRequest r;
    r.session = session_;
    job_ = std::make_shared<JobControl>();
    r.job = job_;
    r.resume = resume_;
    // Core counts generations over the whole search; a continuation starts where the state stopped.
    startGeneration_ = resume_ && resume_->optimizer_state.is_object()
                           ? resume_->optimizer_state.value("generation", std::size_t(0))
                           : 0;
    if (!continuing) history_.clear();
    resume_.reset();
    events_ = 0;
    lastGeneration_ = startGeneration_;
    lastSeconds_ = 0;
    gensPerSecond_ = 0;
    searching_ = true;
    paused_ = false;
    updateButtons();
    report(continuing ? tr("Continuing the search…") : tr("Searching…"), false);
    Q_EMIT searchStarted();
    QMetaObject::invokeMethod(worker_, [w = worker_, r] { w->search(r); }, Qt::QueuedConnection);
}

void SearchPanel::togglePause() {
    if (!searching_ || !job_) return;
    paused_ = !paused_;
    job_->set_paused(paused_);
    pause_->setText(paused_ ? tr("Resume") : tr("Pause"));
}

void SearchPanel::stop() {
    if (job_) {
        job_->cancel();
        job_->set_paused(false);
    }
    if (searching_) statusText_->setText(tr("Stopping after the current generation…"));
}

void SearchPanel::onProgress(const SearchEvent& e) {
    if (!searching_ || !session_) return;  // a search of a log that was replaced
    const StudyProgress& p = e.progress;
    ++events_;
    if (p.paused) {
        // A study file saved now resumes exactly here.
        resume_ = StudyResume{p.optimizer_state, p.top};
        lastGeneration_ = p.generation;
        report(tr("Paused at generation %1 of %2.").arg(p.generation).arg(p.total_generations), false);
        Q_EMIT progressed(true);
        return;
    }
    resume_.reset();  // running again: a paused state is stale
    if (e.seconds > lastSeconds_ && p.generation > lastGeneration_)
        gensPerSecond_ = static_cast<double>(p.generation - startGeneration_) / e.seconds;
    lastGeneration_ = p.generation;
    lastSeconds_ = e.seconds;
    plot_->addGeneration(p.population_area_mm2, p.population_latency_ms);
    if (!p.top.empty()) plot_->setBest(p.top.front().area_mm2, p.top.front().predicted_latency_ms);
    // The plot and curves follow every event (~20 a second); the table and
    // the status line, which nobody reads at that rate and which cost the
    // most GUI time (cell repaints, label relayouts), ~4 times a second.
    const bool first = model_->rowCount() == 0;
    const bool text = first || !textClock_.isValid() || textClock_.elapsed() >= 250;
    if (text) {
        textClock_.restart();
        model_->setTop(p.top, e.top_distance);
        if (first) table_->resizeColumnsToContents();
    }
    const auto g = static_cast<double>(p.generation);
    if (std::isfinite(p.best_predicted_latency_ms)) bestCurve_->graph(0)->addData(g, p.best_predicted_latency_ms);
    if (std::isfinite(p.hypervolume)) hvCurve_->graph(0)->addData(g, p.hypervolume);
    for (QCustomPlot* c : {bestCurve_, hvCurve_}) {
        if (g > c->xAxis->range().upper) c->xAxis->setRangeUpper(g * 1.25);
        c->yAxis->rescale();
        c->replot(QCustomPlot::rpQueuedReplot);
    }
    if (text)
        report(tr("Generation %1 of %2 · %L3 designs scored · %4 generations/s · best predicted %5 ms · hypervolume %6")
                   .arg(p.generation)
                   .arg(p.total_generations)
                   .arg(static_cast<qulonglong>(p.evaluations))
                   .arg(gensPerSecond_, 0, 'f', 0)
                   .arg(p.best_predicted_latency_ms, 0, 'g', 4)
                   .arg(p.hypervolume, 0, 'g', 4),
               false);
    Q_EMIT progressed(false);
}

void SearchPanel::onFinished(const StudyResult& result, const std::vector<double>& distance, double seconds) {
    searching_ = false;
    paused_ = false;
    job_.reset();
    if (!session_) {  // stopped because another log was opened: its results belong to the old one
        updateButtons();
        Q_EMIT searchFinished(true);
        return;
    }
    // Keep what earlier verification found (a continued search re-proposes designs).
    // One copy of the table's rows and a hash lookup: this runs on the GUI thread.
    StudyResult r = result;
    std::unordered_map<Design, const Proposal*, DesignHash> earlier;
    const auto all = model_->proposals();
    for (const auto& q : all)
        if (q.verified) earlier.emplace(q.design, &q);
    for (auto& p : r.proposals)
        if (!p.verified)
            if (auto it = earlier.find(p.design); it != earlier.end()) p.verified = it->second->verified;
    result_ = r;
    model_->setTop(r.proposals, distance);
    fitTableColumns();
    if (!r.proposals.empty()) plot_->setBest(r.proposals.front().area_mm2, r.proposals.front().predicted_latency_ms);
    // The full history of this run replaces its throttled samples.
    std::erase_if(history_, [this](const StudyGeneration& h) { return h.generation > startGeneration_; });
    history_.insert(history_.end(), r.history.begin(), r.history.end());
    if (!r.history.empty()) lastGeneration_ = r.history.back().generation;
    drawHistory();
    if (!r.history.empty() && seconds > 0) gensPerSecond_ = static_cast<double>(r.history.size()) / seconds;
    // A stopped search continues from its optimizer state when Start is pressed again.
    if (r.cancelled) resume_ = StudyResume{r.optimizer_state, r.proposals};
    else resume_.reset();
    showVerifiedOnPlot();
    report((r.cancelled ? tr("Stopped after %1 generations; Continue resumes it.") : tr("Finished %1 generations."))
                   .arg(generationsDone()) +
               QStringLiteral(" ") +
               tr("%L1 designs scored in %2 s (%3 generations/s); %4 proposals.")
                   .arg(static_cast<qulonglong>(r.evaluations))
                   .arg(seconds, 0, 'f', 2)
                   .arg(gensPerSecond_, 0, 'f', 0)
                   .arg(r.proposals.size()),
           false);
    updateButtons();
    Q_EMIT searchFinished(r.cancelled);
}

void SearchPanel::onFailed(const QString& message) {
    if (closingLoop_) {
        closingLoop_ = false;
        report(tr("Closing the loop failed: %1").arg(message), true);
        updateButtons();
        Q_EMIT loopClosed(false);
        return;
    }
    const bool wasSearching = searching_;
    searching_ = paused_ = false;
    if (verifying_) {
        verifying_ = false;
        verifyJob_.reset();
        report(tr("Verification failed: %1").arg(message), true);
        updateButtons();
        Q_EMIT verificationFinished(false);
        return;
    }
    job_.reset();
    report(tr("The search failed: %1").arg(message), true);
    updateButtons();
    if (wasSearching) Q_EMIT searchFinished(true);
}

void SearchPanel::updateButtons() {
    const bool idle = !searching_ && !verifying_ && !closingLoop_;
    const bool ready = log_ && !surrogate_.empty();
    start_->setEnabled(idle && ready);
    start_->setText(resume_ && idle ? tr("Continue") : tr("Start"));
    pause_->setEnabled(searching_);
    stop_->setEnabled(searching_);
    if (!searching_) pause_->setText(tr("Pause"));
    verify_->setEnabled(idle && session_ != nullptr && model_->rowCount() > 0);
    export_->setEnabled(idle && session_ != nullptr && model_->rowCount() > 0);
    compare_->setEnabled(!searching_ && session_ != nullptr && model_->rowCount() > 0);
    closeLoop_->setEnabled(idle && !closingLoop_ && session_ != nullptr && model_->verifiedCount() > 0);
    verifyProgress_->setVisible(verifying_);
    cancelVerify_->setVisible(verifying_);
    openModel_->setEnabled(idle && log_ != nullptr);
    form_->setOracleSetupEnabled(!searching_ && !verifying_);
    form_->setRunning(searching_);
}

}  // namespace prime::ui
