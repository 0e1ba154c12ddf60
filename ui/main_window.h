#pragma once
// PRIME Studio's main window: menus, status bar with progress and cancel, the
// area-vs-latency view of the loaded design log, and the surrogate panel.
#include <QMainWindow>
#include <QThread>
#include <memory>

#include "data/design_log.h"
#include "util/job_control.h"

class QDockWidget;
class QLabel;
class QProgressBar;
class QToolButton;

namespace prime::ui {

class AreaLatencyPlot;
class LogLoader;
class SearchPanel;
class TrainingPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts loading in the background; the window stays responsive.
    void openLogs(const QStringList& paths);
    // The built-in demo log (generated into `cacheDir` on first use).
    void openDemoLog(const QString& cacheDir);
    std::shared_ptr<const DesignLog> log() const { return log_; }
    AreaLatencyPlot* plot() const { return plot_; }
    TrainingPanel* trainingPanel() const { return training_; }
    SearchPanel* searchPanel() const { return search_; }
    // Raises a named view ("search"); false for an unknown name.
    bool showView(const QString& name);
    // The loader's worker object (lives on the loader thread); tests queue work behind a load with it.
    QObject* loadWorker() const;

Q_SIGNALS:
    void logReady();       // a log finished loading and is shown
    void loadFailed(const QString& message);
    void requestLoad(const QStringList& paths, std::shared_ptr<prime::JobControl> job);  // to the worker
    void requestDemo(const QString& cacheDir, std::shared_ptr<prime::JobControl> job);   // to the worker

private Q_SLOTS:
    void onLoaded(std::shared_ptr<const prime::DesignLog> log, const QStringList& paths);
    void onFailed(const QString& message);
    void onCancelled();
    void onProgress(int percent);

private:
    void buildMenus();
    void setBusy(bool busy);
    void openDialog();
    // False when the user keeps a running training (its model belongs to the current log).
    bool mayReplaceLog();
    std::shared_ptr<JobControl> newLoadJob();
    void savePlot();
    void buildSearchDock();
    void saveStudyDialog();
    void openStudyDialog();

    AreaLatencyPlot* plot_ = nullptr;
    TrainingPanel* training_ = nullptr;
    SearchPanel* search_ = nullptr;
    QDockWidget* searchDock_ = nullptr;
    QLabel* status_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QToolButton* cancel_ = nullptr;
    QThread worker_thread_;
    LogLoader* loader_ = nullptr;
    std::shared_ptr<const DesignLog> log_;
    std::shared_ptr<JobControl> loadJob_;  // the load in flight (or the last one)
};

}  // namespace prime::ui
