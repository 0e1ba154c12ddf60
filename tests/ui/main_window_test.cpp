// Drives the real main window offscreen: loading on the worker thread, the
// plot it fills, errors shown to the user, and cancel.
#include <QDateTime>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "area_latency_plot.h"
#include "budget_controller.h"
#include "main_window.h"
#include "plot_export.h"
#include "qcustomplot.h"
#include "search_fixture.h"
#include "search_panel.h"
#include "search_plot.h"
#include "data/log_io.h"
#include "model/torch_runtime.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "top_k_model.h"
#include "training_panel.h"
#include <QPushButton>
#include <QSpinBox>

using prime::ui::MainWindow;

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    static QString fixture(const char* name) { return QStringLiteral(PRIME_TEST_DATA "/") + QLatin1String(name); }
    static QString statusText(const MainWindow& w) { return w.findChild<QLabel*>("statusText")->text(); }
    // Shows `w` (no modal dialogs) and loads `paths` through the real loader; false when it did not finish.
    static bool openAndWait(MainWindow& w, const QStringList& paths) {
        w.setProperty("suppressDialogs", true);
        w.show();
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs(paths);
        return ready.wait(20000);
    }

private Q_SLOTS:
    void loadsSampleLogOnWorkerAndPlotsIt() {
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        w.show();
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs({fixture("prime-sample.tfrecord")});
        QVERIFY(ready.wait(10000));
        QVERIFY(w.log());
        QCOMPARE(w.log()->rows(), std::size_t(200));
        // 55 feasible designs in the sample, every one with a positive latency.
        QCOMPARE(w.plot()->feasiblePointCount(), 55);
        QVERIFY(w.plot()->paretoPointCount() >= 1);
        QVERIFY(w.plot()->paretoPointCount() <= 55);
        QVERIFY2(statusText(w).contains("200"), qPrintable(statusText(w)));
        QVERIFY(w.windowTitle().contains("prime-sample.tfrecord"));
        // The first test of the process: the window and a plotted log came up
        // without opening the model library (LibTorch), which only a model needs.
        QVERIFY2(!prime::model_library_loaded(), qPrintable(QString::fromStdString(prime::model_library_path())));
    }

    void aCancelPressedWhileTheLoadIsQueuedIsHonoured() {
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        w.show();
        QSemaphore release;  // keeps the loader thread busy, so the load waits in its queue
        QMetaObject::invokeMethod(w.loadWorker(), [&release] { release.acquire(); }, Qt::QueuedConnection);
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs({fixture("prime-sample.tfrecord")});
        auto* cancel = w.findChild<QToolButton*>("cancelButton");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w).contains("cancelled"), 10000);
        QVERIFY(ready.isEmpty());
        QVERIFY(!w.log());
        QVERIFY(!cancel->isVisible());
    }

    void badFileReportsFileAndLineToTheUser() {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("param_1,runtime,area,infeasible\n1,2,3,0\n1,fast,3,0\n");
        f.close();
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openLogs({path});
        QVERIFY(failed.wait(10000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains("broken.csv: line 3"), qPrintable(message));
        QVERIFY2(message.contains("'fast'"), qPrintable(message));
        QVERIFY(!w.log());  // nothing half-loaded is kept
        QVERIFY(statusText(w).contains("Could not load"));
    }

    void demoLogIsGeneratedOnceThenReusedFromTheCache() {
        QTemporaryDir cache;
        QDateTime first_write;
        for (int run = 0; run < 2; ++run) {
            MainWindow w;
            w.setProperty("suppressDialogs", true);
            QSignalSpy ready(&w, &MainWindow::logReady);
            w.openDemoLog(cache.path());
            QVERIFY(ready.wait(120000));
            QCOMPARE(w.log()->app_names().size(), std::size_t(9));
            QCOMPARE(w.log()->rows(), std::size_t(9 * 20000));
            QVERIFY(w.plot()->feasiblePointCount() > 1000);
            const QStringList files = QDir(cache.path()).entryList({"*.primelog"});
            QCOMPARE(files.size(), 1);
            const QDateTime written = QFileInfo(QDir(cache.path()).filePath(files.front())).lastModified();
            if (run == 0) first_write = written;
            else QCOMPARE(written, first_write);  // loaded from the cache, not generated again
        }
    }

    void menusOfferOpenSaveAndQuit() {
        MainWindow w;
        QStringList actions;
        for (QAction* menu : w.menuBar()->actions())
            for (QAction* a : menu->menu()->actions()) actions << a->text();
        QVERIFY(actions.contains("&Open Log…"));
        QVERIFY(actions.contains("&Save Plot…"));
        QVERIFY(actions.contains("&Quit"));
    }

    void openingALogDuringTrainingStopsItAndResetsTheSearch() {
        // A log big enough to train on (the fixtures are too small).
        QTemporaryDir dir;
        const QString big = dir.filePath("big.primelog");
        prime::GenerateOptions o;
        o.designs = 1500;
        o.seed = 4;
        o.jobs = 1;
        prime::write_log(prime::generate_log(prime::builtin_edgetpu_space(), {prime::load_builtin_workload("MobileNetV2")}, o),
                         big.toStdString());
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        w.show();
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs({big});
        QVERIFY(ready.wait(10000));
        auto* training = w.trainingPanel();
        auto* model = training->findChild<QComboBox*>("trainModel");
        model->setCurrentIndex(model->findData(QStringLiteral("mlp")));  // a long run to interrupt (a GP is one quick fit)
        training->findChild<QSpinBox*>("trainSteps")->setValue(10'000'000);
        QSignalSpy progressed(training, &prime::ui::TrainingPanel::progressed);
        QSignalSpy finished(training, &prime::ui::TrainingPanel::trainingFinished);
        QSignalSpy trainFailed(training, &prime::ui::TrainingPanel::trainingFailed);
        QVERIFY(training->findChild<QPushButton*>("trainButton")->isEnabled());
        QTest::mouseClick(training->findChild<QPushButton*>("trainButton"), Qt::LeftButton);
        QVERIFY(training->isTraining());
        QVERIFY2(progressed.wait(30000), trainFailed.isEmpty() ? "no progress" : qPrintable(trainFailed.at(0).at(0).toString()));
        QVERIFY(training->isTraining());
        // The search panel has no model yet: a training in flight gives it none.
        QVERIFY(!w.searchPanel()->findChild<QPushButton*>("startSearchButton")->isEnabled());
        w.openLogs({fixture("prime-sample.csv")});  // the answer to "stop the training?" is yes in tests
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2, 10000);
        QVERIFY(!training->isTraining());
        QVERIFY(training->surrogate().empty());  // no model of the old log is kept
        QVERIFY(!w.searchPanel()->findChild<QPushButton*>("startSearchButton")->isEnabled());
        QVERIFY(w.searchPanel()->topK()->rowCount() == 0);
    }

    void aModelTrainedInTheAppIsSearchedAndClosingTheLoopContinuesItsTraining() {
        // The whole path in the GUI: train a few steps in the Surrogate
        // panel, the search view gets that model, a short firefly search
        // fills the plot and the top K, verification runs, and Add to Log &
        // Continue trains as many steps again as the panel asked.
        QTemporaryDir dir;
        const QString logPath = dir.filePath("two-apps.primelog");
        prime::write_log(*prime::test_ui::searchLog(), logPath.toStdString());
        MainWindow w;
        QVERIFY(openAndWait(w, {logPath}));
        // No budget: M4 has only a few in-budget designs in this small log to train on.
        w.budget()->clearLimit();
        auto* training = w.trainingPanel();
        training->findChild<QSpinBox*>("trainSteps")->setValue(40);
        QSignalSpy trained(training, &prime::ui::TrainingPanel::trainingFinished);
        QSignalSpy trainFailed(training, &prime::ui::TrainingPanel::trainingFailed);
        QVERIFY(training->findChild<QPushButton*>("trainButton")->isEnabled());
        QTest::mouseClick(training->findChild<QPushButton*>("trainButton"), Qt::LeftButton);
        QVERIFY2(trained.wait(60000), trainFailed.isEmpty() ? "no result" : qPrintable(trainFailed.at(0).at(0).toString()));
        QCOMPARE(trained.at(0).at(0).toBool(), false);
        QCOMPARE(training->surrogateSettings().fit.steps, std::uint64_t(40));
        auto* panel = w.searchPanel();
        QVERIFY(panel->findChild<QLabel*>("searchModelText")->text().contains("trained in this session"));
        auto* kind = panel->findChild<QComboBox*>("optimizerKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("firefly")));
        panel->findChild<QSpinBox*>("searchGenerations")->setValue(10);
        panel->findChild<QSpinBox*>("searchPopulation")->setValue(32);
        panel->findChild<QSpinBox*>("searchK")->setValue(4);
        QSignalSpy done(panel, &prime::ui::SearchPanel::searchFinished);
        QTest::mouseClick(panel->findChild<QPushButton*>("startSearchButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(panel->topK()->rowCount() > 0);
        QVERIFY(panel->plot()->populationPointCount() > 0);
        QSignalSpy verified(panel, &prime::ui::SearchPanel::verificationFinished);
        panel->verify(prime::ui::SearchPanel::Scope::TopK);
        QVERIFY(verified.wait(60000));
        QSignalSpy closed(panel, &prime::ui::SearchPanel::loopClosed);
        QVERIFY(panel->addVerifiedAndContinue(dir.filePath("closed.primelog")));
        QVERIFY(closed.wait(60000));
        QVERIFY(closed.at(0).at(0).toBool());
        QVERIFY2(panel->findChild<QLabel*>("searchModelText")->text().contains("trained 40 more steps"),
                 qPrintable(panel->findChild<QLabel*>("searchModelText")->text()));
        // The app now shows the extended log.
        QCOMPARE(w.log()->rows(), prime::test_ui::searchLog()->rows() + std::size_t(panel->topK()->verifiedCount()) * 2);
        if (panel->isSearching()) QVERIFY(done.wait(60000));
    }

    void aSavedStudyReopensInANewWindowWithItsLogModelAndCurves() {
        // A study saved after a search with the model trained in the session,
        // opened in a fresh window: the window loads the study's log itself,
        // the model saved beside the study comes back, and so do the
        // proposals, the pins and the generation curves.
        QTemporaryDir dir;
        const QString logPath = dir.filePath("two-apps.primelog");
        prime::write_log(*prime::test_ui::searchLog(), logPath.toStdString());
        const QString study = dir.filePath("s.primestudy");
        std::size_t proposals = 0, generations = 0;
        prime::Design pinned;
        {
            MainWindow w;
            QVERIFY(openAndWait(w, {logPath}));
            auto* panel = w.searchPanel();
            panel->setSurrogate(prime::test_ui::searchSurrogate(), w.log());
            panel->findChild<QSpinBox*>("searchGenerations")->setValue(12);
            panel->findChild<QSpinBox*>("searchPopulation")->setValue(32);
            panel->findChild<QSpinBox*>("searchK")->setValue(8);
            QSignalSpy done(panel, &prime::ui::SearchPanel::searchFinished);
            panel->start();
            QVERIFY(done.wait(60000));
            panel->topK()->setPinned(1, true);
            pinned = panel->topK()->pinned().front().design;
            proposals = static_cast<std::size_t>(panel->topK()->rowCount());
            generations = panel->history().size();
            QCOMPARE(generations, std::size_t(12));
            QString error;
            QVERIFY2(panel->saveStudy(study, &error), qPrintable(error));
        }
        QVERIFY(QFileInfo::exists(dir.filePath("s.model/surrogate.json")));
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        w.show();
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs({study});  // a .primestudy given where logs go (command line, drag and drop) opens the study
        QVERIFY(ready.wait(20000));
        QVERIFY(w.log());
        QCOMPARE(w.log()->rows(), prime::test_ui::searchLog()->rows());
        auto* panel = w.searchPanel();
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<std::size_t>(panel->topK()->rowCount()), proposals, 5000);
        QCOMPARE(panel->topK()->pinned().size(), std::size_t(1));
        QCOMPARE(panel->topK()->pinned().front().design, pinned);
        QCOMPARE(panel->history().size(), generations);
        QCOMPARE(panel->history().back().generation, generations);
        QVERIFY(panel->bestCurve()->graph(0)->dataCount() > 0);
        QVERIFY(panel->findChild<QLabel*>("searchModelText")->text().contains("s.model"));
        // The reopened study can search again with its model.
        QVERIFY(panel->findChild<QPushButton*>("startSearchButton")->isEnabled());
        // A study whose log is missing says so and changes nothing.
        QFile::remove(logPath);
        MainWindow other;
        other.setProperty("suppressDialogs", true);
        QSignalSpy failed(&other, &MainWindow::loadFailed);
        other.openStudy(study);
        QVERIFY(failed.wait(10000));
        QVERIFY(!other.log());
    }

    void theSearchViewIsADockWithItsMenu() {
        MainWindow w;
        QVERIFY(w.findChild<QDockWidget*>("searchDock"));
        QStringList menus;
        for (QAction* menu : w.menuBar()->actions()) menus << menu->text();
        QVERIFY(menus.contains("&Search"));
        // F5 starts the search from anywhere in the window (the menu action holds it).
        bool f5 = false;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->text() == "&Search")
                for (QAction* a : menu->menu()->actions()) f5 = f5 || a->shortcut() == QKeySequence(Qt::Key_F5);
        QVERIFY(f5);
        QVERIFY(w.showView("search"));
        QVERIFY(!w.showView("no-such-view"));
    }

    void germanTranslationIsEmbedded() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), "prime-studio", "_", ":/i18n"));
        QCOMPARE(translator.translate("prime::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(translator.translate("prime::ui::AreaLatencyPlot", "Pareto front"), QStringLiteral("Pareto-Front"));
        QCOMPARE(translator.translate("prime::ui::SearchPanel", "Verify"), QStringLiteral("Verifizieren"));
    }

    void plotSavesPngAndPdf() {
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs({fixture("prime-sample.csv")});
        QVERIFY(ready.wait(10000));
        QTemporaryDir dir;
        QVERIFY(w.plot()->savePng(dir.filePath("p.png"), 400, 300));
        QVERIFY(w.plot()->savePdf(dir.filePath("p.pdf"), 400, 300));
        QVERIFY(QFileInfo(dir.filePath("p.png")).size() > 1000);
        QVERIFY(QFileInfo(dir.filePath("p.pdf")).size() > 1000);
        // Save Plot's exporter: .svg is real SVG (not PNG bytes under that name); an unknown suffix is refused.
        QString error;
        QVERIFY2(prime::ui::savePlot(w.plot(), dir.filePath("p.svg"), &error), qPrintable(error));
        QFile svg(dir.filePath("p.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(!prime::ui::savePlot(w.plot(), dir.filePath("p.bmpx"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath("p.bmpx")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
