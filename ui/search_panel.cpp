#include "search_panel.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <unordered_map>
#include <fstream>
#include <set>

#include "data/design_log.h"
#include "search/optimizer_factory.h"
#include "oracle_dialog.h"
#include "plot_export.h"
#include "search_plot.h"
#include "search_worker.h"
#include "study/provenance.h"
#include "study/report.h"
#include "top_k_model.h"
#include "tradeoff_view.h"
#include "util/atomic_file.h"

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

std::vector<std::string> splitNames(const QString& text) {
    std::vector<std::string> out;
    for (const QString& s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty()) out.push_back(s.trimmed().toStdString());
    return out;
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
                const QString path = logFiles_.value(0);
                // The search continues from its optimizer state, against the new model and log.
                std::optional<StudyResume> resume;
                if (result_) resume = StudyResume{result_->optimizer_state, result_->proposals};
                log_ = std::move(log);
                surrogate_ = surrogate;
                surrogateLog_ = log_;
                modelPath_.clear();
                modelText_->setText(tr("Model: retrained on the extended log (held-out Spearman %1).").arg(spearman, 0, 'f', 3));
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
    const StudyOptions defaults;
    modelText_ = new QLabel(tr("No model: train one in the Surrogate panel or open a saved one."), this);
    modelText_->setObjectName("searchModelText");
    modelText_->setWordWrap(true);
    openModel_ = new QPushButton(tr("Open Model…"), this);
    openModel_->setObjectName("openModelButton");
    connect(openModel_, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a surrogate model folder"));
        if (!dir.isEmpty()) openModel(dir);
    });

    optimizer_ = new QComboBox(this);
    optimizer_->setObjectName("optimizerKind");
    for (const auto& e : optimizer_registry()) {
        optimizer_->addItem(QString::fromStdString(e.kind), QString::fromStdString(e.kind));
        optimizer_->setItemData(optimizer_->count() - 1, QString::fromStdString(e.summary), Qt::ToolTipRole);
    }
    optimizerOptions_ = new QLineEdit(this);
    optimizerOptions_->setObjectName("optimizerOptions");
    optimizerOptions_->setToolTip(tr("The optimizer's options as JSON (docs/optimizers.md); filled with its defaults"));
    connect(optimizer_, &QComboBox::currentIndexChanged, this, [this] { fillOptimizerOptions(); });

    auto spin = [this](const char* name, int lo, int hi, int value) {
        auto* s = new QSpinBox(this);
        s->setObjectName(QLatin1String(name));
        s->setRange(lo, hi);
        s->setValue(value);
        return s;
    };
    population_ = spin("searchPopulation", 2, 100000, static_cast<int>(defaults.population));
    generations_ = spin("searchGenerations", 1, 10000000, static_cast<int>(defaults.generations));
    k_ = spin("searchK", 1, 100000, static_cast<int>(defaults.k));
    seed_ = spin("searchSeed", 0, 2147483647, static_cast<int>(defaults.seed));

    apps_ = new QListWidget(this);
    apps_->setObjectName("searchApps");
    apps_->setMaximumHeight(90);
    apps_->setToolTip(tr("Applications of the objective; several = one design for all of them"));
    aggregate_ = new QComboBox(this);
    aggregate_->setObjectName("searchAggregate");
    aggregate_->addItem(tr("geometric mean"), QStringLiteral("geomean"));
    aggregate_->addItem(tr("mean"), QStringLiteral("mean"));
    aggregate_->addItem(tr("worst"), QStringLiteral("worst"));
    weights_ = new QLineEdit(this);
    weights_->setObjectName("searchWeights");
    weights_->setPlaceholderText(tr("equal"));
    weights_->setToolTip(tr("Per-application weights, comma-separated, in the order of the checked applications"));
    pareto_ = new QCheckBox(tr("Area-latency Pareto mode"), this);
    pareto_->setObjectName("searchPareto");
    budget_ = new QDoubleSpinBox(this);
    budget_->setObjectName("searchAreaBudget");
    budget_->setRange(0, 1e6);
    budget_->setDecimals(1);
    budget_->setValue(27.0);  // PRIME's area threshold (prime-method.md)
    budget_->setSuffix(tr(" mm²"));
    budget_->setSpecialValueText(tr("no budget"));
    oracle_ = new QComboBox(this);
    oracle_->setObjectName("searchOracle");
    oracle_->addItem(tr("auto (built-in simulator for the built-in space)"), QStringLiteral("auto"));
    oracle_->addItem(tr("built-in simulator"), QStringLiteral("builtin"));
    oracle_->addItem(tr("command (your simulator)"), QStringLiteral("command"));
    oracle_->addItem(tr("none"), QStringLiteral("none"));
    oracleSetup_ = new QPushButton(tr("Command oracle…"), this);
    oracleSetup_->setObjectName("oracleSetupButton");
    oracleSetup_->setToolTip(tr("Your simulator as a command: a CSV of designs in, a CSV of results out (docs/oracles.md)"));
    connect(oracleSetup_, &QPushButton::clicked, this, &SearchPanel::setUpOracle);
    oracleText_ = new QLabel(this);
    oracleText_->setObjectName("oracleText");
    oracleText_->setWordWrap(true);
    connect(oracle_, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });

    auto* form = new QFormLayout;
    form->addRow(modelText_);
    form->addRow(openModel_);
    form->addRow(tr("Optimizer"), optimizer_);
    form->addRow(tr("Options"), optimizerOptions_);
    form->addRow(tr("Population"), population_);
    form->addRow(tr("Generations"), generations_);
    form->addRow(tr("K (proposals)"), k_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Applications"), apps_);
    form->addRow(tr("Combine by"), aggregate_);
    form->addRow(tr("Weights"), weights_);
    form->addRow(pareto_);
    form->addRow(tr("Area budget"), budget_);
    form->addRow(tr("Oracle"), oracle_);
    form->addRow(oracleSetup_);
    form->addRow(oracleText_);

    start_ = new QPushButton(tr("Start"), this);
    start_->setObjectName("startSearchButton");
    start_->setShortcut(QKeySequence(Qt::Key_F5));
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
    export_->setObjectName("exportButton");
    export_->setText(tr("Export"));
    export_->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(export_);
    auto exportAction = [this](Scope scope) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export designs"), QStringLiteral("designs.csv"),
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        if (path.isEmpty()) return;
        QString error;
        if (!exportDesigns(scope, path, &error)) report(error, true);
    };
    exportMenu->addAction(tr("Top K…"), this, [exportAction] { exportAction(Scope::TopK); });
    exportMenu->addAction(tr("Pinned designs…"), this, [exportAction] { exportAction(Scope::Pinned); });
    exportMenu->addAction(tr("Selected designs…"), this, [exportAction] { exportAction(Scope::Selected); });
    exportMenu->addSeparator();
    QMenu* plots = exportMenu->addMenu(tr("Plot"));
    plots->setObjectName("exportPlotMenu");
    auto plotAction = [this, plots](const QString& title, const QString& file, auto widget) {
        plots->addAction(title, this, [this, file, widget] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save plot"), file, plotFileFilter());
            QString error;
            if (!path.isEmpty() && !savePlot(widget(), path, &error)) report(error, true);
        });
    };
    plotAction(tr("Live search plot…"), QStringLiteral("search.svg"), [this] { return static_cast<QWidget*>(plot_); });
    plotAction(tr("Best latency per generation…"), QStringLiteral("best-latency.svg"), [this] { return static_cast<QWidget*>(bestCurve_); });
    plotAction(tr("Hypervolume per generation…"), QStringLiteral("hypervolume.svg"), [this] { return static_cast<QWidget*>(hvCurve_); });
    plotAction(tr("Trade-off chart…"), QStringLiteral("tradeoffs.svg"), [this] { return static_cast<QWidget*>(tradeoff_->chart()); });
    exportMenu->addAction(tr("Study report (Markdown)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the study report"), QStringLiteral("report.md"),
                                                          tr("Markdown (*.md)"));
        QString error;
        if (!path.isEmpty() && !saveReport(path, &error)) report(error, true);
    });
    export_->setMenu(exportMenu);
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
    controlsLayout->addLayout(form);
    controlsLayout->addLayout(buttons);
    controlsLayout->addLayout(actions);
    controlsLayout->addWidget(closeLoop_);
    controlsLayout->addLayout(verifyRow);
    controlsLayout->addWidget(statusText_);
    controlsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(controls->sizeHint().width() + 20);

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
    all->setSizes({320, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(all);
    fillOptimizerOptions();
}

void SearchPanel::fillOptimizerOptions() {
    // The kind's defaults, from a throwaway optimizer's saved state: the field
    // shows what will run, and the registry stays the one source of options.
    try {
        const SearchSpace space = log_ ? log_->space() : SearchSpace();
        if (space.empty()) {
            optimizerOptions_->setText(QStringLiteral("{}"));
            return;
        }
        const auto opt = make_optimizer(optimizer_->currentData().toString().toStdString(), space, 1);
        optimizerOptions_->setText(QString::fromStdString(opt->save_state().at("options").dump()));
    } catch (const std::exception&) {
        optimizerOptions_->setText(QStringLiteral("{}"));
    }
}

void SearchPanel::fillApps() {
    apps_->clear();
    if (!log_) return;
    std::set<std::string> trained;
    if (!surrogate_.empty())
        for (const auto& a : surrogate_.info().apps) trained.insert(a.name);
    for (const auto& name : log_->app_names()) {
        auto* item = new QListWidgetItem(name.empty() ? tr("(the log's only application)") : QString::fromStdString(name), apps_);
        item->setData(Qt::UserRole, QString::fromStdString(name));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = trained.contains(name) || (log_->app_names().size() == 1);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void SearchPanel::setLog(std::shared_ptr<const DesignLog> log, const QStringList& files) {
    stop();
    log_ = std::move(log);
    logFiles_ = files;
    if (surrogateLog_ != log_ && !modelPath_.isEmpty() && log_ && !surrogate_.empty() &&
        !(surrogate_.space() == log_->space()))
        surrogate_ = Surrogate(), modelPath_.clear();
    if (modelPath_.isEmpty() && surrogateLog_ != log_) surrogate_ = Surrogate(), surrogateLog_.reset();
    session_.reset();
    result_.reset();
    resume_.reset();
    model_->clear();
    plot_->clearSearch();
    fillApps();
    fillOptimizerOptions();
    modelText_->setText(surrogate_.empty() ? tr("No model: train one in the Surrogate panel or open a saved one.")
                                           : modelText_->text());
    updateButtons();
}

void SearchPanel::setSurrogate(const Surrogate& surrogate, std::shared_ptr<const DesignLog> trainedOn) {
    if (surrogate.empty()) return;
    surrogate_ = surrogate;
    surrogateLog_ = std::move(trainedOn);
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
    modelText_->setText(tr("Model: %1").arg(dir));
    resume_.reset();
    fillApps();
    updateButtons();
    return true;
}

AreaBudget SearchPanel::areaBudget() const {
    AreaBudget b;
    if (budget_->value() > 0) b.limit_mm2 = budget_->value();
    return b;
}

void SearchPanel::setAreaBudget(double limitMm2) { budget_->setValue(std::isfinite(limitMm2) && limitMm2 > 0 ? limitMm2 : 0); }

SearchSettings SearchPanel::settings() const {
    SearchSettings s;
    StudyOptions& o = s.study;
    o.optimizer = optimizer_->currentData().toString().toStdString();
    // A bad JSON text is reported by makeSession; here it is kept as a string.
    o.optimizer_options = nlohmann::json::parse(optimizerOptions_->text().toStdString(), nullptr, false);
    o.population = static_cast<std::size_t>(population_->value());
    o.generations = static_cast<std::size_t>(generations_->value());
    o.k = static_cast<std::size_t>(k_->value());
    o.seed = static_cast<std::uint64_t>(seed_->value());
    for (int i = 0; i < apps_->count(); ++i)
        if (apps_->item(i)->checkState() == Qt::Checked) o.apps.push_back(apps_->item(i)->data(Qt::UserRole).toString().toStdString());
    o.aggregate = *parse_latency_aggregate(aggregate_->currentData().toString().toStdString());
    for (const auto& w : splitNames(weights_->text())) {
        try {
            o.weights.push_back(std::stod(w));
        } catch (const std::exception&) {
            o.weights.push_back(std::nan(""));  // rejected with the setting's name by the session
        }
    }
    o.pareto = pareto_->isChecked();
    s.oracle.kind = oracle_->currentData().toString().toStdString();
    s.oracle.command = commandOracle_.command;
    s.oracle.timeout_seconds = commandOracle_.timeout_seconds;
    return s;
}

void SearchPanel::applySettings(const SearchSettings& s) {
    const StudyOptions& o = s.study;
    optimizer_->setCurrentIndex(std::max(0, optimizer_->findData(QString::fromStdString(o.optimizer))));
    optimizerOptions_->setText(QString::fromStdString(o.optimizer_options.dump()));
    population_->setValue(static_cast<int>(o.population));
    generations_->setValue(static_cast<int>(o.generations));
    k_->setValue(static_cast<int>(o.k));
    seed_->setValue(static_cast<int>(o.seed));
    for (int i = 0; i < apps_->count(); ++i) {
        const std::string name = apps_->item(i)->data(Qt::UserRole).toString().toStdString();
        apps_->item(i)->setCheckState(std::find(o.apps.begin(), o.apps.end(), name) != o.apps.end() ? Qt::Checked : Qt::Unchecked);
    }
    aggregate_->setCurrentIndex(std::max(0, aggregate_->findData(QString::fromStdString(std::string(to_string(o.aggregate))))));
    QStringList w;
    for (double x : o.weights) w << QString::number(x);
    weights_->setText(w.join(QStringLiteral(",")));
    pareto_->setChecked(o.pareto);
    oracle_->setCurrentIndex(std::max(0, oracle_->findData(QString::fromStdString(s.oracle.kind))));
    commandOracle_.command = s.oracle.command;
    commandOracle_.timeout_seconds = s.oracle.timeout_seconds;
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
        *error = tr("optimizer options: not a JSON object: %1").arg(optimizerOptions_->text());
        return nullptr;
    }
    s.study.progress_interval_seconds = 0.05;  // ~20 events a second (docs/architecture.md)
    SearchInputs inputs;
    for (const QString& f : logFiles_) inputs.log_files.push_back(f.toStdString());
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
    plot_->setBackground(area, latency, session.budget().limit_mm2);
    for (QCustomPlot* c : {bestCurve_, hvCurve_}) {
        c->graph(0)->data()->clear();
        // Follows the generations run (a long search would squeeze the start otherwise).
        c->xAxis->setRange(0, static_cast<double>(std::clamp<std::size_t>(o.generations, 1, 100)));
        c->replot(QCustomPlot::rpQueuedReplot);
    }
    bestCurve_->yAxis->setScaleType(QCPAxis::stLinear);
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
    // The study counts generations per run; the views count them over the whole search.
    generationOffset_ = resume_ && resume_->optimizer_state.is_object()
                            ? resume_->optimizer_state.value("generation", std::size_t(0))
                            : 0;
    resume_.reset();
    events_ = 0;
    lastGeneration_ = 0;
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
        report(tr("Paused at generation %1 of %2.").arg(generationOffset_ + p.generation).arg(p.total_generations), false);
        Q_EMIT progressed(true);
        return;
    }
    resume_.reset();  // running again: a paused state is stale
    if (e.seconds > lastSeconds_ && p.generation > lastGeneration_)
        gensPerSecond_ = static_cast<double>(p.generation) / e.seconds;
    lastGeneration_ = p.generation;
    lastSeconds_ = e.seconds;
    plot_->addGeneration(p.population_area_mm2, p.population_latency_ms);
    if (!p.top.empty()) plot_->setBest(p.top.front().area_mm2, p.top.front().predicted_latency_ms);
    const bool first = model_->rowCount() == 0;
    model_->setTop(p.top, e.top_distance);
    if (first) table_->resizeColumnsToContents();
    const auto g = static_cast<double>(generationOffset_ + p.generation);
    if (std::isfinite(p.best_predicted_latency_ms)) bestCurve_->graph(0)->addData(g, p.best_predicted_latency_ms);
    if (std::isfinite(p.hypervolume)) hvCurve_->graph(0)->addData(g, p.hypervolume);
    for (QCustomPlot* c : {bestCurve_, hvCurve_}) {
        if (g > c->xAxis->range().upper) c->xAxis->setRangeUpper(g * 1.25);
        c->yAxis->rescale();
        c->replot(QCustomPlot::rpQueuedReplot);
    }
    report(tr("Generation %1 of %2 · %L3 designs scored · %4 generations/s · best predicted %5 ms · hypervolume %6")
               .arg(generationOffset_ + p.generation)
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
    table_->resizeColumnsToContents();
    if (!r.proposals.empty()) plot_->setBest(r.proposals.front().area_mm2, r.proposals.front().predicted_latency_ms);
    // The full history of this run replaces its throttled samples.
    const auto offset = static_cast<double>(generationOffset_);
    bestCurve_->graph(0)->data()->removeAfter(offset);
    hvCurve_->graph(0)->data()->removeAfter(offset);
    for (const auto& h : r.history) {
        const double g = offset + static_cast<double>(h.generation);
        if (std::isfinite(h.best_predicted_latency_ms) && h.best_predicted_latency_ms > 0)
            bestCurve_->graph(0)->addData(g, h.best_predicted_latency_ms);
        if (std::isfinite(h.hypervolume)) hvCurve_->graph(0)->addData(g, h.hypervolume);
    }
    if (!r.history.empty()) lastGeneration_ = r.history.back().generation;
    for (QCustomPlot* c : {bestCurve_, hvCurve_}) {
        c->rescaleAxes();
        c->replot(QCustomPlot::rpQueuedReplot);
    }
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

std::vector<Proposal> SearchPanel::designs(Scope scope) const {
    switch (scope) {
        case Scope::Pinned: return model_->pinned();
        case Scope::TopK: return model_->top();
        case Scope::Selected: {
            std::vector<Proposal> out;
            std::set<int> rows;
            for (const QModelIndex& i : table_->selectionModel()->selectedIndexes()) rows.insert(i.row());
            for (int r : rows) out.push_back(model_->proposal(r));
            return out;
        }
    }
    return {};
}

void SearchPanel::verify(Scope scope) {
    if (searching_ || verifying_) return;
    if (!session_) {
        report(tr("Run a search first."), true);
        return;
    }
    if (!session_->has_oracle()) {
        report(tr("No oracle: this space has no built-in simulator; choose a command oracle and start the search again."),
               true);
        return;
    }
    VerifyRequest r;
    for (const auto& p : designs(scope)) r.designs.push_back(p.design);
    if (r.designs.empty()) {
        report(scope == Scope::Pinned ? tr("No pinned designs: tick ★ in the table.")
                                      : tr("No designs selected: select rows in the table."),
               true);
        return;
    }
    r.session = session_;
    verifyJob_ = std::make_shared<JobControl>();
    r.job = verifyJob_;
    verifying_ = true;
    verifyProgress_->setRange(0, static_cast<int>(r.designs.size()));
    verifyProgress_->setValue(0);
    updateButtons();
    report(tr("Verifying %1 designs with %2…").arg(r.designs.size()).arg(QString::fromStdString(session_->oracle()->describe())),
           false);
    QMetaObject::invokeMethod(worker_, [w = worker_, r] { w->verify(r); }, Qt::QueuedConnection);
}

bool SearchPanel::addVerifiedAndContinue(const QString& savePath, int steps) {
    if (searching_ || verifying_ || closingLoop_ || !session_ || !result_) return false;
    CloseLoopRequest r;
    r.session = session_;
    for (const auto& p : model_->proposals())
        if (p.verified) r.verified.proposals.push_back(p);
    if (r.verified.proposals.empty()) {
        report(tr("Verify designs first: only simulated designs join the log."), true);
        return false;
    }
    r.path = savePath.toStdString();
    r.budget = session_->budget();
    // With an exact area model the search enforces the budget itself, so the
    // model learns latency from every feasible design (B9 measured this to be
    // better for the built-in space); otherwise PRIME's in-budget rule.
    if (session_->study().area_model().kind() == "analytic") r.budget.training_pool = TrainingPool::AllFeasible;
    // The model keeps its applications; the budget rules are the study's.
    r.train.model = surrogate_.info().model;
    for (const auto& a : surrogate_.info().apps)
        if (!a.name.empty()) r.train.train.apps.push_back(a.name);
    r.train.train.threads = 1;
    r.train.fit.steps = static_cast<std::uint64_t>(std::max(10, steps));
    r.job = std::make_shared<JobControl>();
    verifyJob_ = r.job;  // Cancel stops the retraining
    closingLoop_ = true;
    if (!savePath.isEmpty()) logFiles_ = {savePath};
    updateButtons();
    report(tr("Adding %1 verified designs to the log…").arg(r.verified.proposals.size()), false);
    QMetaObject::invokeMethod(worker_, [w = worker_, r] { w->closeLoop(r); }, Qt::QueuedConnection);
    return true;
}

void SearchPanel::setCommandOracle(const OracleSettings& settings) {
    commandOracle_ = settings;
    commandOracle_.kind = "command";
    oracle_->setCurrentIndex(oracle_->findData(QStringLiteral("command")));
    // The oracle belongs to the session: the next Verify builds one with this command.
    if (session_ && !searching_ && !verifying_) {
        QString error;
        if (auto s = makeSession(&error)) session_ = s;
        else report(tr("The command oracle cannot be used: %1").arg(error), true);
    }
    updateButtons();
}

void SearchPanel::setUpOracle() {
    OracleDialog dialog(log_, commandOracle_, this);
    if (dialog.exec() == QDialog::Accepted) setCommandOracle(dialog.settings());
}

bool SearchPanel::compare(Scope scope) {
    if (!session_ || !log_) return false;
    std::vector<Proposal> chosen;
    QStringList labels;
    for (int r = 0; r < model_->rowCount(); ++r) {
        const bool take = scope == Scope::TopK      ? model_->isInTop(r)
                          : scope == Scope::Pinned ? model_->isPinned(r)
                                                   : table_->selectionModel()->isRowSelected(r, {});
        if (!take) continue;
        chosen.push_back(model_->proposal(r));
        labels << model_->label(r);
    }
    if (chosen.empty()) {
        report(tr("Nothing to compare: select or pin designs in the table."), true);
        return false;
    }
    try {
        tradeoff_->setDesigns(*log_, session_->budget(), session_->apps(), session_->options().aggregate, chosen, labels);
    } catch (const std::exception& e) {
        report(tr("Cannot compare: %1").arg(QString::fromStdString(e.what())), true);
        return false;
    }
    tabs_->setCurrentWidget(tradeoff_);
    return true;
}

void SearchPanel::cancelVerification() {
    if (verifyJob_) verifyJob_->cancel();
}

void SearchPanel::onVerified(const std::vector<Design>& designs, const std::vector<OracleResult>& results) {
    verifying_ = false;
    verifyJob_.reset();
    model_->setVerified(designs, results);
    // The status now holds the reasons of failures: wide enough to read them.
    table_->resizeColumnToContents(model_->statusColumn());
    table_->setColumnWidth(model_->statusColumn(), std::min(table_->columnWidth(model_->statusColumn()), 360));
    if (result_) {
        for (std::size_t i = 0; i < designs.size(); ++i)
            for (auto& p : result_->proposals)
                if (p.design == designs[i]) p.verified = results[i];
        if (session_ && session_->oracle()) result_->oracle = session_->oracle()->describe();
    }
    showVerifiedOnPlot();
    std::size_t ok = 0;
    for (const auto& r : results) ok += r.feasible;
    report(tr("Verified %1 designs: %2 run, %3 fail (reasons in the Status column).")
               .arg(results.size())
               .arg(ok)
               .arg(results.size() - ok),
           false);
    updateButtons();
    Q_EMIT verificationFinished(true);
}

void SearchPanel::onVerifyCancelled() {
    verifying_ = false;
    verifyJob_.reset();
    report(tr("Verification cancelled; nothing was changed."), false);
    updateButtons();
    Q_EMIT verificationFinished(false);
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

void SearchPanel::showVerifiedOnPlot() {
    std::vector<double> area, latency;
    for (const auto& p : model_->proposals()) {
        if (!p.verified || !p.verified->feasible) continue;
        const auto& v = *p.verified;
        const double l = v.latency_ms.size() == 1 || !session_
                             ? (v.latency_ms.empty() ? std::nan("") : v.latency_ms[0])
                             : combine_latencies(v.latency_ms, session_->options().weights, session_->options().aggregate);
        area.push_back(std::isfinite(v.area_mm2) ? v.area_mm2 : p.area_mm2);
        latency.push_back(l);
    }
    plot_->setVerified(area, latency);
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
    const bool command = oracle_->currentData().toString() == QStringLiteral("command");
    oracleText_->setVisible(command);
    oracleText_->setText(commandOracle_.command.empty() ? tr("No command set up yet.")
                                                        : tr("Command: %1").arg(QString::fromStdString(commandOracle_.command)));
    oracleSetup_->setEnabled(!searching_ && !verifying_);
    for (QWidget* w : std::initializer_list<QWidget*>{optimizer_, optimizerOptions_, population_, generations_, k_, seed_,
                                                     apps_, aggregate_, weights_, pareto_, budget_, oracle_})
        w->setEnabled(!searching_);
}

// --- files ------------------------------------------------------------------

bool SearchPanel::exportDesigns(Scope scope, const QString& path, QString* error) {
    if (!session_ || !result_) {
        if (error) *error = tr("Run a search first.");
        return false;
    }
    StudyResult r = *result_;
    r.proposals = designs(scope);
    if (r.proposals.empty()) {
        if (error) *error = tr("No designs to export.");
        return false;
    }
    try {
        const ExportedDesigns e = session_->exported(r);
        if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) write_designs_json(e, path.toStdString());
        else write_designs_csv(e, path.toStdString());
    } catch (const std::exception& e) {
        if (error) *error = tr("Could not export to %1: %2").arg(path, QString::fromStdString(e.what()));
        return false;
    }
    report(tr("Exported %1 designs to %2.").arg(r.proposals.size()).arg(path), false);
    return true;
}

bool SearchPanel::saveReport(const QString& path, QString* error) {
    if (!session_ || !result_) {
        if (error) *error = tr("Run a search first.");
        return false;
    }
    StudyResult r = *result_;
    r.proposals = model_->top();
    const auto rep = session_->report(r);
    if (!rep) {
        if (error) *error = tr("The report needs every top-K design verified: Verify ▸ Top K first.");
        return false;
    }
    try {
        write_text_atomically(path.toStdString(), to_markdown(*rep));
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    report(tr("Saved the study report to %1.").arg(path), false);
    return true;
}

bool SearchPanel::saveStudy(const QString& path, QString* error) {
    if (!log_) {
        if (error) *error = tr("Open a log first.");
        return false;
    }
    try {
        StudyFile f;
        f.settings.budget = areaBudget();
        f.settings.search = settings();
        f.settings.model_dir = modelPath_.toStdString();
        for (const QString& file : logFiles_) {
            f.settings.log.files.push_back(file.toStdString());
            f.log_hashes.push_back(hash_path(file.toStdString()));
        }
        if (!modelPath_.isEmpty()) f.model_hash = hash_path(modelPath_.toStdString());
        // The state to resume from: a pause or stop; a finished search resumes nothing.
        if (resume_) f.optimizer_state = resume_->optimizer_state;
        if (session_) {
            StudyResult r = result_ ? *result_ : StudyResult{};
            r.proposals = model_->top();
            f.results = session_->exported(r);
        } else {
            f.results.space = log_->space();
        }
        for (const auto& p : model_->pinned()) f.pins.push_back(p.design);
        save_study_file(f, path.toStdString());
    } catch (const std::exception& e) {
        if (error) *error = tr("Could not save the study: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    report(tr("Saved the study to %1.").arg(path), false);
    return true;
}

bool SearchPanel::openStudy(const QString& path, QString* error) {
    if (searching_ || verifying_) {
        if (error) *error = tr("Stop the search first.");
        return false;
    }
    studyWarnings_.clear();
    try {
        const StudyFile f = load_study_file(path.toStdString());
        if (!log_) throw std::invalid_argument(tr("open the study's log first").toStdString());
        if (!(f.results.space == log_->space()))
            throw std::invalid_argument(tr("the study's designs are in another search space than the open log").toStdString());
        for (const auto& w : changed_inputs(f)) studyWarnings_ << QString::fromStdString(w);
        if (!f.settings.model_dir.empty() && !openModel(QString::fromStdString(f.settings.model_dir)))
            throw std::invalid_argument(tr("its model could not be opened").toStdString());
        applySettings(f.settings.search);
        setAreaBudget(f.settings.budget.limit_mm2);
        QString why;
        session_ = surrogate_.empty() ? nullptr : makeSession(&why);
        if (session_) resetViews(*session_);
        else model_->setContext(log_->space(), f.results.apps, f.settings.search.study.aggregate, f.settings.search.study.weights);
        std::vector<double> distance;
        if (session_) {
            std::vector<Design> ds;
            for (const auto& p : f.results.proposals) ds.push_back(p.design);
            distance = session_->distance_to_log(ds);
        }
        model_->setTop(f.results.proposals, distance);
        std::vector<Design> vd;
        std::vector<OracleResult> vr;
        for (const auto& p : f.results.proposals)
            if (p.verified) vd.push_back(p.design), vr.push_back(*p.verified);
        model_->setVerified(vd, vr);
        model_->setPinnedDesigns(f.pins);
        StudyResult r;
        r.proposals = f.results.proposals;
        r.optimizer_state = f.optimizer_state;
        r.oracle = f.results.provenance.oracle;
        result_ = r;
        if (!f.results.proposals.empty())
            plot_->setBest(f.results.proposals.front().area_mm2, f.results.proposals.front().predicted_latency_ms);
        showVerifiedOnPlot();
        resume_.reset();
        if (!f.optimizer_state.is_null()) resume_ = resume_point(f);
        if (!session_)
            studyWarnings_ << tr("The study's model was trained in its session and is not saved: train or open a model "
                                 "to continue the search.");
    } catch (const std::exception& e) {
        if (error) *error = tr("Could not open the study %1: %2").arg(path, QString::fromStdString(e.what()));
        updateButtons();
        return false;
    }
    updateButtons();
    report(tr("Opened the study %1 (%2 designs).").arg(path).arg(model_->rowCount()) +
               (resume_ ? QStringLiteral(" ") + tr("Continue resumes its search.") : QString()),
           false);
    if (!studyWarnings_.isEmpty() && dialogsAllowed())
        QMessageBox::warning(this, tr("Study inputs changed"), studyWarnings_.join(QStringLiteral("\n")));
    return true;
}

}  // namespace prime::ui
