#pragma once
// The search panel: set up a search (optimizer and its options, population,
// generations, K, seed, applications and how they combine, Pareto mode, the
// area budget, the model just trained or one opened from disk, the oracle),
// run it on a worker thread through the SearchSession prime-cli search runs,
// and watch it: the population on the area-latency plane, best predicted
// latency and hypervolume per generation, and a live top-K table. Designs can
// be pinned, verified by the oracle (predicted and simulated side by side),
// exported with provenance and saved with the whole study (.primestudy).
#include <QElapsedTimer>
#include <QThread>
#include <QWidget>
#include <memory>
#include <optional>

#include "data/design_log.h"
#include "model/surrogate.h"
#include "session/search_session.h"
#include "session/study_file.h"

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace prime::ui {

class SearchPlot;
class SearchSetupForm;
class TradeoffView;
class SearchWorker;
class TopKModel;
struct SearchEvent;

class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);
    ~SearchPanel() override;

    /// A new log and where it came from (files and column mapping: provenance
    /// and study files). Stops a running search.
    void setLog(std::shared_ptr<const DesignLog> log, const LogSource& source = {});
    /// The surrogate trained in this session, the log it was trained on and
    /// the settings it was trained with (saved in study files; closing the
    /// loop continues training for as many steps).
    void setSurrogate(const Surrogate& surrogate, std::shared_ptr<const DesignLog> trainedOn,
                      const TrainSettings& trainedWith = {});
    /// Opens a saved model folder for the current log; false (and a message) when it does not fit.
    bool openModel(const QString& dir);

    /// The one area budget the search uses: the setup form's box, which the
    /// app-wide BudgetController binds to.
    AreaBudget areaBudget() const;
    void setAreaBudget(double limitMm2);  // <= 0 or inf = none

    /// The settings the widgets describe (what Start runs).
    SearchSettings settings() const;
    void applySettings(const SearchSettings& settings);

    bool isSearching() const { return searching_; }
    bool isVerifying() const { return verifying_; }
    const std::optional<StudyResult>& result() const { return result_; }
    TopKModel* topK() const { return model_; }
    SearchPlot* plot() const { return plot_; }
    QTableView* table() const { return table_; }
    TradeoffView* tradeoffView() const { return tradeoff_; }
    QCustomPlot* bestCurve() const { return bestCurve_; }
    QCustomPlot* hypervolumeCurve() const { return hvCurve_; }
    /// Generations per second of the running (or last) search, as shown.
    double generationsPerSecond() const { return gensPerSecond_; }
    int eventsReceived() const { return events_; }
    /// Generations run so far by this search, over every continuation.
    std::size_t generationsDone() const { return lastGeneration_; }
    /// Best predicted latency and hypervolume per generation, over every
    /// continuation (what the curves show once a run ends, and what a study file keeps).
    const std::vector<StudyGeneration>& history() const { return history_; }
    QObject* worker() const;
    std::shared_ptr<SearchSession> session() const { return session_; }

    // Which designs an action works on.
    enum class Scope { Selected, Pinned, TopK };
    std::vector<Proposal> designs(Scope scope) const;

    /// Exports as CSV (plain, + provenance sidecar) or JSON by the suffix.
    bool exportDesigns(Scope scope, const QString& path, QString* error = nullptr);
    /// The study report (Markdown, like prime-cli report); needs every top-K design verified.
    bool saveReport(const QString& path, QString* error = nullptr);
    /// Saves the study; a model trained in this session is saved beside it
    /// (study_file.h), so the study reopens with it.
    bool saveStudy(const QString& path, QString* error = nullptr);
    /// Restores a study on the open log (the main window opens the study's
    /// log files first): settings, model, proposals with verified results,
    /// pins, curves, and the search state to continue from.
    bool openStudy(const QString& path, QString* error = nullptr);
    bool openStudy(const StudyFile& study, const QString& path, QString* error = nullptr);
    /// Warnings of the last openStudy (changed inputs).
    const QStringList& studyWarnings() const { return studyWarnings_; }

public Q_SLOTS:
    void start();         // also continues a stopped or reopened search
    void togglePause();
    void stop();
    void verify(prime::ui::SearchPanel::Scope scope);
    void cancelVerification();
    /// PRIME's closing of the loop (session/close_loop.h): the verified
    /// designs join the log (a copy is written to `savePath` when not
    /// empty), the surrogate continues training on the extended log for
    /// `steps` (0 = as many as it was trained for, else 1,000), and the
    /// search continues from where it was.
    bool addVerifiedAndContinue(const QString& savePath, int steps = 0);
    /// Opens the command-oracle dialog; Ok selects the command oracle.
    void setUpOracle();
    /// What the dialog sets (tests, study files).
    void setCommandOracle(const OracleSettings& settings);
    /// Fills the trade-off view with the designs of `scope` and shows it.
    bool compare(prime::ui::SearchPanel::Scope scope);

Q_SIGNALS:
    void searchStarted();
    void progressed(bool paused);
    void searchFinished(bool cancelled);
    void verificationFinished(bool ok);
    void failed(const QString& message);
    void status(const QString& text);  // for the main window's status bar
    /// The log grew by the verified designs (closing the loop): the app shows it.
    void logExtended(std::shared_ptr<const prime::DesignLog> log, const QString& path);
    void loopClosed(bool ok);

private Q_SLOTS:
    void onProgress(const prime::ui::SearchEvent& event);
    void onFinished(const prime::StudyResult& result, const std::vector<double>& distance, double seconds);
    void onVerified(const std::vector<prime::Design>& designs, const std::vector<prime::OracleResult>& results);
    void onVerifyCancelled();
    void onFailed(const QString& message);

private:
    void buildControls();
    QWidget* buildActions();
    void buildExportMenu(QToolButton* button);
    void updateButtons();
    void fillApps();
    std::shared_ptr<SearchSession> makeSession(QString* error);
    void resetViews(const SearchSession& session);
    void drawHistory();
    void fitTableColumns();  // once per finished search, verification or opened study (font metrics cost ~ms)
    void showVerifiedOnPlot();
    void report(const QString& message, bool error);
    bool dialogsAllowed() const;

    std::shared_ptr<const DesignLog> log_;
    LogSource logSource_;
    Surrogate surrogate_;
    std::shared_ptr<const DesignLog> surrogateLog_;
    QString modelPath_;  // "" = trained in this session
    TrainSettings trainedWith_;
    // Closing the loop trains this many more steps: as many as the model was
    // trained for in this session; 1,000 for a model opened from disk.
    std::uint64_t continueSteps_ = 1000;

    std::shared_ptr<SearchSession> session_;
    std::shared_ptr<JobControl> job_, verifyJob_;
    std::optional<StudyResult> result_;
    std::optional<StudyResume> resume_;  // from a paused event, a stopped search or a study file
    bool searching_ = false, paused_ = false, verifying_ = false;
    int events_ = 0;
    double gensPerSecond_ = 0;
    std::size_t lastGeneration_ = 0;   // over the whole search (core counts across continuations)
    std::size_t startGeneration_ = 0;  // where this run (or continuation) began
    std::vector<StudyGeneration> history_;
    double lastSeconds_ = 0;
    QElapsedTimer textClock_;  // throttles the live table and status line
    QStringList studyWarnings_;

    // Controls.
    QLabel* modelText_ = nullptr;
    QPushButton* openModel_ = nullptr;
    SearchSetupForm* form_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* stop_ = nullptr;
    QToolButton* verify_ = nullptr;
    QToolButton* export_ = nullptr;
    QToolButton* compare_ = nullptr;
    QPushButton* closeLoop_ = nullptr;
    bool closingLoop_ = false;
    QString closeLoopPath_;  // where closing the loop writes the extended log
    std::uint64_t closeLoopSteps_ = 0;
    QPushButton* cancelVerify_ = nullptr;
    QProgressBar* verifyProgress_ = nullptr;
    QLabel* statusText_ = nullptr;
    // Views.
    SearchPlot* plot_ = nullptr;
    QCustomPlot* bestCurve_ = nullptr;
    QCustomPlot* hvCurve_ = nullptr;
    TopKModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    TradeoffView* tradeoff_ = nullptr;
    QTabWidget* tabs_ = nullptr;

    QThread thread_;
    SearchWorker* worker_ = nullptr;
};

}  // namespace prime::ui
