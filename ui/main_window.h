#pragma once
// PRIME Studio's main window: menus, the explorer toolbar (application,
// area budget, axes), the design-space plot in the centre, docks for the
// budget, the design table, the feasibility map and the surrogate panel, and
// a status bar with progress and cancel.
#include <QMainWindow>
#include <QThread>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "app_settings.h"
#include "data/column_roles.h"
#include "data/design_log.h"
#include "log_loader.h"
#include "session/study_file.h"
#include "util/job_control.h"
#include "explore/budget_index.h"
#include "explore/log_overview.h"

class QComboBox;
class QDockWidget;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QToolButton;
class QUndoStack;

namespace prime::ui {

class AreaLatencyPlot;
class BudgetController;
class BudgetPanel;
class DesignTableView;
class ExplorerDataBuilder;
class ExplorerState;
class FeasibilityView;
class LogLoader;
class SearchPanel;
class TrainingPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts loading in the background; the window stays responsive.
    // A single .primestudy path opens that study (openStudy).
    void openLogs(const QStringList& paths);
    // Opens a study file: its log files are loaded (with its column
    // mapping) unless they are the open log, then the search view restores
    // its settings, model, proposals, pins and curves.
    void openStudy(const QString& path);
    // The built-in demo log (generated into `cacheDir` on first use).
    void openDemoLog(const QString& cacheDir);
    std::shared_ptr<const DesignLog> log() const { return log_; }
    AreaLatencyPlot* plot() const { return plot_; }
    TrainingPanel* trainingPanel() const { return training_; }
    SearchPanel* searchPanel() const { return search_; }
    // The loader's worker object (lives on the loader thread); tests queue work behind a load with it.
    QObject* loadWorker() const;
    // The one area budget of the app: bind training and search to it.
    BudgetController* budget() const { return budget_; }
    ExplorerState* explorer() const { return state_; }
    BudgetPanel* budgetPanel() const { return budgetPanel_; }
    DesignTableView* designTable() const { return table_; }
    FeasibilityView* feasibilityView() const { return feasibility_; }
    QUndoStack* undoStack() const { return undo_; }
    // Shows a named view ("design-space", "budget", "table", "feasibility",
    // "surrogate"); false for an unknown name. viewNames() lists them.
    bool showView(const QString& name);
    static QStringList viewNames();

    // Threads, theme and default model (the budget is read once, at construction).
    void applyPreferences(const Preferences& preferences);
    // Restores the saved geometry and dock layout, and saves them again on
    // close. Not called by tests or screenshots: they want the default layout.
    void restoreLayout();
    // Every dock and toolbar back where a new window has it (View ▸ Reset Layout).
    void resetLayout();
    // A log, a study file (.primestudy) or a model folder, as Open Recent and drag and drop do.
    void openPath(const QString& path);

Q_SIGNALS:
    void logReady();       // a log finished loading and is shown (fronts included)
    void loadFailed(const QString& message);
    void requestLoad(const QStringList& paths, std::shared_ptr<prime::JobControl> job,
                     prime::ui::LogRoles roles);  // to the worker (roles: per file, may be empty)
    void requestDemo(const QString& cacheDir, std::shared_ptr<prime::JobControl> job);   // to the worker

private Q_SLOTS:
    void onLoaded(std::shared_ptr<const prime::DesignLog> log, const QStringList& paths);
    void onFailed(const QString& message);
    void onCancelled();
    void onProgress(int percent);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void openPreferences();
    void rememberFile(const QString& path);
    void fillRecentMenu();
    void rememberDefaultLayout();
    void showAbout();
    static bool acceptsDrop(const QMimeData* mime);
    void buildToolBar();
    void buildDocks();
    void setBusy(bool busy);
    void openDialog();
    // False when the user keeps a running training (its model belongs to the current log).
    bool mayReplaceLog();
    std::shared_ptr<JobControl> newLoadJob();
    void savePlot();
    void onOverview(std::shared_ptr<const prime::DesignLog> log, const prime::explore::LogOverview& overview);
    void onIndex(std::shared_ptr<const prime::DesignLog> log, std::shared_ptr<const prime::explore::BudgetIndex> index);
    void showLogStatus();
    // CSVs whose columns need a mapping (remembered, or chosen in the dialog;
    // `always` shows the dialog for every CSV). Returns true when it took
    // over the loading (or the user cancelled), false to load as usual.
    bool openWithMapping(const QStringList& paths, bool always);
    void loadWithRoles(const QStringList& paths, const std::vector<std::map<std::string, prime::ColumnRole>>& roles);
    void syncBudgetSpin();

    void buildSearchDock();
    void saveStudyDialog();
    void openStudyDialog();
    void applyStudy(const std::pair<prime::StudyFile, QString>& study);
    void requestLoadOf(const QStringList& paths, const LogRoles& roles);
    // The study-file form of a load: its files and, when every file had the
    // same column mapping, that mapping.
    static LogSource logSource(const QStringList& paths, const LogRoles& roles);

    AreaLatencyPlot* plot_ = nullptr;
    TrainingPanel* training_ = nullptr;
    SearchPanel* search_ = nullptr;
    QDockWidget* searchDock_ = nullptr;
    BudgetController* budget_ = nullptr;
    ExplorerState* state_ = nullptr;
    ExplorerDataBuilder* builder_ = nullptr;
    BudgetPanel* budgetPanel_ = nullptr;
    DesignTableView* table_ = nullptr;
    FeasibilityView* feasibility_ = nullptr;
    QUndoStack* undo_ = nullptr;
    QComboBox* appSelector_ = nullptr;
    QDoubleSpinBox* budgetSpin_ = nullptr;
    QDockWidget* budgetDock_ = nullptr;
    QDockWidget* surrogateDock_ = nullptr;
    QDockWidget* tableDock_ = nullptr;
    QDockWidget* feasibilityDock_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QByteArray defaultLayout_;
    bool persistLayout_ = false;
    QLabel* status_ = nullptr;
    QLabel* viewStatus_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QToolButton* cancel_ = nullptr;
    QThread worker_thread_;
    LogLoader* loader_ = nullptr;
    std::shared_ptr<const DesignLog> log_;
    std::shared_ptr<JobControl> loadJob_;  // the load in flight (or the last one)
    std::shared_ptr<const explore::BudgetIndex> pendingIndex_;
    QString logName_;
    LogRoles loadingRoles_;  // of the load in flight
    LogSource source_;       // of the open log
    std::optional<std::pair<prime::StudyFile, QString>> pendingStudy_;  // opened once its log is loaded
};

}  // namespace prime::ui
