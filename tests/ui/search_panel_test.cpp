// Drives the search panel offscreen on a trained surrogate: a firefly search
// on the worker thread fills the live plot, the curves and the top-K table;
// pause holds it and Stop leaves a search that Start continues; verification
// by the built-in simulator matches BuiltinSimulatorOracle on the same
// designs; export re-reads with a plain CSV reader and as a design log; a
// saved study reopens with the same proposals and pins.
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "data/log_io.h"
#include "search_fixture.h"
#include "search_panel.h"
#include "search_plot.h"
#include "study/builtin_oracle.h"
#include "top_k_model.h"
#include "tradeoff_view.h"
#include "oracle_dialog.h"
#include "plot_export.h"
#include <QChartView>
#include <QLineEdit>
#include <QTableWidget>

using prime::ui::SearchPanel;
using prime::ui::TopKModel;

class SearchPanelTest : public QObject {
    Q_OBJECT

private:
    static QPushButton* button(const SearchPanel& p, const char* name) { return p.findChild<QPushButton*>(name); }
    static QString status(const SearchPanel& p) { return p.findChild<QLabel*>("searchStatusText")->text(); }

    // A panel with the fixture log and model; firefly, small population.
    static void setUp(SearchPanel& panel, int generations, int population = 48, int k = 12) {
        panel.setProperty("suppressDialogs", true);
        panel.setLog(prime::test_ui::searchLog(), {});
        panel.setSurrogate(prime::test_ui::searchSurrogate(), prime::test_ui::searchLog());
        auto* kind = panel.findChild<QComboBox*>("optimizerKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("firefly")));
        panel.findChild<QSpinBox*>("searchGenerations")->setValue(generations);
        panel.findChild<QSpinBox*>("searchPopulation")->setValue(population);
        panel.findChild<QSpinBox*>("searchK")->setValue(k);
    }

    static void runToEnd(SearchPanel& panel) {
        QSignalSpy done(&panel, &SearchPanel::searchFinished);
        QTest::mouseClick(button(panel, "startSearchButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
    }

private Q_SLOTS:
    void aFireflySearchFillsThePlotCurvesAndTopK() {
        SearchPanel panel;
        setUp(panel, 60);
        // The model was trained on MobileNetV2 and M4 together: both are checked.
        QVERIFY(button(panel, "startSearchButton")->isEnabled());
        QSignalSpy progressed(&panel, &SearchPanel::progressed);
        QSignalSpy done(&panel, &SearchPanel::searchFinished);
        QTest::mouseClick(button(panel, "startSearchButton"), Qt::LeftButton);
        QVERIFY(panel.isSearching());
        QVERIFY(!button(panel, "startSearchButton")->isEnabled());
        QVERIFY(done.wait(60000));
        QVERIFY(!progressed.isEmpty());  // at least the first and the last generation were shown
        QCOMPARE(done.at(0).at(0).toBool(), false);
        // The log (both applications ran) is drawn behind the search.
        QVERIFY(panel.plot()->backgroundPointCount() > 0);
        QVERIFY(panel.plot()->populationPointCount() > 0);
        QVERIFY(panel.plot()->populationPointCount() <= 48 * prime::ui::SearchPlot::kAges);
        QVERIFY(panel.plot()->hasBest());
        QCOMPARE(panel.plot()->budgetLine(), 27.0);
        QCOMPARE(panel.topK()->rowCount(), 12);
        QVERIFY(panel.result());
        QCOMPARE(panel.result()->history.size(), std::size_t(60));
        QCOMPARE(panel.bestCurve()->graph(0)->dataCount(), 60);
        // Proposals are in budget, ranked by predicted (combined) latency, and not logged far away forever.
        const auto top = panel.topK()->top();
        for (const auto& p : top) QVERIFY(p.area_mm2 <= 27.0);
        const int combined = panel.topK()->predictedColumn(2);  // two applications + combined
        double previous = 0;
        for (int r = 0; r < 12; ++r) {
            const double l = panel.topK()->index(r, combined).data(Qt::UserRole).toDouble();
            QVERIFY(l > 0 && std::isfinite(l));
            QVERIFY2(l >= previous - 1e-9 * l, "the table is ranked best first");
            previous = l;
            const double d = panel.topK()->index(r, panel.topK()->distanceColumn()).data(Qt::UserRole).toDouble();
            QVERIFY(d >= 0 && std::isfinite(d));
        }
        QVERIFY(status(panel).startsWith("Finished 60 generations"));
        QVERIFY(panel.generationsPerSecond() > 0);
    }

    void pauseHoldsAndStopLeavesASearchThatContinues() {
        SearchPanel panel;
        setUp(panel, 10'000'000, 16, 8);
        QSignalSpy progressed(&panel, &SearchPanel::progressed);
        QSignalSpy done(&panel, &SearchPanel::searchFinished);
        QTest::mouseClick(button(panel, "startSearchButton"), Qt::LeftButton);
        QVERIFY(progressed.wait(30000));
        QTest::mouseClick(button(panel, "pauseSearchButton"), Qt::LeftButton);
        QCOMPARE(button(panel, "pauseSearchButton")->text(), QString("Resume"));
        QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty() && progressed.last().at(0).toBool(), 10000);
        QVERIFY2(status(panel).startsWith("Paused at generation"), qPrintable(status(panel)));
        progressed.clear();
        QTest::mouseClick(button(panel, "pauseSearchButton"), Qt::LeftButton);  // resume
        QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty() && !progressed.last().at(0).toBool(), 10000);
        QTest::mouseClick(button(panel, "stopSearchButton"), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(panel.result() && panel.result()->cancelled);
        const std::size_t ran = panel.generationsDone();
        QCOMPARE(ran, panel.result()->history.back().generation);
        QVERIFY(ran > 0);
        QCOMPARE(button(panel, "startSearchButton")->text(), QString("Continue"));
        // Continue runs on from the stopped generation (stop it again at once).
        QSignalSpy again(&panel, &SearchPanel::searchFinished);
        QTest::mouseClick(button(panel, "startSearchButton"), Qt::LeftButton);
        QVERIFY(progressed.wait(30000));
        panel.stop();
        QVERIFY(again.wait(10000));
        // The continuation started where the stop left it: its first generation is the next one.
        QVERIFY(panel.generationsDone() > ran);
        QCOMPARE(panel.bestCurve()->graph(0)->data()->at(0)->key, 1.0);  // the curve kept the first run
    }

    void verificationMatchesTheBuiltinSimulatorAndExportsReadBack() {
        SearchPanel panel;
        setUp(panel, 30);
        runToEnd(panel);
        QSignalSpy verified(&panel, &SearchPanel::verificationFinished);
        panel.verify(SearchPanel::Scope::TopK);
        QVERIFY(panel.isVerifying());
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.at(0).at(0).toBool(), true);
        TopKModel* m = panel.topK();
        QCOMPARE(m->verifiedCount(), 12);
        // The same designs through the simulator directly (what prime-cli simulate runs).
        std::vector<prime::Design> designs;
        for (const auto& p : m->top()) designs.push_back(p.design);
        prime::BuiltinSimulatorOracle oracle(prime::test_ui::searchLog()->space(), prime::SimConstants{}, 1);
        const auto expected = oracle.evaluate(designs, {"MobileNetV2", "M4"});
        int feasible = 0;
        for (int r = 0; r < 12; ++r) {
            for (std::size_t a = 0; a < 2; ++a) {
                const double shown = m->index(r, m->verifiedColumn(a)).data(Qt::UserRole).toDouble();
                const double want = expected[static_cast<std::size_t>(r)].latency_ms[a];
                // Same deterministic code on the same designs: equal up to the last bits.
                if (std::isfinite(want)) QVERIFY2(std::abs(shown - want) <= 1e-9 * want, qPrintable(QString::number(r)));
                else QVERIFY(!std::isfinite(shown));
            }
            const QString st = m->index(r, m->statusColumn()).data().toString();
            if (expected[static_cast<std::size_t>(r)].feasible) {
                ++feasible;
                QCOMPARE(st, QString("verified"));
            } else {
                QVERIFY2(st.startsWith("fails: ") && st.size() > 7, qPrintable(st));  // with its reason
            }
        }
        QCOMPARE(panel.plot()->verifiedPointCount(), feasible);

        // Export: a plain CSV (header first, no comments) that also opens as a design log.
        QTemporaryDir dir;
        const QString csv = dir.filePath("designs.csv");
        QString error;
        QVERIFY2(panel.exportDesigns(SearchPanel::Scope::TopK, csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 12 * 2);  // header + one row per (design, application)
        const QStringList header = lines.front().split(',');
        QCOMPARE(header.front(), QString("rank"));
        QVERIFY(header.contains("pes_x") && header.contains("app") && header.contains("latency_ms") &&
                header.contains("predicted_latency_ms"));
        for (const QString& l : lines) {
            QVERIFY(!l.startsWith('#'));
            QCOMPARE(l.count(','), header.size() - 1);
        }
        QVERIFY(QFile::exists(dir.filePath("designs.provenance.json")));
        const prime::DesignLog back = prime::read_log(csv.toStdString());
        QCOMPARE(back.rows(), std::size_t(24));
        QCOMPARE(back.app_names().size(), std::size_t(2));
        const QString json = dir.filePath("designs.json");
        QVERIFY2(panel.exportDesigns(SearchPanel::Scope::TopK, json, &error), qPrintable(error));
        const auto e = prime::read_designs_json(json.toStdString());
        QCOMPARE(e.proposals.size(), std::size_t(12));
        QVERIFY(e.proposals.front().verified.has_value());
        // Every top-K design is verified: the report can be written.
        QVERIFY2(panel.saveReport(dir.filePath("report.md"), &error), qPrintable(error));
        QFile rep(dir.filePath("report.md"));
        QVERIFY(rep.open(QIODevice::ReadOnly));
        QVERIFY(rep.readAll().contains("MobileNetV2"));
    }

    void aSavedStudyReopensWithTheSameProposalsAndPins() {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.primestudy");
        std::vector<prime::Design> saved, pins;
        {
            SearchPanel panel;
            setUp(panel, 20);
            runToEnd(panel);
            panel.topK()->setPinned(2, true);
            panel.topK()->setPinned(5, true);
            for (const auto& p : panel.topK()->top()) saved.push_back(p.design);
            for (const auto& p : panel.topK()->pinned()) pins.push_back(p.design);
            QString error;
            QVERIFY2(panel.saveStudy(path, &error), qPrintable(error));
        }
        SearchPanel panel;
        panel.setProperty("suppressDialogs", true);
        panel.setLog(prime::test_ui::searchLog(), {});
        panel.setSurrogate(prime::test_ui::searchSurrogate(), prime::test_ui::searchLog());
        QString error;
        QVERIFY2(panel.openStudy(path, &error), qPrintable(error));
        std::vector<prime::Design> reopened, reopenedPins;
        for (const auto& p : panel.topK()->top()) reopened.push_back(p.design);
        for (const auto& p : panel.topK()->pinned()) reopenedPins.push_back(p.design);
        QVERIFY(reopened == saved);
        QVERIFY(reopenedPins == pins);
        QCOMPARE(panel.findChild<QSpinBox*>("searchGenerations")->value(), 20);
        QCOMPARE(panel.findChild<QComboBox*>("optimizerKind")->currentData().toString(), QString("firefly"));
        QVERIFY(panel.plot()->hasBest());
    }

    void perApplicationRatiosMatchAHandComputation() {
        SearchPanel panel;
        setUp(panel, 30);
        runToEnd(panel);
        QSignalSpy verified(&panel, &SearchPanel::verificationFinished);
        panel.verify(SearchPanel::Scope::TopK);
        QVERIFY(verified.wait(60000));
        panel.topK()->setPinned(0, true);
        panel.topK()->setPinned(3, true);
        QVERIFY(panel.compare(SearchPanel::Scope::Pinned));
        const prime::Tradeoffs& t = panel.tradeoffView()->tradeoffs();
        QCOMPARE(t.apps.size(), std::size_t(2));
        QCOMPARE(t.combined_ratio.size(), std::size_t(2));
        // By hand: the best feasible logged latency within 27 mm² per application,
        // divided by each pinned design's simulated latency (0 when it fails there).
        const auto& log = *prime::test_ui::searchLog();
        const auto pinned = panel.topK()->pinned();
        std::vector<double> product(2, 1.0);
        for (std::size_t a = 0; a < 2; ++a) {
            double best = INFINITY;
            for (std::size_t r = 0; r < log.rows(); ++r)
                if (log.app()[r] == a && log.feasible()[r] && log.area_mm2()[r] <= 27.0 && log.latency_ms()[r] > 0)
                    best = std::min(best, static_cast<double>(log.latency_ms()[r]));
            QCOMPARE(log.app_names()[a], t.apps[a].app);
            // Same float values, one division: equal up to rounding.
            QVERIFY(std::abs(t.apps[a].best_logged_ms - best) <= 1e-12 * best);
            for (std::size_t i = 0; i < 2; ++i) {
                const auto& v = *pinned[i].verified;
                const double want = v.app_feasible[a] ? best / v.latency_ms[a] : 0.0;
                QVERIFY2(std::abs(t.apps[a].ratio[i] - want) <= 1e-12 * std::max(1.0, want),
                         qPrintable(QString("%1 vs %2").arg(t.apps[a].ratio[i]).arg(want)));
                product[i] *= want;
            }
        }
        // Geometric mean of the two ratios: the study's aggregate.
        for (std::size_t i = 0; i < 2; ++i) {
            const double want = std::sqrt(product[i]);
            if (want > 0) QVERIFY(std::abs(t.combined_ratio[i] - want) <= 1e-9 * want);
        }
        QCOMPARE(t.best_overall, std::size_t(t.combined_ratio[1] > t.combined_ratio[0] ? 1 : 0));
        // The chart: best logged + predicted and simulated for each design; the table: a row per design.
        QCOMPARE(panel.tradeoffView()->barSetCount(), 1 + 2 * 2);
        QCOMPARE(panel.tradeoffView()->table()->rowCount(), 1 + 2);
        // A design failing on an application has combined ratio 0: then none is "best for all".
        const bool anyRunsAll = std::max(t.combined_ratio[0], t.combined_ratio[1]) > 0;
        QCOMPARE(panel.tradeoffView()->summary().contains("Best for all applications"), anyRunsAll);
        QCOMPARE(panel.tradeoffView()->summary().contains("None of these designs runs every application"), !anyRunsAll);

        // Every plot saves as PNG, SVG and PDF (vector formats keep their text).
        QTemporaryDir dir;
        const QList<QWidget*> plots{panel.plot(), panel.bestCurve(), panel.hypervolumeCurve(), panel.tradeoffView()->chart()};
        panel.resize(1200, 800);
        panel.show();
        for (int i = 0; i < plots.size(); ++i) {
            for (const char* ext : {"png", "svg", "pdf"}) {
                const QString path = dir.filePath(QString("plot%1.%2").arg(i).arg(ext));
                QString error;
                QVERIFY2(prime::ui::savePlot(plots[i], path, &error), qPrintable(error));
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray head = f.read(8);
                if (QString(ext) == "png") QVERIFY(head.startsWith("\x89PNG"));
                if (QString(ext) == "pdf") QVERIFY(head.startsWith("%PDF"));
                if (QString(ext) == "svg") {
                    QVERIFY(head.startsWith("<?xml"));
                    QVERIFY(f.readAll().contains("<svg"));
                }
            }
        }
        QString error;
        QVERIFY(!prime::ui::savePlot(panel.plot(), dir.filePath("x.bmp"), &error));
        QVERIFY(error.contains("png"));
    }

    void aCommandOracleIsTestedInItsDialogAndVerifiesDesigns() {
        // A stand-in simulator (docs/oracles.md protocol): latency = pes_x * pes_y + 0.5, area 10, always runs.
        QTemporaryDir dir;
        const QString script = dir.filePath("sim.sh");
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nawk -F, 'NR == 1 { print \"id,app,latency_ms,area_mm2,feasible,reason\"; next }\n"
                "{ printf \"%s,%s,%g,10,1,\\n\", $1, $2, $3 * $4 + 0.5 }' \"$1\" > \"$2\"\n");
        f.close();
        const auto log = prime::test_ui::searchLog();
        prime::ui::OracleDialog dialog(log, prime::OracleSettings{});
        dialog.findChild<QLineEdit*>("oracleCommand")->setText("sh " + script + " {in} {out}");
        QSignalSpy tested(&dialog, &prime::ui::OracleDialog::testFinished);
        QTest::mouseClick(dialog.findChild<QPushButton*>("oracleTestButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(dialog.testResult()));
        // The first feasible logged design is the one tested.
        std::size_t row = 0;
        while (!(log->feasible()[row] && log->latency_ms()[row] > 0)) ++row;
        const prime::Design d = log->design(static_cast<prime::RowIndex>(row));
        const double want = log->space().value(0, d[0]) * log->space().value(1, d[1]) + 0.5;
        QVERIFY2(dialog.testResult().contains(QString("command %1 ms").arg(want, 0, 'g', 6)), qPrintable(dialog.testResult()));
        QVERIFY(dialog.testResult().contains(QString("Logged latency %1 ms").arg(log->latency_ms()[row], 0, 'g', 6)));
        // A failing command's long stderr is shown whole: the dialog grows to its text.
        dialog.show();
        dialog.findChild<QLineEdit*>("oracleCommand")
            ->setText("sh -c 'echo the license server at 10.0.0.1 is unreachable, retried 3 times, giving up now, "
                      "see /var/log/sim/license.log for the details of every attempt >&2; exit 4' {in} {out}");
        QTest::mouseClick(dialog.findChild<QPushButton*>("oracleTestButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY(dialog.testResult().contains("license server"));
        QVERIFY2(dialog.height() >= dialog.sizeHint().height(),
                 qPrintable(QString("%1 < %2").arg(dialog.height()).arg(dialog.sizeHint().height())));
        dialog.findChild<QLineEdit*>("oracleCommand")->setText("sh " + script + " {in} {out}");  // the working one again

        SearchPanel panel;
        setUp(panel, 15, 32, 6);
        runToEnd(panel);
        panel.setCommandOracle(dialog.settings());
        QSignalSpy verified(&panel, &SearchPanel::verificationFinished);
        panel.verify(SearchPanel::Scope::TopK);
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.at(0).at(0).toBool(), true);
        TopKModel* m = panel.topK();
        const auto& space = log->space();
        for (int r = 0; r < m->rowCount(); ++r) {
            const prime::Proposal p = m->proposal(r);
            const double expect = space.value(0, p.design[0]) * space.value(1, p.design[1]) + 0.5;
            for (std::size_t a = 0; a < 2; ++a) {
                const double shown = m->index(r, m->verifiedColumn(a)).data(Qt::UserRole).toDouble();
                QVERIFY(std::abs(shown - expect) <= 1e-6 * expect);  // printed with %g: 6 significant digits
            }
            QCOMPARE(m->index(r, m->statusColumn()).data().toString(), QString("verified"));
        }
        // A failing command: its reason reaches the user, nothing is marked verified.
        prime::OracleSettings broken = dialog.settings();
        broken.command = "sh -c 'echo simulator exploded >&2; exit 3'";
        panel.setCommandOracle(broken);
        QSignalSpy failed(&panel, &SearchPanel::failed);
        panel.verify(SearchPanel::Scope::TopK);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.last().at(0).toString().contains("exploded"), qPrintable(failed.last().at(0).toString()));
        QVERIFY(!panel.isVerifying());
        // The oracle box decides what verifies, also after the search: back to
        // the built-in simulator, the numbers are the simulator's, not the toy's.
        auto* oracleBox = panel.findChild<QComboBox*>("searchOracle");
        oracleBox->setCurrentIndex(oracleBox->findData(QStringLiteral("builtin")));
        QSignalSpy again(&panel, &SearchPanel::verificationFinished);
        panel.verify(SearchPanel::Scope::TopK);
        QVERIFY(again.wait(60000));
        QCOMPARE(QString::fromStdString(panel.session()->oracle()->describe()), QString("builtin simulator"));
        prime::BuiltinSimulatorOracle simulator(log->space());
        const prime::Proposal first = m->proposal(0);
        const auto sim = simulator.evaluate({first.design}, panel.session()->apps());
        QCOMPARE(m->index(0, m->statusColumn()).data().toString() == QString("verified"), bool(sim[0].feasible));
        if (sim[0].app_feasible[0]) {
            const double shown = m->index(0, m->verifiedColumn(0)).data(Qt::UserRole).toDouble();
            QVERIFY2(std::abs(shown - sim[0].latency_ms[0]) <= 1e-6 * sim[0].latency_ms[0],
                     qPrintable(QString("%1 vs %2").arg(shown).arg(sim[0].latency_ms[0])));
        }
    }

    void addingVerifiedDesignsExtendsTheLogRetrainsAndContinues() {
        SearchPanel panel;
        setUp(panel, 20, 32, 6);
        runToEnd(panel);
        QSignalSpy verified(&panel, &SearchPanel::verificationFinished);
        panel.verify(SearchPanel::Scope::TopK);
        QVERIFY(verified.wait(60000));
        QTemporaryDir dir;
        const QString path = dir.filePath("closed.primelog");
        QSignalSpy extended(&panel, &SearchPanel::logExtended);
        QSignalSpy closed(&panel, &SearchPanel::loopClosed);
        QSignalSpy done(&panel, &SearchPanel::searchFinished);
        QSignalSpy failed(&panel, &SearchPanel::failed);
        QVERIFY(panel.addVerifiedAndContinue(path, 50));
        QVERIFY(closed.wait(120000));
        QVERIFY2(closed.at(0).at(0).toBool(), failed.isEmpty() ? "" : qPrintable(failed.last().at(0).toString()));
        const auto log = extended.at(0).at(0).value<std::shared_ptr<const prime::DesignLog>>();
        // One row per (verified design, application).
        QCOMPARE(log->rows(), prime::test_ui::searchLog()->rows() + 6 * 2);
        QCOMPARE(prime::read_log(path.toStdString()).rows(), log->rows());
        // The search continued (resumed from its optimizer state) on the retrained model.
        QVERIFY(panel.isSearching() || done.count() > 0);
        if (done.isEmpty()) QVERIFY(done.wait(60000));
        QVERIFY(panel.session() && &panel.session()->log() == log.get());
    }

    void aStudySavedWhilePausedResumesThere() {
        QTemporaryDir dir;
        const QString path = dir.filePath("paused.primestudy");
        std::size_t pausedAt = 0;
        {
            SearchPanel panel;
            setUp(panel, 10'000'000, 16, 4);
            QSignalSpy progressed(&panel, &SearchPanel::progressed);
            QSignalSpy done(&panel, &SearchPanel::searchFinished);
            QTest::mouseClick(button(panel, "startSearchButton"), Qt::LeftButton);
            QVERIFY(progressed.wait(30000));
            panel.togglePause();
            QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty() && progressed.last().at(0).toBool(), 10000);
            pausedAt = panel.generationsDone();
            QString error;
            QVERIFY2(panel.saveStudy(path, &error), qPrintable(error));
            panel.stop();
            QVERIFY(done.wait(10000));
        }
        const prime::StudyFile f = prime::load_study_file(path.toStdString());
        QVERIFY(f.optimizer_state.is_object());
        SearchPanel panel;
        panel.setProperty("suppressDialogs", true);
        panel.setLog(prime::test_ui::searchLog(), {});
        panel.setSurrogate(prime::test_ui::searchSurrogate(), prime::test_ui::searchLog());
        QString error;
        QVERIFY2(panel.openStudy(path, &error), qPrintable(error));
        QCOMPARE(button(panel, "startSearchButton")->text(), QString("Continue"));
        QSignalSpy progressed(&panel, &SearchPanel::progressed);
        QSignalSpy done(&panel, &SearchPanel::searchFinished);
        QTest::mouseClick(button(panel, "startSearchButton"), Qt::LeftButton);
        QVERIFY(progressed.wait(30000));
        panel.stop();
        QVERIFY(done.wait(10000));
        // It went on from the saved generation, not from the start.
        QCOMPARE(f.optimizer_state.value("generation", std::size_t(0)), pausedAt);
        QVERIFY(panel.generationsDone() > pausedAt);
        QCOMPARE(panel.bestCurve()->graph(0)->data()->at(0)->key, double(pausedAt + 1));
    }

    void theLogBehindTheSearchIsADensityLayerWhenManyDesignsAreShown() {
        // As the explorer: a density raster for many visible logged designs, markers for few.
        prime::ui::SearchPlot plot;
        plot.resize(600, 400);
        plot.show();
        std::vector<double> area, latency;
        for (int i = 0; i < 20000; ++i) area.push_back(1 + (i % 200) * 0.5), latency.push_back(0.5 + (i % 97) * 0.1);
        plot.setBackground(area, latency, 50.0);
        plot.replot();
        QCOMPARE(plot.backgroundPointCount(), 20000);
        QVERIFY(plot.backgroundIsDensity());
        area.resize(300);
        latency.resize(300);
        plot.setBackground(area, latency, 50.0, 0);
        plot.replot();
        QCOMPARE(plot.backgroundPointCount(), 300);
        QVERIFY(!plot.backgroundIsDensity());
        // Zoomed in on a corner of the 20,000: few visible, so markers again.
        area.clear(), latency.clear();
        for (int i = 0; i < 20000; ++i) area.push_back(1 + (i % 200) * 0.5), latency.push_back(0.5 + (i % 97) * 0.1);
        plot.setBackground(area, latency, 50.0);
        plot.replot();
        QVERIFY(plot.backgroundIsDensity());
        plot.xAxis->setRange(1, 2);
        plot.replot();
        QVERIFY(!plot.backgroundIsDensity());
    }

    void aWheelOverAnUnfocusedBoxDoesNotChangeTheSetting() {
        // Scrolling the settings with the wheel passed over the oracle box and switched the oracle.
        SearchPanel panel;
        panel.show();
        auto* oracleBox = panel.findChild<QComboBox*>("searchOracle");
        oracleBox->setCurrentIndex(1);  // a wheel step either way has somewhere to go
        const int before = oracleBox->currentIndex();
        const QPointF at(5, 5);
        QWheelEvent wheel(at, oracleBox->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(oracleBox, &wheel);
        QCOMPARE(oracleBox->currentIndex(), before);
        // Focused (clicked or tabbed to), the wheel changes it as usual.
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        oracleBox->setFocus();
        QTRY_VERIFY(oracleBox->hasFocus());
        QWheelEvent focused(at, oracleBox->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                            Qt::NoScrollPhase, false);
        QApplication::sendEvent(oracleBox, &focused);
        QVERIFY(oracleBox->currentIndex() != before);
    }

    void aBadSettingIsReportedBeforeAnyWork() {
        SearchPanel panel;
        setUp(panel, 10);
        panel.findChild<QLineEdit*>("optimizerOptions")->setText("{\"gamma\": -1}");
        QSignalSpy failed(&panel, &SearchPanel::failed);
        QTest::mouseClick(button(panel, "startSearchButton"), Qt::LeftButton);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains("gamma"), qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!panel.isSearching());
    }
};

QTEST_MAIN(SearchPanelTest)
#include "search_panel_test.moc"
