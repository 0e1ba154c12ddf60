// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a desktop program: the View menu, the saved layout and
// Reset Layout, recent files, drag and drop, preferences (threads, theme,
// language, default budget and model), undo/redo of the selection, the
// table's filters and pins, the shortcuts shown in the menus, and About.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>

#include "app_settings.h"
#include "area_latency_plot.h"
#include "budget_controller.h"
#include "design_table_view.h"
#include "explorer_state.h"
#include "main_window.h"
#include "model/torch_runtime.h"
#include "qcustomplot.h"
#include "settings_dialog.h"
#include "space/space_json.h"
#include "theme.h"
#include "top_k_model.h"
#include "training_panel.h"

using prime::ui::MainWindow;
using prime::ui::Preferences;

class DesktopTest : public QObject {
    Q_OBJECT

    QTemporaryDir settingsDir_;

    static QString fixture(const char* name) { return QStringLiteral(PRIME_TEST_DATA "/") + QLatin1String(name); }
    static bool openAndWait(MainWindow& w, const QStringList& paths) {
        w.setProperty("suppressDialogs", true);
        w.show();
        QSignalSpy ready(&w, &MainWindow::logReady);
        w.openLogs(paths);
        return ready.wait(20000);
    }
    static QMenu* menu(MainWindow& w, const QString& title) {
        for (QAction* a : w.menuBar()->actions())
            if (a->menu() && a->text().remove('&') == title) return a->menu();
        return nullptr;
    }
    static QAction* action(QMenu* m, const QString& text) {
        for (QAction* a : m->actions())
            if (a->text().remove('&') == text) return a;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        // Our own settings file: the user's (or another test's) never leak in.
        QVERIFY(settingsDir_.isValid());
        QCoreApplication::setOrganizationName("prime-studio-desktop-test");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir_.path());
        QSettings().clear();
    }
    void init() { QSettings().clear(); }

    void theViewMenuListsEveryDockAndToolbarAndBringsAClosedOneBack() {
        MainWindow w;
        w.show();
        QMenu* view = menu(w, "View");
        QVERIFY(view);
        const auto docks = w.findChildren<QDockWidget*>();
        QVERIFY(docks.size() >= 5);
        for (QDockWidget* d : docks) {
            QVERIFY2(!d->objectName().isEmpty(), qPrintable(d->windowTitle()));
            QVERIFY2(view->actions().contains(d->toggleViewAction()), qPrintable(d->objectName()));
        }
        for (QToolBar* t : w.findChildren<QToolBar*>()) {
            QVERIFY(!t->objectName().isEmpty());
            QVERIFY(view->actions().contains(t->toggleViewAction()));
        }
        auto* table = w.findChild<QDockWidget*>("tableDock");
        table->close();
        QVERIFY(!table->isVisible());
        table->toggleViewAction()->trigger();
        QVERIFY(table->isVisible());
        // Reset Layout brings back every dock, also after several were closed.
        for (QDockWidget* d : docks) d->close();
        QAction* reset = w.findChild<QAction*>("resetLayoutAction");
        QVERIFY(reset);
        reset->trigger();
        for (QDockWidget* d : docks) QVERIFY2(d->isVisible(), qPrintable(d->objectName()));
    }

    void theLayoutIsSavedOnCloseAndRestoredInTheNextWindow() {
        {
            MainWindow w;
            w.restoreLayout();  // nothing saved yet: the default layout, and it is saved on close
            w.show();
            w.resize(1000, 780);
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.findChild<QDockWidget*>("feasibilityDock")->close();
            w.close();
        }
        QVERIFY(!prime::ui::WindowLayout::load().empty());
        MainWindow again;
        again.restoreLayout();
        again.show();
        QVERIFY(!again.findChild<QDockWidget*>("feasibilityDock")->isVisible());
        QVERIFY(again.findChild<QDockWidget*>("tableDock")->isVisible());
        QCOMPARE(again.size(), QSize(1000, 780));
        again.resetLayout();
        QVERIFY(again.findChild<QDockWidget*>("feasibilityDock")->isVisible());
        // A window that never restored (tests, screenshots) does not overwrite the saved layout.
        const QByteArray saved = prime::ui::WindowLayout::load().state;
        {
            MainWindow plain;
            plain.show();
            plain.findChild<QDockWidget*>("tableDock")->close();
            plain.close();
        }
        QCOMPARE(prime::ui::WindowLayout::load().state, saved);
    }

    void recentFilesListOpenedLogsAndReopenThem() {
        QTemporaryDir dir;
        const QString gone = dir.filePath("gone.csv");
        prime::ui::addRecentFile(gone);  // a file that does not exist is not listed
        QVERIFY(prime::ui::recentFiles().isEmpty());
        MainWindow w;
        QVERIFY(openAndWait(w, {fixture("prime-sample.csv")}));
        QCOMPARE(prime::ui::recentFiles(), QStringList{QFileInfo(fixture("prime-sample.csv")).absoluteFilePath()});
        QVERIFY(openAndWait(w, {fixture("prime-sample.tfrecord")}));
        QCOMPARE(prime::ui::recentFiles().size(), 2);
        QCOMPARE(QFileInfo(prime::ui::recentFiles().front()).fileName(), QString("prime-sample.tfrecord"));  // most recent first
        auto* recent = w.findChild<QMenu*>("recentMenu");
        QVERIFY(recent);
        QAction* csv = nullptr;
        for (QAction* a : recent->actions())
            if (a->text().contains("prime-sample.csv")) csv = a;
        QVERIFY(csv);
        QSignalSpy ready(&w, &MainWindow::logReady);
        csv->trigger();
        QVERIFY(ready.wait(20000));
        QVERIFY(w.windowTitle().contains("prime-sample.csv"));
        QCOMPARE(QFileInfo(prime::ui::recentFiles().front()).fileName(), QString("prime-sample.csv"));
        QAction* clear = action(recent, "Clear List");
        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QVERIFY(prime::ui::recentFiles().isEmpty());
    }

    void aDroppedLogIsOpened() {
        MainWindow w;
        w.setProperty("suppressDialogs", true);
        w.show();
        QVERIFY(w.acceptDrops());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture("prime-sample.tfrecord"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy ready(&w, &MainWindow::logReady);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(ready.wait(20000));
        QVERIFY(w.log() && w.log()->rows() > 0);
        // Something that is not a local file is refused, not opened.
        QMimeData web;
        web.setUrls({QUrl("https://example.org/log.csv")});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void preferencesRoundTripThroughTheDialogAndApply() {
        Preferences p;
        p.threads = 1;
        p.theme = "dark";
        p.language = "de";
        p.defaultBudgetMm2 = 12.5;
        p.defaultModel = "transformer";
        prime::ui::SettingsDialog dialog(p);
        QCOMPARE(dialog.preferences(), p);  // every field shown as given
        dialog.findChild<QSpinBox*>("prefThreads")->setValue(2);
        auto* language = dialog.findChild<QComboBox*>("prefLanguage");
        language->setCurrentIndex(language->findData(QString("en")));
        QVERIFY(dialog.findChild<QLabel*>("prefRestartNote")->isVisibleTo(&dialog));  // says a restart applies it
        Preferences edited = dialog.preferences();
        QCOMPARE(edited.threads, 2);
        QCOMPARE(edited.language, QString("en"));
        edited.save();
        QCOMPARE(Preferences::load(), edited);

        // A new window opens with the default budget and model.
        MainWindow w;
        QCOMPARE(w.budget()->limitMm2(), 12.5);
        QCOMPARE(w.trainingPanel()->findChild<QComboBox*>("trainModel")->currentData().toString(), QString("transformer"));
        w.applyPreferences(edited);
        QCOMPARE(prime::torch_threads(), 2);
        QCOMPARE(QThreadPool::globalInstance()->maxThreadCount(), 2);
    }

    void theDarkThemeRecoloursWidgetsAndPlotsAndSystemRestoresThem() {
        MainWindow w;
        QVERIFY(openAndWait(w, {fixture("prime-sample.tfrecord")}));
        Preferences p;
        p.theme = "light";
        w.applyPreferences(p);
        QCoreApplication::processEvents();
        const QColor lightText = w.plot()->xAxis->tickLabelColor();
        QVERIFY(lightText.lightness() < 100);
        p.theme = "dark";
        w.applyPreferences(p);
        QCOMPARE(prime::ui::currentTheme(), QString("dark"));
        QCoreApplication::processEvents();  // widgets take the new palette in posted events
        QVERIFY(prime::ui::isDark(QApplication::palette()));
        // The plot's axes follow: light text on the dark background.
        QVERIFY(w.plot()->xAxis->tickLabelColor().lightness() > 180);
        QVERIFY(w.plot()->xAxis->tickLabelColor() != lightText);
        // ...and so does a plot created after the switch.
        QCustomPlot later;
        later.show();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        QVERIFY(later.xAxis->tickLabelColor().lightness() > 180);
        p.theme = "system";
        w.applyPreferences(p);
        QCoreApplication::processEvents();
        QVERIFY(!prime::ui::isDark(QApplication::palette()));
        QVERIFY(w.plot()->xAxis->tickLabelColor().lightness() < 100);
    }

    void selectionFiltersAndPinsAreUndoable() {
        MainWindow w;
        QVERIFY(openAndWait(w, {fixture("prime-sample.tfrecord")}));
        QUndoStack* undo = w.undoStack();
        QCOMPARE(undo->count(), 0);  // a new log starts a new history
        // Selection.
        w.explorer()->setSelection(std::make_shared<const prime::Selection>(prime::Selection{1, 2, 3}));
        QCOMPARE(undo->count(), 1);
        QVERIFY(undo->undoText().contains("3"));
        undo->undo();
        QVERIFY(w.explorer()->selection()->empty());
        undo->redo();
        QCOMPARE(w.explorer()->selection()->size(), std::size_t(3));
        // The table's filter: one step per edit, and undo shows the controls as they were.
        auto* feasibility = w.designTable()->findChildren<QComboBox*>().front();
        const int before = undo->count();
        const int shownBefore = w.designTable()->filterControls().feasibility;
        feasibility->setCurrentIndex(shownBefore == 1 ? 2 : 1);
        QCOMPARE(undo->count(), before + 1);
        undo->undo();
        QCOMPARE(feasibility->currentIndex(), shownBefore);
        QCOMPARE(undo->count(), before + 1);  // undoing pushed nothing new
        undo->redo();
        QCOMPARE(feasibility->currentIndex(), shownBefore == 1 ? 2 : 1);
        // The budget shares the history.
        w.budget()->setLimitMm2(33.0);
        undo->undo();
        QVERIFY(w.budget()->limitMm2() != 33.0);
    }

    void pinsAreUndoable() {
        QUndoStack undo;
        prime::ui::TopKModel m;
        m.setUndoStack(&undo);
        const auto space = prime::builtin_edgetpu_space();
        m.setContext(space, {"M4"}, prime::LatencyAggregate::GeometricMean, {});
        std::vector<prime::Proposal> top(2);
        for (std::size_t i = 0; i < top.size(); ++i) {
            top[i].design.index.assign(space.dimension(), static_cast<prime::ValueIndex>(i));
            top[i].predicted_latency_ms = 1.0 + static_cast<double>(i);
            top[i].predicted_app_latency_ms = {top[i].predicted_latency_ms};
        }
        m.setTop(top, {0.0, 0.0});
        QVERIFY(m.setData(m.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m.isPinned(1));
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QVERIFY(!m.isPinned(1));
        undo.redo();
        QVERIFY(m.isPinned(1));
        // A design pinned and then left out of the top K comes back with its predictions on undo.
        m.setTop({top[0]}, {0.0});
        QCOMPARE(m.rowCount(), 2);  // the pinned one stays as an extra row
        QVERIFY(m.setData(m.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m.rowCount(), 1);
        undo.undo();
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.pinned().front().predicted_latency_ms, 2.0);
    }

    void menusShowTheStandardShortcuts() {
        MainWindow w;
        auto shortcut = [&](const QString& m, const QString& text) {
            QMenu* mm = menu(w, m);
            QAction* a = mm ? action(mm, text) : nullptr;
            return a ? a->shortcut() : QKeySequence();
        };
        QCOMPARE(shortcut("File", "Open Log…"), QKeySequence(QKeySequence::Open));
        QCOMPARE(shortcut("File", "Quit"), QKeySequence(QKeySequence::Quit));
        QVERIFY(!shortcut("File", "Save Study…").isEmpty());
        QVERIFY(!shortcut("File", "Open Study…").isEmpty());
        QVERIFY(!shortcut("Edit", "Preferences…").isEmpty());
        QVERIFY(!shortcut("View", "Reset Zoom").isEmpty());
        QCOMPARE(shortcut("Search", "Start or Continue"), QKeySequence(Qt::Key_F5));
        QMenu* edit = menu(w, "Edit");
        QVERIFY(edit);
        bool undoShown = false;
        for (QAction* a : edit->actions()) undoShown = undoShown || a->shortcut() == QKeySequence(QKeySequence::Undo);
        QVERIFY(undoShown);
    }

    void aboutNamesTheVersionsAndTheLicense() {
        MainWindow w;
        w.show();
        QString text;
        QTimer::singleShot(0, [&text] {
            for (QWidget* top : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(top); box && box->isVisible()) {
                    text = box->text();
                    box->accept();
                }
        });
        QAction* about = action(menu(w, "Help"), "About PRIME Studio");
        QVERIFY(about);
        about->trigger();
        QVERIFY(text.contains(QStringLiteral(PRIME_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QString::fromLatin1(prime::torch_version())));
        QVERIFY(text.contains("General Public License"));
        QVERIFY(text.contains("guide"));
    }
};

QTEST_MAIN(DesktopTest)
#include "desktop_test.moc"
