#include "main_window.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include "area_latency_plot.h"
#include "data/log_formats.h"
#include "log_loader.h"
#include "search_panel.h"
#include "training_panel.h"

namespace prime::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    qRegisterMetaType<std::shared_ptr<const prime::DesignLog>>();
    qRegisterMetaType<std::shared_ptr<prime::JobControl>>();
    setWindowTitle(tr("PRIME Studio"));
    resize(1100, 720);

    plot_ = new AreaLatencyPlot(this);
    setCentralWidget(plot_);

    training_ = new TrainingPanel(this);
    auto* dock = new QDockWidget(tr("Surrogate"), this);
    dock->setObjectName("surrogateDock");
    dock->setWidget(training_);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    status_ = new QLabel(tr("No log loaded. File ▸ Open Log… reads CSV, TFRecord or snapshot files."), this);
    status_->setObjectName("statusText");
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    progress_->setMaximumWidth(200);
    cancel_ = new QToolButton(this);
    cancel_->setObjectName("cancelButton");
    cancel_->setText(tr("Cancel"));
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
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

    buildSearchDock();
    buildMenus();
}

MainWindow::~MainWindow() {
    if (loadJob_) loadJob_->cancel();
    worker_thread_.quit();
    worker_thread_.wait();
}

QObject* MainWindow::loadWorker() const { return loader_; }

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Log…"), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("&Save Plot…"), QKeySequence::Save, this, &MainWindow::savePlot);
    file->addSeparator();
    file->addAction(tr("Open S&tudy…"), this, &MainWindow::openStudyDialog);
    file->addAction(tr("Save St&udy…"), this, &MainWindow::saveStudyDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* search = menuBar()->addMenu(tr("&Search"));
    search->addAction(tr("&Start or Continue"), search_, &SearchPanel::start)->setToolTip(tr("F5 in the search panel"));
    search->addAction(tr("&Pause or Resume"), search_, &SearchPanel::togglePause);
    search->addAction(tr("S&top"), search_, &SearchPanel::stop);
    search->addSeparator();
    search->addAction(searchDock_->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PRIME Studio"), this, [this] {
        QMessageBox::about(this, tr("About PRIME Studio"),
                           tr("<b>PRIME Studio %1</b><p>Data-driven design of hardware accelerators with "
                              "conservative surrogates (PRIME, Kumar et al., ICLR 2022).</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QStringLiteral(PRIME_VERSION)));
    });
}

void MainWindow::openDialog() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open design logs"), QString(),
        tr("Design logs (%1);;All files (*)").arg(QString::fromStdString(log_file_globs())));
    if (!paths.isEmpty()) openLogs(paths);
}

void MainWindow::savePlot() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plot"), QStringLiteral("area-latency.png"),
                                                      tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    const bool ok = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? plot_->savePdf(path) : plot_->savePng(path);
    if (!ok) QMessageBox::warning(this, tr("Save plot"), tr("Could not write %1.").arg(path));
}

void MainWindow::buildSearchDock() {
    search_ = new SearchPanel(this);
    searchDock_ = new QDockWidget(tr("Search"), this);
    searchDock_->setObjectName("searchDock");
    searchDock_->setWidget(search_);
    // The surrogate panel keeps the full height on the right; the search view
    // sits under the design-space plot and can take most of its height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, searchDock_);
    connect(training_, &TrainingPanel::trainingFinished, this, [this] {
        if (!training_->surrogate().empty()) search_->setSurrogate(training_->surrogate(), training_->surrogateLog());
    });
    connect(search_, &SearchPanel::status, status_, &QLabel::setText);
    // Closing the loop: the extended log becomes the app's log. The search
    // panel already holds it (with the retrained model), so it is not reset.
    connect(search_, &SearchPanel::logExtended, this, [this](std::shared_ptr<const DesignLog> log, const QString& path) {
        log_ = std::move(log);
        plot_->setLog(log_);
        training_->setLog(log_);
        if (!path.isEmpty()) setWindowTitle(tr("PRIME Studio — %1").arg(QFileInfo(path).fileName()));
    });
}

bool MainWindow::showView(const QString& name) {
    if (name != QStringLiteral("search")) return false;
    searchDock_->show();
    searchDock_->raise();
    // The search view gets most of the window; the log plot stays above it.
    // Queued: docks are sized once the window has its layout.
    QTimer::singleShot(0, this, [this] { resizeDocks({searchDock_}, {height() * 7 / 10}, Qt::Vertical); });
    return true;
}

void MainWindow::saveStudyDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save study"), QStringLiteral("study.primestudy"),
                                                      tr("PRIME Studio study (*.primestudy)"));
    if (path.isEmpty()) return;
    QString error;
    if (!search_->saveStudy(path, &error)) QMessageBox::critical(this, tr("Save study"), error);
}

void MainWindow::openStudyDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open study"), QString(),
                                                      tr("PRIME Studio study (*.primestudy);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (!search_->openStudy(path, &error)) QMessageBox::critical(this, tr("Open study"), error);
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
    if (paths.isEmpty() || !mayReplaceLog()) return;
    setBusy(true);
    status_->setText(tr("Loading %1…").arg(QFileInfo(paths.front()).fileName()));
    Q_EMIT requestLoad(paths, newLoadJob());
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
    plot_->setLog(log_);
    training_->setLog(log_);
    search_->setLog(log_, paths);
    std::size_t feasible = 0;
    for (auto f : log_->feasible()) feasible += f;
    const auto apps = log_->app_names().size();
    const QString app_text = apps == 1 ? tr("1 application") : tr("%1 applications").arg(apps);
    status_->setText(tr("%1: %L2 designs, %3, %4% feasible, space %5")
                         .arg(QFileInfo(paths.front()).fileName())
                         .arg(static_cast<qulonglong>(log_->rows()))
                         .arg(app_text)
                         .arg(log_->rows() ? 100.0 * static_cast<double>(feasible) / static_cast<double>(log_->rows()) : 0.0, 0, 'f', 1)
                         .arg(QString::fromStdString(log_->space().name())));
    setWindowTitle(tr("PRIME Studio — %1").arg(QFileInfo(paths.front()).fileName()));
    Q_EMIT logReady();
}

void MainWindow::onFailed(const QString& message) {
    setBusy(false);
    status_->setText(tr("Could not load the log."));
    Q_EMIT loadFailed(message);
    // Errors go to a dialog, never only to stderr. Tests set this property to avoid a modal box.
    if (!property("suppressDialogs").toBool()) QMessageBox::critical(this, tr("Could not load the log"), message);
}

void MainWindow::onCancelled() {
    setBusy(false);
    status_->setText(tr("Loading cancelled; nothing was changed."));
}

}  // namespace prime::ui
