// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's other views offscreen, on the hand-made log: the design
// table (filters, the plot's selection, sort, copy as CSV), the budget dock,
// the feasibility map against hand-computed cells, and the column-mapping
// dialog on a CSV whose columns the reader does not know.
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "area_latency_plot.h"
#include "budget_controller.h"
#include "budget_panel.h"
#include "column_mapping_dialog.h"
#include "design_table_model.h"
#include "design_table_view.h"
#include "explorer_fixture.h"
#include "feasibility_view.h"
#include "main_window.h"

using namespace prime::ui;

class ExplorerViewsTest : public QObject {
    Q_OBJECT

    static prime::Selection shownRows(DesignTableView& t) {
        prime::Selection rows;
        for (int i = 0; i < t.model()->rowCount(); ++i) rows.push_back(t.model()->logRow(i));
        return rows;
    }
    // Applies a change to the table and waits for the filtered rows.
    template <typename Change>
    static bool refiltered(DesignTableView& t, Change change) {
        QSignalSpy spy(&t, &DesignTableView::rowsUpdated);
        change();
        return spy.wait(5000);
    }

private Q_SLOTS:
    void initTestCase() {
        // Remembered column mappings go to a throw-away settings scope.
        QCoreApplication::setOrganizationName("prime-studio-tests");
        QCoreApplication::setApplicationName("explorer-views");
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void tableCountsAfterFiltering() {
        ExplorerState state;
        BudgetController budget;
        budget.setLimitMm2(9);
        DesignTableView table(&state, &budget);
        table.resize(900, 400);
        table.show();
        QVERIFY(refiltered(table, [&] { loadInto(state, handMadeLog()); }));
        QCOMPARE(table.model()->rowCount(), 9);
        QCOMPARE(table.model()->columnCount(), 6 + 2);  // row, app, feasible, reason, latency, area + a, b
        QCOMPARE(table.model()->headerData(6, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("a (KiB)"));
        auto* feasible = table.findChild<QComboBox*>("feasibilityFilter");
        QVERIFY(refiltered(table, [&] { feasible->setCurrentIndex(1); }));
        QCOMPARE(shownRows(table), (prime::Selection{0, 1, 2, 4, 6, 8}));
        QVERIFY(refiltered(table, [&] { table.findChild<QCheckBox*>("inBudgetFilter")->setChecked(true); }));
        QCOMPARE(shownRows(table), (prime::Selection{0, 1, 2, 4, 6}));  // row 8 has 20 mm² > 9
        QVERIFY(refiltered(table, [&] { budget.setLimitMm2(6); }));      // the budget drives the filter
        QCOMPARE(shownRows(table), (prime::Selection{0, 1}));
        QVERIFY(refiltered(table, [&] { budget.setLimitMm2(9); }));
        QVERIFY(refiltered(table, [&] { state.setApp(1); }));  // the explorer's application
        QCOMPARE(shownRows(table), (prime::Selection{4, 6}));
        QVERIFY2(table.findChild<QLabel*>("tableCount")->text().contains("2"), qPrintable(table.findChild<QLabel*>("tableCount")->text()));
        QVERIFY(refiltered(table, [&] { state.setApp(-1); }));
        // b from 20 to 30 (value indices 1..2): of the five, rows 2 and 6.
        QVERIFY(refiltered(table, [&] { table.findChild<QComboBox*>("rangeParameter")->setCurrentIndex(2); }));
        QVERIFY(refiltered(table, [&] { table.findChild<QComboBox*>("rangeMin")->setCurrentIndex(1); }));
        QCOMPARE(shownRows(table), (prime::Selection{2, 6}));

        // Sort by latency, fastest first, then slowest first (header clicks).
        QVERIFY(refiltered(table, [&] { table.findChild<QComboBox*>("rangeParameter")->setCurrentIndex(0); }));
        QVERIFY(refiltered(table, [&] { table.findChild<QCheckBox*>("inBudgetFilter")->setChecked(false); }));
        QHeaderView* header = table.table()->horizontalHeader();
        const int latencyX = header->sectionViewportPosition(4) + 5;
        QVERIFY(refiltered(table, [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(latencyX, 5)); }));
        QCOMPARE(shownRows(table), (prime::Selection{8, 4, 6, 1, 2, 0}));
        QVERIFY(refiltered(table, [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(latencyX, 5)); }));
        QCOMPARE(shownRows(table), (prime::Selection{0, 2, 1, 6, 4, 8}));

        // Selecting table rows selects the designs in the plot; Ctrl+C copies them as CSV.
        table.table()->selectRow(0);
        QCOMPARE(*state.selection(), (prime::Selection{0}));
        table.table()->setFocus();
        QTest::keyClick(table.table(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("row,application,feasible,reason,latency_ms,area_mm2,a,b"));
        QCOMPARE(lines[1], QStringLiteral("0,x,1,,10,5,1,10"));
    }

    void plotSelectionDrivesTheTable() {
        ExplorerState state;
        BudgetController budget;
        DesignTableView table(&state, &budget);
        QVERIFY(refiltered(table, [&] { loadInto(state, handMadeLog()); }));
        QVERIFY(refiltered(table, [&] { state.setSelection(std::make_shared<const prime::Selection>(prime::Selection{7, 3})); }));
        QVERIFY(table.findChild<QCheckBox*>("selectionFilter")->isChecked());
        QCOMPARE(shownRows(table), (prime::Selection{7, 3}));
        QVERIFY(refiltered(table, [&] { state.clearSelection(); }));
        QCOMPARE(table.model()->rowCount(), 9);
    }

    void budgetDockShowsTheBestDesigns() {
        ExplorerState state;
        BudgetController budget;
        budget.setLimitMm2(9.5);
        BudgetPanel panel(&state, &budget);
        loadInto(state, handMadeLog());
        QTableWidget* t = panel.table();
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("x"));
        QCOMPARE(t->item(0, 1)->text(), QLocale().toString(8.0, 'g', 4));   // row 1
        QCOMPARE(t->item(1, 1)->text(), QLocale().toString(2.0, 'g', 4));   // row 4
        QCOMPARE(t->item(1, 3)->text(), QStringLiteral("2"));               // rows 4 and 6 within 9.5 mm²
        budget.setLimitMm2(5.5);
        QCOMPARE(t->item(1, 1)->text(), QStringLiteral("–"));  // y: nothing fits
        QVERIFY(panel.findChild<QLabel*>("budgetSummary")->text().contains("5"));
    }

    void feasibilityMapMatchesHandComputedCells() {
        ExplorerState state;
        BudgetController budget;
        budget.setLimitMm2(9.5);
        FeasibilityView view(&state, &budget);
        view.resize(900, 400);
        view.show();
        QSignalSpy updated(&view, &FeasibilityView::updated);
        loadInto(state, handMadeLog());
        QVERIFY(updated.wait(5000));
        const auto* g = view.grid();
        QVERIFY(g);
        QCOMPARE(g->nx, std::size_t(2));  // x = a, y = b by default
        QCOMPARE(g->ny, std::size_t(3));
        QCOMPARE(view.cellValue(0, 0), 1.0);  // (a=1, b=10): rows 0, 4, 8 all feasible
        QCOMPARE(view.cellValue(1, 1), 0.5);  // (a=2, b=20): rows 2 and 5
        QCOMPARE(view.cellValue(0, 2), 0.0);  // (a=1, b=30): row 3, infeasible
        // Best latency within 9.5 mm², all applications: (a=1, b=10) is row 4 (2 ms; row 8 is over budget).
        view.setMode(1);
        QCOMPARE(view.cellValue(0, 0), 2.0);
        QVERIFY(std::isnan(view.cellValue(0, 2)));  // nothing feasible there
        // Application y only: (a=2, b=10) has no design of y.
        updated.clear();
        state.setApp(1);
        QVERIFY(updated.wait(5000));
        view.setMode(0);
        QVERIFY(std::isnan(view.cellValue(1, 0)));
        // Histogram of b, stacked by reason: R1 at b=30 holds rows 3 and 7 (all applications).
        updated.clear();
        state.setApp(-1);
        QVERIFY(updated.wait(5000));
        QCOMPARE(view.histogram(1)->infeasible[1], (std::vector<std::uint64_t>{0, 0, 2}));
    }

    void mappingDialogOnAForeignCsv() {
        QTemporaryDir dir;
        const QString path = dir.filePath("foreign.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("cfg_pes,cfg_mem,cycles_ms,chip_mm2,ok,bench\n"
                "4,64,1.5,20,1,resnet\n"
                "8,64,0,35,0,resnet\n"
                "8,128,0.9,41,1,bert\n");
        f.close();
        {
            ColumnMappingDialog dialog(path);
            QCOMPARE(dialog.header().size(), std::size_t(6));
            QVERIFY(dialog.problem().has_value());  // no latency, area or feasibility column recognised
            QCOMPARE(dialog.findChild<QTableWidget*>("mappingPreview")->item(1, 5)->text(), QStringLiteral("resnet"));
            dialog.setRole(2, prime::ColumnRole::Latency);
            dialog.setRole(3, prime::ColumnRole::Area);
            QVERIFY(dialog.problem().has_value());  // still no feasibility flag
            dialog.setRole(4, prime::ColumnRole::Feasible);
            dialog.setRole(5, prime::ColumnRole::Application);
            QVERIFY2(!dialog.problem(), qPrintable(dialog.problem().value_or(QString())));
            QCOMPARE(dialog.roles().at("cfg_pes"), prime::ColumnRole::Parameter);
            dialog.remember();
        }
        // The next open of a file with these columns needs no dialog: the roles are remembered.
        const auto remembered = ColumnMappingDialog::rememberedRoles({"cycles_ms", "chip_mm2", "other"});
        QCOMPARE(remembered.size(), std::size_t(2));
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs({path});
        QVERIFY(ready.wait(10000));
        QCOMPARE(w.log()->rows(), std::size_t(3));
        QCOMPARE(w.log()->app_names().size(), std::size_t(2));  // resnet, bert
        QCOMPARE(w.log()->space().dimension(), std::size_t(2));  // cfg_pes, cfg_mem
        QCOMPARE(w.plot()->feasiblePointCount(), 2);
    }

    void severalFilesOpenAsOneLog() {
        QTemporaryDir dir;
        QStringList paths;
        for (const char* app : {"alpha", "beta"}) {
            const QString path = dir.filePath(QStringLiteral("%1.csv").arg(app));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("param_a,runtime,area,infeasible\n1,2,3,0\n2,1,4,0\n3,0,5,1\n");
            f.close();
            paths << path;
        }
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs(paths);
        QVERIFY(ready.wait(10000));
        QCOMPARE(w.log()->rows(), std::size_t(6));
        QCOMPARE(w.log()->app_names().size(), std::size_t(2));  // one application per file (its stem)
        QVERIFY(w.windowTitle().contains("1 more"));
    }
};

QTEST_MAIN(ExplorerViewsTest)
#include "explorer_views_test.moc"
