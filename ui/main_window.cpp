#include "background.h"
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

#include "data/log_io.h"
#include "util/errors.h"

#include "area_latency_plot.h"
#include "data/log_formats.h"
#include "budget_controller.h"
#include "budget_panel.h"
#include "column_mapping_dialog.h"
#include "design_table_view.h"
#include "explorer_data.h"
#include "explorer_state.h"
#include "feasibility_view.h"
#include "log_loader.h"
#include "plot_export.h"
#include "search_panel.h"
#include "top_k_model.h"
#include "training_panel.h"

namespace prime::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    qRegisterMetaType<std::shared_ptr<const prime::DesignLog>>();
    qRegisterMetaType<std::shared_ptr<prime::JobControl>>();
    qRegisterMetaType<prime::ui::LogRoles>();
    qRegisterMetaType<prime::explore::LogOverview>();
    qRegisterMetaType<std::shared_ptr<const prime::explore::BudgetIndex>>();
    qRegisterMetaType<prime::ui::SelectionPtr>();
    setWindowTitle(tr("PRIME Studio"));
    resize(1100, 720);

    undo_ = new QUndoStack(this);
    budget_ = new BudgetController(this);
    const Preferences preferences = Preferences::load();
    if (preferences.defaultBudgetMm2 > 0) budget_->setLimitMm2(preferences.defaultBudgetMm2);
    budget_->setUndoStack(undo_);
    state_ = new ExplorerState(this);
    builder_ = new ExplorerDataBuilder(this);
    connect(builder_, &ExplorerDataBuilder::overviewReady, this, &MainWindow::onOverview);
    connect(builder_, &ExplorerDataBuilder::indexReady, this, &MainWindow::onIndex);

    plot_ = new AreaLatencyPlot(this);
    plot_->attach(state_, budget_);
    setCentralWidget(plot_);

    status_ = new QLabel(tr("No log loaded. File ▸ Open Log… reads CSV, TFRecord or snapshot files."), this);
    status_->setObjectName("statusText");
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // clip, never push or overlap
    viewStatus_ = new QLabel(this);
    viewStatus_->setObjectName("viewStatus");
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    progress_->setMaximumWidth(200);
    cancel_ = new QToolButton(this);
    cancel_->setObjectName("cancelButton");
    cancel_->setText(tr("Cancel"));
    // Showing the progress bar must not re-layout the window (and repaint every
    // view) while a big log is being read: keep their space when hidden.
    for (QWidget* w : std::initializer_list<QWidget*>{progress_, cancel_}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(viewStatus_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    connect(plot_, &AreaLatencyPlot::statusMessage, viewStatus_, &QLabel::setText);
    setBusy(false);

    loader_ = new LogLoader;
    loader_->moveToThread(&worker_thread_);
    connect(&worker_thread_, &QThread::finished, loader_, &QObject::deleteLater);
    connect(this, &MainWindow::requestLoad, loader_, &LogLoader::load);
    connect(this, &MainWindow::requestDemo, loader_, &LogLoader::loadDemo);
    connect(loader_, &LogLoader::stage, status_, &QLabel::setText);
    connect(loader_, &LogLoader::loaded, this, &MainWindow::onLoaded);
    connect(loader_, &LogLoader::failed, this, &MainWindow::onFailed);
    connect(loader_, &LogLoader::cancelled, this, &MainWindow::onCancelled);
    connect(loader_, &LogLoader::progress, this, &MainWindow::onProgress);
    connect(cancel_, &QToolButton::clicked, this, [this] {
        if (loadJob_) loadJob_->cancel();
    });
    worker_thread_.setObjectName("log-loader");
    worker_thread_.start();

    buildDocks();
    buildToolBar();
    buildSearchDock();
    buildMenus();
    training_->setDefaultModel(preferences.defaultModel);
    // One history for the budget, the selection, the table's filters and the pins.
    state_->setUndoStack(undo_);
    table_->setUndoStack(undo_);
    search_->topK()->setUndoStack(undo_);
    setAcceptDrops(true);
    rememberDefaultLayout();
}

MainWindow::~MainWindow() {
    if (loadJob_) loadJob_->cancel();
    worker_thread_.quit();
    worker_thread_.wait();
}

QObject* MainWindow::loadWorker() const { return loader_; }

void MainWindow::buildDocks() {
    auto dock = [this](const QString& title, const char* name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    budgetPanel_ = new BudgetPanel(state_, budget_, this);
    budgetDock_ = dock(tr("Budget"), "budgetDock", budgetPanel_, Qt::RightDockWidgetArea);
    training_ = new TrainingPanel(this);
    training_->bindBudget(budget_);  // one budget for the explorer and training
    // In a scroll area: the panel's form is taller than a 600-pixel window leaves it.
    auto* trainingScroll = new QScrollArea(this);
    trainingScroll->setObjectName("surrogateScroll");
    trainingScroll->setWidget(training_);
    trainingScroll->setWidgetResizable(true);
    trainingScroll->setFrameShape(QFrame::NoFrame);
    surrogateDock_ = dock(tr("Surrogate"), "surrogateDock", trainingScroll, Qt::RightDockWidgetArea);
    tabifyDockWidget(budgetDock_, surrogateDock_);
    budgetDock_->raise();
    table_ = new DesignTableView(state_, budget_, this);
    tableDock_ = dock(tr("Designs"), "tableDock", table_, Qt::BottomDockWidgetArea);
    feasibility_ = new FeasibilityView(state_, budget_, this);
    feasibilityDock_ = dock(tr("Feasibility map"), "feasibilityDock", feasibility_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(tableDock_, feasibilityDock_);
    tableDock_->raise();
    resizeDocks({budgetDock_}, {330}, Qt::Horizontal);
    resizeDocks({tableDock_}, {230}, Qt::Vertical);
}

void MainWindow::buildToolBar() {
    QToolBar* bar = addToolBar(tr("Explorer"));
    bar->setObjectName("explorerToolBar");
    bar->addWidget(new QLabel(tr("Application ") , bar));
    appSelector_ = new QComboBox(bar);
    appSelector_->setObjectName("appSelector");
    // A fixed width: a new log's application names must not re-layout the
    // whole window (and replot every plot) while millions of rows arrive.
    appSelector_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    appSelector_->setMinimumContentsLength(14);
    appSelector_->setToolTip(tr("One application, or all with a colour and a Pareto front each"));
    appSelector_->addItem(tr("All applications"), -1);
    bar->addWidget(appSelector_);
    connect(appSelector_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0) state_->setApp(appSelector_->itemData(i).toInt());
    });
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Area budget ") , bar));
    budgetSpin_ = new QDoubleSpinBox(bar);
    budgetSpin_->setObjectName("budgetSpin");
    budgetSpin_->setRange(0, 1e6);
    budgetSpin_->setDecimals(2);
    budgetSpin_->setSingleStep(0.5);
    budgetSpin_->setSuffix(tr(" mm²"));
    budgetSpin_->setSpecialValueText(tr("none"));  // 0 = no budget
    budgetSpin_->setKeyboardTracking(false);
    budgetSpin_->setToolTip(tr("Area budget for the whole app; drag the red line in the plot, or 0 for none"));
    bar->addWidget(budgetSpin_);
    connect(budgetSpin_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (v <= 0) budget_->clearLimit();
        else budget_->setLimitMm2(v);
    });
    connect(budget_, &BudgetController::budgetChanged, this, &MainWindow::syncBudgetSpin);
    syncBudgetSpin();
    bar->addSeparator();
    QAction* logArea = bar->addAction(tr("Log area axis"));
    logArea->setObjectName("logAreaAction");
    logArea->setCheckable(true);
    connect(logArea, &QAction::toggled, plot_, &AreaLatencyPlot::setLogArea);
    connect(state_, &ExplorerState::logChanged, logArea, [this, logArea] {
        const QSignalBlocker block(logArea);
        logArea->setChecked(plot_->logArea());
    });
    QAction* home = bar->addAction(tr("Reset zoom"), plot_, &AreaLatencyPlot::resetZoom);
    home->setToolTip(tr("Show every design again (Home, or double-click the plot)"));

    connect(state_, &ExplorerState::logChanged, this, [this] {
        const QSignalBlocker block(appSelector_);
        appSelector_->clear();
        appSelector_->addItem(tr("All applications"), -1);
        if (const auto log = state_->log())
            for (std::size_t a = 0; a < log->app_names().size(); ++a)
                appSelector_->addItem(QString::fromStdString(log->app_names()[a]), static_cast<int>(a));
        appSelector_->setCurrentIndex(std::max(0, appSelector_->findData(state_->app())));
    });
    connect(state_, &ExplorerState::appChanged, this, [this](int app) {
        const QSignalBlocker block(appSelector_);
        appSelector_->setCurrentIndex(std::max(0, appSelector_->findData(app)));
    });
}

void MainWindow::syncBudgetSpin() {
    const QSignalBlocker block(budgetSpin_);
    budgetSpin_->setValue(std::isfinite(budget_->limitMm2()) ? budget_->limitMm2() : 0.0);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Log…"), QKeySequence::Open, this, &MainWindow::openDialog);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName("recentMenu");
    fillRecentMenu();
    file->addAction(tr("Open CSV with Column &Mapping…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open CSV design logs"), QString(),
                                                                tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!paths.isEmpty()) openWithMapping(paths, true);
    });
    file->addAction(tr("&Save Plot…"), QKeySequence::Save, this, &MainWindow::savePlot);
    file->addSeparator();
    file->addAction(tr("Open S&tudy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &MainWindow::openStudyDialog);
    file->addAction(tr("Save St&udy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveStudyDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undo_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undo_->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Clear &Selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] { state_->clearSelection(); });
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setObjectName("preferencesAction");
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Reset &Zoom"), QKeySequence(Qt::Key_Home), plot_, &AreaLatencyPlot::resetZoom)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addSeparator();
    QAction* fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    view->addSeparator();
    // Every dock and toolbar, so a closed one comes back.
    for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());
    for (QToolBar* t : findChildren<QToolBar*>()) view->addAction(t->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("Reset &Layout"), this, &MainWindow::resetLayout)->setObjectName("resetLayoutAction");

    QMenu* search = menuBar()->addMenu(tr("&Search"));
    // F5 belongs to the menu action: it works wherever the focus is, also with the Search tab hidden.
    QAction* startSearch = search->addAction(tr("&Start or Continue"), this, [this] {
        searchDock_->show();
        searchDock_->raise();
        search_->start();
    });
    startSearch->setShortcut(QKeySequence(Qt::Key_F5));
    search->addAction(tr("&Pause or Resume"), QKeySequence(Qt::Key_F6), search_, &SearchPanel::togglePause);
    search->addAction(tr("S&top"), QKeySequence(Qt::SHIFT | Qt::Key_F5), search_, &SearchPanel::stop);
    search->addSeparator();
    search->addAction(searchDock_->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PRIME Studio"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QStringList MainWindow::viewNames() {
    return {QStringLiteral("design-space"), QStringLiteral("budget"), QStringLiteral("table"),
            QStringLiteral("feasibility"), QStringLiteral("surrogate"), QStringLiteral("search")};
}

bool MainWindow::showView(const QString& name) {
    // Each view is shown with room to read it: its dock raised and enlarged.
    const int h = height(), w = width();
    if (name == QLatin1String("design-space")) {
        budgetDock_->raise();
        // A small window gives the plot the bottom docks' height (View menu brings them back).
        // (760: the bottom docks' minimum heights already grow a 600-pixel window to ~710.)
        if (h < 760) tableDock_->hide(), feasibilityDock_->hide(), searchDock_->hide();
        resizeDocks({tableDock_}, {std::max(120, h / 4)}, Qt::Vertical);
        resizeDocks({budgetDock_}, {std::max(260, w / 4)}, Qt::Horizontal);
    } else if (name == QLatin1String("budget")) {
        budgetDock_->raise();
        resizeDocks({budgetDock_}, {std::max(320, w * 2 / 5)}, Qt::Horizontal);
    } else if (name == QLatin1String("table")) {
        tableDock_->show();
        tableDock_->raise();
        resizeDocks({tableDock_}, {h * 3 / 5}, Qt::Vertical);
    } else if (name == QLatin1String("feasibility")) {
        feasibilityDock_->show();
        feasibilityDock_->raise();
        resizeDocks({feasibilityDock_}, {h * 2 / 3}, Qt::Vertical);
    } else if (name == QLatin1String("surrogate")) {
        surrogateDock_->raise();
        // Half a small window: the form and its buttons need ~500 px to show unclipped.
        resizeDocks({surrogateDock_}, {std::max(340, w < 1200 ? w / 2 : w * 2 / 5)}, Qt::Horizontal);
    } else if (name == QLatin1String("search")) {
        searchDock_->show();
        searchDock_->raise();
        // A small window gives the search view the right-hand docks' width too (View menu brings them back).
        if (w < 1200) {
            budgetDock_->hide(), surrogateDock_->hide();
            // ...and the settings form its minimum (it scrolls): the plot, curves and table need the width.
            if (auto* split = search_->findChild<QSplitter*>(QStringLiteral("searchSplitter"))) split->setSizes({1, w});
        }
        // The search view gets most of the window's height; the log plot stays above it.
        // Queued: docks are sized once the window has its layout.
        QTimer::singleShot(0, this, [this] { resizeDocks({searchDock_}, {height() * 7 / 10}, Qt::Vertical); });
    } else {
        return false;
    }
    return true;
}

void MainWindow::openDialog() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open design logs"), QString(),
        tr("Design logs (%1);;All files (*)").arg(QString::fromStdString(log_file_globs())));
    if (!paths.isEmpty()) openLogs(paths);
}

void MainWindow::savePlot() {
    // One exporter for every plot (ui/plot_export.h): PNG, SVG or PDF by the
    // suffix; an unknown suffix is refused, never written as another format.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plot"), QStringLiteral("area-latency.png"), plotFileFilter());
    if (path.isEmpty()) return;
    QString error;
    if (!prime::ui::savePlot(plot_, path, &error)) QMessageBox::warning(this, tr("Save plot"), error);
}

void MainWindow::buildSearchDock() {
    search_ = new SearchPanel(this);
    // Search takes the app-wide budget, like training and the explorer.
    budget_->bind(search_->findChild<QDoubleSpinBox*>(QStringLiteral("searchAreaBudget")));
    searchDock_ = new QDockWidget(tr("Search"), this);
    searchDock_->setObjectName("searchDock");
    searchDock_->setWidget(search_);
    // The surrogate panel keeps the full height on the right; the search view
    // sits under the design-space plot and can take most of its height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, searchDock_);
    // A tab beside the design table and the feasibility map: the search view
    // gets the window's full width (its live plot, curves and top K side by side).
    tabifyDockWidget(feasibilityDock_, searchDock_);
    tableDock_->raise();
    connect(training_, &TrainingPanel::trainingFinished, this, [this] {
        if (!training_->surrogate().empty())
            search_->setSurrogate(training_->surrogate(), training_->surrogateLog(), training_->surrogateSettings());
    });
    connect(search_, &SearchPanel::status, status_, &QLabel::setText);
    // Closing the loop: the extended log becomes the app's log. The search
    // panel already holds it (with the retrained model), so it is not reset.
    connect(search_, &SearchPanel::logExtended, this, [this](std::shared_ptr<const DesignLog> log, const QString& path) {
        log_ = std::move(log);
        source_ = {};  // the extended log is a file of our own: no mapping
        if (!path.isEmpty()) source_.files.push_back(path.toStdString());
        pendingIndex_.reset();
        training_->setLog(log_);
        builder_->build(log_);  // the explorer's layers, fronts and budget answers for the extended log
        if (!path.isEmpty()) setWindowTitle(tr("PRIME Studio — %1").arg(QFileInfo(path).fileName()));
    });
}

std::shared_ptr<JobControl> MainWindow::newLoadJob() {
    if (loadJob_) loadJob_->cancel();  // a newer request replaces a queued or running one
    loadJob_ = std::make_shared<JobControl>();
    return loadJob_;
}

bool MainWindow::mayReplaceLog() {
    if (!training_->isTraining()) return true;
    if (property("suppressDialogs").toBool()) {
        training_->cancelTraining();  // tests: the answer is "stop it"
        return true;
    }
    const auto answer = QMessageBox::question(
        this, tr("Training in progress"),
        tr("A surrogate is being trained on the current log. Opening another log stops the training "
           "(its model belongs to the current log). Stop it and open the other log?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) return false;
    training_->cancelTraining();
    return true;
}

void MainWindow::openLogs(const QStringList& paths) {
    if (paths.size() == 1 && paths.front().endsWith(QStringLiteral(".primestudy"), Qt::CaseInsensitive)) {
        openStudy(paths.front());
        return;
    }
    if (paths.isEmpty() || !mayReplaceLog()) return;
    // CSVs whose columns the reader cannot map go through the mapping dialog
    // (which loads them itself); everything else loads on the worker.
    if (openWithMapping(paths, false)) return;
    setBusy(true);
    status_->setText(tr("Loading %1…").arg(QFileInfo(paths.front()).fileName()));
    requestLoadOf(paths, {});
}

bool MainWindow::openWithMapping(const QStringList& paths, bool always) {
    std::vector<std::map<std::string, ColumnRole>> roles;
    bool mapped = false;
    for (const QString& path : paths) {
        std::map<std::string, ColumnRole> r;
        if (log_format_for(path.toStdString()) == LogFormat::Csv) {
            try {
                const auto header = ColumnMappingDialog::readHeader(path);
                r = ColumnMappingDialog::rememberedRoles(header);
                if (always || ColumnMappingDialog::mappingProblem(header, r, path)) {
                    // Tests (suppressDialogs) cannot answer a modal dialog: let the reader report the problem.
                    if (property("suppressDialogs").toBool()) return false;
                    ColumnMappingDialog dialog(path, this);
                    if (dialog.exec() != QDialog::Accepted) {
                        status_->setText(tr("Opening %1 cancelled.").arg(QFileInfo(path).fileName()));
                        return true;
                    }
                    r = dialog.roles();
                }
            } catch (const std::exception&) {
                return false;  // unreadable: the loader reports it with file and line
            }
        }
        mapped = mapped || !r.empty();
        roles.push_back(std::move(r));
    }
    if (!mapped) return false;
    loadWithRoles(paths, roles);
    return true;
}

void MainWindow::loadWithRoles(const QStringList& paths, const std::vector<std::map<std::string, ColumnRole>>& roles) {
    // The same loader, job and progress as any other load, with each file's mapping.
    setBusy(true);
    status_->setText(tr("Loading %1 with its column mapping…").arg(QFileInfo(paths.front()).fileName()));
    requestLoadOf(paths, roles);
}

void MainWindow::requestLoadOf(const QStringList& paths, const LogRoles& roles) {
    loadingRoles_ = roles;
    Q_EMIT requestLoad(paths, newLoadJob(), roles);
}

void MainWindow::openDemoLog(const QString& cacheDir) {
    if (!mayReplaceLog()) return;
    setBusy(true);
    status_->setText(tr("Loading the demo log…"));
    Q_EMIT requestDemo(cacheDir, newLoadJob());
}

void MainWindow::setBusy(bool busy) {
    progress_->setVisible(busy);
    cancel_->setVisible(busy);
    progress_->setValue(0);
}

void MainWindow::onProgress(int percent) { progress_->setValue(percent); }

void MainWindow::onLoaded(std::shared_ptr<const DesignLog> log, const QStringList& paths) {
    setBusy(false);
    log_ = std::move(log);
    pendingIndex_.reset();
    logName_ = paths.size() == 1 ? QFileInfo(paths.front()).fileName()
                                 : tr("%1 and %2 more").arg(QFileInfo(paths.front()).fileName()).arg(paths.size() - 1);
    training_->setLog(log_);
    source_ = logSource(paths, loadingRoles_);
    loadingRoles_.clear();
    search_->setLog(log_, source_);
    status_->setText(tr("%1: %L2 designs, preparing the view…").arg(logName_).arg(static_cast<qulonglong>(log_->rows())));
    setWindowTitle(tr("PRIME Studio — %1").arg(logName_));
    builder_->build(log_);
    for (const QString& path : paths) rememberFile(path);
    if (pendingStudy_) applyStudy(*std::exchange(pendingStudy_, std::nullopt));
}

void MainWindow::onOverview(std::shared_ptr<const DesignLog> log, const explore::LogOverview& overview) {
    if (log != log_) return;
    state_->setLog(log_, overview);
    showLogStatus();
    if (pendingIndex_) onIndex(log_, std::exchange(pendingIndex_, nullptr));
}

void MainWindow::onIndex(std::shared_ptr<const DesignLog> log, std::shared_ptr<const explore::BudgetIndex> index) {
    if (log != log_) return;
    if (state_->log() != log_) {  // the overview is still on its way
        pendingIndex_ = std::move(index);
        return;
    }
    state_->setIndex(std::move(index));
    Q_EMIT logReady();
}

void MainWindow::showLogStatus() {
    // Counts from the background overview: no scan of millions of rows here.
    std::uint64_t infeasible = 0;
    for (const auto& a : state_->overview().apps)
        for (auto n : a.infeasible_by_reason) infeasible += n;
    const auto rows = log_->rows();
    const auto apps = log_->app_names().size();
    const QString app_text = apps == 1 ? tr("1 application") : tr("%1 applications").arg(apps);
    status_->setText(tr("%1: %L2 designs, %3, %4% feasible, space %5")
                         .arg(logName_)
                         .arg(static_cast<qulonglong>(rows))
                         .arg(app_text)
                         .arg(rows ? 100.0 * static_cast<double>(rows - infeasible) / static_cast<double>(rows) : 0.0, 0, 'f', 1)
                         .arg(QString::fromStdString(log_->space().name())));
}

void MainWindow::onFailed(const QString& message) {
    setBusy(false);
    pendingStudy_.reset();
    status_->setText(tr("Could not load the log."));
    Q_EMIT loadFailed(message);
    // Errors go to a dialog, never only to stderr. Tests set this property to avoid a modal box.
    if (!property("suppressDialogs").toBool()) QMessageBox::critical(this, tr("Could not load the log"), message);
}

void MainWindow::onCancelled() {
    setBusy(false);
    pendingStudy_.reset();
    status_->setText(tr("Loading cancelled; nothing was changed."));
}

}  // namespace prime::ui
