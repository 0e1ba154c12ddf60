// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the design-space plot offscreen on a hand-made log: the front per
// application, the best design under a moving budget (spin box, drag, undo),
// hover, click and rectangle selection, and marker vs density frames.
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include "area_latency_plot.h"
#include "budget_controller.h"
#include "explorer_fixture.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"

using namespace prime::ui;

class ExplorerPlotTest : public QObject {
    Q_OBJECT

    struct Fixture {
        ExplorerState state;
        BudgetController budget;
        QUndoStack undo;
        AreaLatencyPlot plot;
        Fixture() {
            budget.setLimitMm2(27);
            budget.setUndoStack(&undo);
            plot.attach(&state, &budget);
            plot.resize(800, 600);
            plot.show();
        }
        // Loads and waits for the frame that answers the home view.
        bool load(std::shared_ptr<const prime::DesignLog> log) {
            loadInto(state, std::move(log));
            return waitCurrent();
        }
        bool waitCurrent() {
            return QTest::qWaitFor([this] {
                plot.replot();
                return plot.frameIsCurrent();
            }, 10000);
        }
    };

private Q_SLOTS:
    void switchingApplicationChangesTheFront() {
        Fixture f;
        QVERIFY(f.load(handMadeLog()));
        QCOMPARE(f.plot.paretoPointCount(), 4);  // x: rows 0, 1; y: rows 4, 8
        QCOMPARE(f.plot.frontInBudget(0), (prime::Selection{0, 1}));
        QCOMPARE(f.plot.frontInBudget(1), (prime::Selection{4, 8}));
        f.state.setApp(1);
        QVERIFY(f.waitCurrent());
        QCOMPARE(f.plot.paretoPointCount(), 2);
        QCOMPARE(f.plot.frontInBudget(1), (prime::Selection{4, 8}));
        QVERIFY(f.plot.frontInBudget(0).empty());  // x is hidden now
        QCOMPARE(f.plot.feasiblePointCount(), 3);     // rows 4, 6, 8
        f.state.setApp(0);
        QVERIFY(f.waitCurrent());
        QCOMPARE(f.plot.frontInBudget(0), (prime::Selection{0, 1}));
        QCOMPARE(f.plot.feasiblePointCount(), 3);  // rows 0, 1, 2
    }

    void movingTheBudgetMovesTheBestDesign() {
        Fixture f;
        QVERIFY(f.load(handMadeLog()));
        // 27 mm²: everything fits; best of x is row 1 (8 ms), of y row 8 (1 ms, 20 mm²).
        QCOMPARE(f.plot.markedBest(0), std::optional<prime::RowIndex>(1));
        QCOMPARE(f.plot.markedBest(1), std::optional<prime::RowIndex>(8));
        f.budget.setLimitMm2(9.5);  // y: row 8 (20 mm²) leaves, row 4 (9 mm², 2 ms) is best
        QCOMPARE(f.plot.markedBest(1), std::optional<prime::RowIndex>(4));
        QCOMPARE(f.plot.frontInBudget(1), (prime::Selection{4}));
        f.budget.setLimitMm2(5.5);  // x: only row 0 (5 mm²) fits; y: nothing
        QCOMPARE(f.plot.markedBest(0), std::optional<prime::RowIndex>(0));
        QCOMPARE(f.plot.markedBest(1), std::nullopt);

        // Drag the red line from 5.5 mm² to about 6.5 mm²: row 1 (6 mm²) becomes x's best.
        f.plot.replot();
        const int y = f.plot.axisRect()->rect().center().y();
        const QPoint from(static_cast<int>(std::lround(f.plot.xAxis->coordToPixel(5.5))), y);
        const QPoint to(static_cast<int>(std::lround(f.plot.xAxis->coordToPixel(6.5))), y);
        const int undoBefore = f.undo.count();
        QTest::mousePress(&f.plot, Qt::LeftButton, {}, from);
        QTest::mouseMove(&f.plot, (from + to) / 2);
        QTest::mouseMove(&f.plot, to);
        QTest::mouseRelease(&f.plot, Qt::LeftButton, {}, to);
        // One pixel is a small fraction of a mm² here; 6.5 +- 0.1 keeps row 1 in and row 2 (7 mm²) out.
        QVERIFY2(std::abs(f.budget.limitMm2() - 6.5) < 0.1, qPrintable(QString::number(f.budget.limitMm2())));
        QCOMPARE(f.plot.markedBest(0), std::optional<prime::RowIndex>(1));
        QCOMPARE(f.undo.count(), undoBefore + 1);  // the whole drag is one undo step
        f.undo.undo();
        QCOMPARE(f.budget.limitMm2(), 5.5);
        QCOMPARE(f.plot.markedBest(0), std::optional<prime::RowIndex>(0));
    }

    void hoverNamesTheDesignWithUnits() {
        Fixture f;
        QVERIFY(f.load(handMadeLog()));
        QVERIFY(f.plot.markerMode());  // nine designs: each one drawn
        f.plot.replot();
        const QPoint at = f.plot.pixelOf(1).toPoint();
        QTest::mouseMove(&f.plot, at);
        QCOMPARE(f.plot.hoveredRow(), std::optional<prime::RowIndex>(1));
        const QString text = f.plot.hoverText();
        QVERIFY2(text.contains("Knob A") && text.contains("2 KiB"), qPrintable(text));  // a = 2, with its unit
        QVERIFY2(text.contains("Latency: 8 ms") && text.contains("Area: 6 mm²"), qPrintable(text));
        QVERIFY2(text.contains("<b>x</b>") || text.contains("· x"), qPrintable(text));
        // An infeasible design in the band says why.
        QTest::mouseMove(&f.plot, f.plot.pixelOf(7).toPoint());
        QCOMPARE(f.plot.hoveredRow(), std::optional<prime::RowIndex>(7));
        QVERIFY2(f.plot.hoverText().contains("Infeasible: R1"), qPrintable(f.plot.hoverText()));
    }

    void clickAndRectangleSelect() {
        Fixture f;
        QVERIFY(f.load(handMadeLog()));
        f.plot.replot();
        QSignalSpy changed(&f.state, &ExplorerState::selectionChanged);
        QTest::mouseClick(&f.plot, Qt::LeftButton, {}, f.plot.pixelOf(4).toPoint());
        QCOMPARE(*f.state.selection(), (prime::Selection{4}));
        // Shift+drag around rows 4 and 6 (9 mm², 2 and 3 ms) only.
        const QPoint a(static_cast<int>(f.plot.xAxis->coordToPixel(8.5)), static_cast<int>(f.plot.yAxis->coordToPixel(3.5)));
        const QPoint b(static_cast<int>(f.plot.xAxis->coordToPixel(9.5)), static_cast<int>(f.plot.yAxis->coordToPixel(1.5)));
        changed.clear();
        QTest::mousePress(&f.plot, Qt::LeftButton, Qt::ShiftModifier, a);
        QTest::mouseMove(&f.plot, b);
        QTest::mouseRelease(&f.plot, Qt::LeftButton, Qt::ShiftModifier, b);
        QVERIFY(changed.wait(5000));
        QCOMPARE(*f.state.selection(), (prime::Selection{4, 6}));
    }

    void manyDesignsAreDensityFewAreMarkers() {
        // 9 x 600 designs of the built-in simulator: more than the marker limit in the home view.
        prime::GenerateOptions o;
        o.designs = 600;
        o.seed = 3;
        o.jobs = 1;
        std::vector<prime::Workload> workloads;
        for (const char* name : {"MobileNetV2", "M4", "M5", "M6", "U-Net", "MobileNetV3", "MobileNetEdgeTPU"})
            workloads.push_back(prime::load_builtin_workload(name));
        auto log = std::make_shared<const prime::DesignLog>(prime::generate_log(prime::builtin_edgetpu_space(), workloads, o));
        Fixture f;
        QVERIFY(f.load(log));
        QVERIFY(!f.plot.markerMode());
        // Zoom far into the best design of MobileNetV2: few designs left, drawn one by one.
        f.state.setApp(0);
        QVERIFY(f.waitCurrent());
        const auto best = f.plot.markedBest(0);
        QVERIFY(best.has_value());
        const double area = log->area_mm2()[*best], lat = log->latency_ms()[*best];
        f.plot.xAxis->setRange(area * 0.98, area * 1.02);
        f.plot.yAxis->setRange(lat * 0.9, lat * 1.1);
        QVERIFY(f.waitCurrent());
        QVERIFY(f.plot.markerMode());
        QVERIFY(f.plot.markerCount() >= 1);
        // Hovering the best design's marker names it, with the built-in space's units.
        QTest::mouseMove(&f.plot, f.plot.pixelOf(*best).toPoint());
        QVERIFY(f.plot.hoveredRow().has_value());
        QVERIFY2(f.plot.hoverText().contains("PE memory"), qPrintable(f.plot.hoverText()));
        QVERIFY2(f.plot.hoverText().contains("bytes"), qPrintable(f.plot.hoverText()));
        // Home brings every design of MobileNetV2 back: 600, few enough to draw each.
        QTest::keyClick(&f.plot, Qt::Key_Home);
        QVERIFY(f.waitCurrent());
        QCOMPARE(f.plot.markerCount(), 600);
        // All applications again: 4,200 designs is past the marker limit, so density.
        f.state.setApp(-1);
        QVERIFY(f.waitCurrent());
        QVERIFY(!f.plot.markerMode());
    }
};

QTEST_MAIN(ExplorerPlotTest)
#include "explorer_plot_test.moc"
