// Drives the surrogate panel offscreen: training on its worker thread fills
// the held-out curve and yields a surrogate; pause holds the trainer between
// steps and cancel stops it, while the GUI thread keeps running.
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "training_panel.h"

using prime::ui::TrainingPanel;

class TrainingPanelTest : public QObject {
    Q_OBJECT

private:
    static std::shared_ptr<const prime::DesignLog> smallLog() {
        prime::GenerateOptions o;
        o.designs = 1500;
        o.seed = 4;
        o.jobs = 1;
        return std::make_shared<const prime::DesignLog>(
            prime::generate_log(prime::builtin_edgetpu_space(),
                                {prime::load_builtin_workload("MobileNetV2"), prime::load_builtin_workload("M4")}, o));
    }
    static QString text(const TrainingPanel& p, const char* name) { return p.findChild<QLabel*>(name)->text(); }
    static void selectModel(TrainingPanel& p, const char* kind) {
        auto* box = p.findChild<QComboBox*>("trainModel");
        box->setCurrentIndex(box->findData(QString::fromLatin1(kind)));
        QCOMPARE(box->currentData().toString(), QString::fromLatin1(kind));
    }
    static QPushButton* button(const TrainingPanel& p, const char* name) { return p.findChild<QPushButton*>(name); }

private Q_SLOTS:
    void trainsOnTheWorkerAndDrawsTheHeldOutCurve() {
        TrainingPanel panel;
        panel.setProperty("suppressDialogs", true);
        QVERIFY(!button(panel, "trainButton")->isEnabled());  // nothing to train on yet
        panel.setLog(smallLog());
        auto* apps = panel.findChild<QComboBox*>("trainApps");
        QCOMPARE(apps->count(), 3);  // all (contextual) + the two applications
        apps->setCurrentIndex(1);    // MobileNetV2 alone
        selectModel(panel, "mlp");   // the default (automatic) fits a GP to a log this small
        panel.findChild<QSpinBox*>("trainSteps")->setValue(400);
        QSignalSpy done(&panel, &TrainingPanel::trainingFinished);
        QTest::mouseClick(button(panel, "trainButton"), Qt::LeftButton);
        QVERIFY(panel.isTraining());
        QVERIFY(!button(panel, "trainButton")->isEnabled());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(!panel.isTraining());
        QVERIFY(!panel.surrogate().empty());
        QCOMPARE(panel.surrogate().info().apps.size(), std::size_t(1));
        QVERIFY2(panel.curvePointCount() >= 10, qPrintable(QString::number(panel.curvePointCount())));
        QVERIFY2(text(panel, "trainStepText").contains("Trained 400 steps"), qPrintable(text(panel, "trainStepText")));
        QVERIFY(text(panel, "trainEvalText").contains("Spearman"));
        QVERIFY(button(panel, "saveModelButton")->isEnabled());
        // The model ranks held-out designs (a weak bar: 400 small steps).
        QVERIFY(panel.surrogate().info().metrics.spearman > 0.5);
    }

    void theAutomaticChoiceFitsAGaussianProcessToASmallLog() {
        TrainingPanel panel;
        panel.setProperty("suppressDialogs", true);
        panel.setLog(smallLog());
        QCOMPARE(panel.findChild<QComboBox*>("trainModel")->currentData().toString(), QString("auto"));
        panel.findChild<QComboBox*>("trainApps")->setCurrentIndex(1);
        QSignalSpy done(&panel, &TrainingPanel::trainingFinished);
        QTest::mouseClick(button(panel, "trainButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(!panel.surrogate().empty());
        QCOMPARE(panel.surrogate().info().model.kind, prime::ModelKind::Gp);
        QVERIFY2(text(panel, "trainStepText").contains("Gaussian process"), qPrintable(text(panel, "trainStepText")));
        QVERIFY(panel.surrogate().info().metrics.spearman > 0.5);
    }

    void pauseHoldsAndCancelStopsTheTrainer() {
        TrainingPanel panel;
        panel.setProperty("suppressDialogs", true);
        panel.setLog(smallLog());
        selectModel(panel, "mlp");  // a network trains in steps that pause; a GP is one fit
        panel.findChild<QSpinBox*>("trainSteps")->setValue(10'000'000);
        QSignalSpy progressed(&panel, &TrainingPanel::progressed);
        QSignalSpy done(&panel, &TrainingPanel::trainingFinished);
        QTest::mouseClick(button(panel, "trainButton"), Qt::LeftButton);
        QVERIFY(progressed.wait(30000));
        QTest::mouseClick(button(panel, "pauseButton"), Qt::LeftButton);
        QCOMPARE(button(panel, "pauseButton")->text(), QString("Resume"));
        // The trainer reports that it is paused, and the GUI thread is free meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty() && progressed.last().at(0).toBool(), 10000);
        QVERIFY(text(panel, "trainStepText").startsWith("Paused"));
        QTest::mouseClick(button(panel, "cancelTrainingButton"), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(text(panel, "trainStepText").startsWith("Cancelled"));
        QVERIFY(!panel.isTraining());
        QVERIFY(button(panel, "trainButton")->isEnabled());
        QCOMPARE(button(panel, "pauseButton")->text(), QString("Pause"));
    }

    void aCancelPressedWhileTheTrainingIsQueuedIsHonoured() {
        TrainingPanel panel;
        panel.setProperty("suppressDialogs", true);
        panel.setLog(smallLog());
        // Keep the trainer thread busy, so the training request waits in its queue.
        QSemaphore release;
        QMetaObject::invokeMethod(panel.worker(), [&release] { release.acquire(); }, Qt::QueuedConnection);
        QSignalSpy done(&panel, &TrainingPanel::trainingFinished);
        QTest::mouseClick(button(panel, "trainButton"), Qt::LeftButton);
        QVERIFY(panel.isTraining());
        QTest::mouseClick(button(panel, "trainButton"), Qt::LeftButton);  // a second press starts nothing
        QTest::mouseClick(button(panel, "cancelTrainingButton"), Qt::LeftButton);
        release.release();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(panel.surrogate().empty());  // not one step ran
        QVERIFY(!button(panel, "saveModelButton")->isEnabled());
        QVERIFY(button(panel, "trainButton")->isEnabled());
    }

    void aNewLogDropsTheModelOfTheOldOne() {
        TrainingPanel panel;
        panel.setProperty("suppressDialogs", true);
        panel.setLog(smallLog());
        panel.findChild<QSpinBox*>("trainSteps")->setValue(20);
        QSignalSpy done(&panel, &TrainingPanel::trainingFinished);
        QTest::mouseClick(button(panel, "trainButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(!panel.surrogate().empty());
        QVERIFY(button(panel, "saveModelButton")->isEnabled());
        panel.setLog(smallLog());  // another log (a new object): the model does not belong to it
        QVERIFY(panel.surrogate().empty());
        QVERIFY(!button(panel, "saveModelButton")->isEnabled());
    }

    void unusableDataIsReportedNotThrown() {
        TrainingPanel panel;
        panel.setProperty("suppressDialogs", true);
        panel.setLog(smallLog());
        panel.findChild<QComboBox*>("trainApps")->setCurrentIndex(1);
        auto* budget = panel.findChild<QDoubleSpinBox*>("trainAreaBudget");
        budget->setValue(0.1);  // no design fits 0.1 mm²: too few training designs
        QSignalSpy failed(&panel, &TrainingPanel::trainingFailed);
        QTest::mouseClick(button(panel, "trainButton"), Qt::LeftButton);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.at(0).at(0).toString().contains("feasible"), qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(text(panel, "trainStepText").startsWith("Training failed"));
        QVERIFY(button(panel, "trainButton")->isEnabled());
    }
};

QTEST_MAIN(TrainingPanelTest)
#include "training_panel_test.moc"
