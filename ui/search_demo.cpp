#include "search_demo.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>

#include "budget_controller.h"
#include "main_window.h"
#include "search_panel.h"
#include "top_k_model.h"
#include "training_panel.h"

namespace prime::ui {

QStringList SearchDemo::stages() {
    return {QStringLiteral("trained"),  QStringLiteral("running"),   QStringLiteral("topk"),
            QStringLiteral("verified"), QStringLiteral("tradeoffs"), QStringLiteral("exported")};
}

SearchDemo::SearchDemo(MainWindow* window, QString stage, QObject* parent)
    : QObject(parent), window_(window), stage_(std::move(stage)) {
    connect(window_, &MainWindow::logReady, this, [this] {
        if (exportedCsv_.isEmpty()) train();
        else Q_EMIT reached();  // the exported designs, opened as a log
    });
    connect(window_, &MainWindow::loadFailed, this, &SearchDemo::failed);
    connect(window_->trainingPanel(), &TrainingPanel::trainingFinished, this, &SearchDemo::search);
    connect(window_->trainingPanel(), &TrainingPanel::trainingFailed, this, &SearchDemo::failed);
    SearchPanel* panel = window_->searchPanel();
    connect(panel, &SearchPanel::failed, this, &SearchDemo::failed);
    connect(panel, &SearchPanel::progressed, this, [this, panel](bool paused) {
        if (stage_ != QStringLiteral("running")) return;
        if (paused) {
            Q_EMIT reached();
            return;
        }
        if (++events_ == 25 && !pausing_) {  // about a second of watching
            pausing_ = true;
            panel->togglePause();
        }
    });
    connect(panel, &SearchPanel::searchFinished, this, [this, panel] {
        if (stage_ == QStringLiteral("topk")) Q_EMIT reached();
        else if (stage_ == QStringLiteral("verified") || stage_ == QStringLiteral("tradeoffs") ||
                 stage_ == QStringLiteral("exported"))
            panel->verify(SearchPanel::Scope::TopK);
    });
    connect(panel, &SearchPanel::verificationFinished, this, [this, panel] {
        if (stage_ == QStringLiteral("tradeoffs")) {
            for (int r : {0, 1, 2}) panel->topK()->setPinned(r, true);
            panel->compare(SearchPanel::Scope::Pinned);
            // The comparison is the point of this stage: give it most of the height.
            if (auto* views = panel->findChild<QSplitter*>("searchViewsSplitter")) views->setSizes({350, 650});
        }
        if (stage_ == QStringLiteral("exported")) {
            exportAndReopen();
            return;
        }
        Q_EMIT reached();
    });
}

void SearchDemo::train() {
    // No logged design under 60 mm² runs all nine applications (the large
    // networks need the memory), so the demo works under 100 mm², the one
    // app-wide budget that training and search both take.
    window_->budget()->setLimitMm2(100.0);
    TrainingPanel* t = window_->trainingPanel();
    t->findChild<QSpinBox*>("trainSteps")->setValue(1500);
    t->findChild<QPushButton*>("trainButton")->click();
}

void SearchDemo::exportAndReopen() {
    // The last step of the demo: the verified top K exported (CSV with its
    // provenance sidecar, JSON), the study saved with its model, and the
    // exported CSV opened in the app as a log of its own.
    SearchPanel* panel = window_->searchPanel();
    const QString dir = qEnvironmentVariable("PRIME_DEMO_DIR", QDir::temp().filePath(QStringLiteral("prime-studio-demo")));
    QDir().mkpath(dir);
    QString error;
    const QString csv = QDir(dir).filePath(QStringLiteral("designs.csv"));
    if (!panel->exportDesigns(SearchPanel::Scope::TopK, csv, &error) ||
        !panel->exportDesigns(SearchPanel::Scope::TopK, QDir(dir).filePath(QStringLiteral("designs.json")), &error) ||
        !panel->saveStudy(QDir(dir).filePath(QStringLiteral("demo.primestudy")), &error)) {
        Q_EMIT failed(error);
        return;
    }
    exportedCsv_ = csv;
    window_->openLogs({csv});
}

void SearchDemo::search() {
    SearchPanel* panel = window_->searchPanel();
    if (stage_ == QStringLiteral("trained")) {
        Q_EMIT reached();
        return;
    }
    // Long enough to watch for the running stage; the defaults otherwise.
    if (stage_ == QStringLiteral("running")) panel->findChild<QSpinBox*>("searchGenerations")->setValue(100000);
    else panel->findChild<QSpinBox*>("searchGenerations")->setValue(300);
    panel->start();
}

}  // namespace prime::ui
