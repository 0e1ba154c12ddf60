#include "search_demo.h"

#include <QComboBox>
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
    return {QStringLiteral("running"), QStringLiteral("topk"), QStringLiteral("verified"), QStringLiteral("tradeoffs")};
}

SearchDemo::SearchDemo(MainWindow* window, QString stage, QObject* parent)
    : QObject(parent), window_(window), stage_(std::move(stage)) {
    connect(window_, &MainWindow::logReady, this, &SearchDemo::train);
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
        else if (stage_ == QStringLiteral("verified") || stage_ == QStringLiteral("tradeoffs"))
            panel->verify(SearchPanel::Scope::TopK);
    });
    connect(panel, &SearchPanel::verificationFinished, this, [this, panel] {
        if (stage_ == QStringLiteral("tradeoffs")) {
            for (int r : {0, 1, 2}) panel->topK()->setPinned(r, true);
            panel->compare(SearchPanel::Scope::Pinned);
            // The comparison is the point of this stage: give it most of the height.
            if (auto* views = panel->findChild<QSplitter*>("searchViewsSplitter")) views->setSizes({350, 650});
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

void SearchDemo::search() {
    SearchPanel* panel = window_->searchPanel();
    // Long enough to watch for the running stage; the defaults otherwise.
    if (stage_ == QStringLiteral("running")) panel->findChild<QSpinBox*>("searchGenerations")->setValue(100000);
    else panel->findChild<QSpinBox*>("searchGenerations")->setValue(300);
    panel->start();
}

}  // namespace prime::ui
