#pragma once
// Drives the main window through a short demo study for `prime-studio
// --view search --stage STAGE --screenshot FILE`: when the log is ready it
// trains a small surrogate, searches, and stops at the requested stage
// ("trained": the surrogate trained; "running": paused mid-search; "topk":
// finished; "verified": top K checked by the oracle; "tradeoffs": three
// designs pinned and compared; "exported": the verified top K exported and
// the study saved into $PRIME_DEMO_DIR (default: a folder in the temp dir),
// the exported CSV opened as a log), then emits reached(). Screenshots of each step come from the real widgets.
#include <QObject>
#include <QString>

namespace prime::ui {

class MainWindow;

class SearchDemo : public QObject {
    Q_OBJECT
public:
    SearchDemo(MainWindow* window, QString stage, QObject* parent = nullptr);
    static QStringList stages();

Q_SIGNALS:
    void reached();
    void failed(const QString& message);

private:
    void train();
    void search();
    void exportAndReopen();
    MainWindow* window_;
    QString exportedCsv_;
    QString stage_;
    int events_ = 0;
    bool pausing_ = false;
};

}  // namespace prime::ui
