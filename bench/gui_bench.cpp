// SPDX-License-Identifier: GPL-3.0-or-later
// B8: the design-space explorer on a big log, offscreen, with the real main
// window. Prints JSON lines {"bench":"B8","rows":N,"metric":...,"value":...,"unit":...}:
//   first_plot_s   open the log -> the first density frame is drawn
//   ready_s        open the log -> Pareto fronts and budget answers are there
//   replot_ms      median synchronous replot right after a pan or zoom (the
//                  cached raster is moved with the axes; the new one follows)
//   rebin_ms       median pan/zoom -> the recomputed raster is drawn (off the GUI thread)
//   max_stall_ms   longest the GUI thread was late for a 5 ms timer, during
//                  the load, the pans and zooms, and budget-line drags
//   peak_rss_mb    VmHWM; columnar_mb the log's columns; rss_over_columns the
//                  peak above the pre-load baseline divided by the columns
// Not a test: timings belong here, never in ctest. Usage: bench_gui LOG.
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include "area_latency_plot.h"
#include "budget_controller.h"
#include "design_table_model.h"
#include "design_table_view.h"
#include "main_window.h"

namespace {
double vm_kb(const char* key) {
    QFile f("/proc/self/status");
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key)) return line.mid(static_cast<int>(qstrlen(key))).trimmed().split(' ').front().toDouble();
    return 0;
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

// Runs the event loop until `done` or the timeout; returns false on timeout.
template <typename Done>
bool spin(Done done, int timeout_ms) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeout_ms) return false;
        // Sleeps until the next event (the 5 ms probe at the latest), as a real
        // event loop does, instead of spinning and taking a core from the workers.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void spinFor(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void mouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons) {
    QMouseEvent e(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}
}  // namespace

namespace {
// With B8_TRACE set, names every event that holds the GUI thread over 15 ms:
// how the stalls behind max_stall_ms were found.
class TracingApp : public QApplication {
public:
    using QApplication::QApplication;
    double sinceStart() const { return clock_.nsecsElapsed() / 1e9; }
    bool notify(QObject* receiver, QEvent* event) override {
        if (!trace_ || QThread::currentThread() != thread()) return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        timespec cpu0{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu0);
        const int type = event->type();
        QByteArray cls = receiver->metaObject()->className();
        if (receiver->parent()) cls += QByteArray(" in ") + receiver->parent()->metaObject()->className();
        const QString name = receiver->objectName();
        const bool r = QApplication::notify(receiver, event);
        const double ms = t.nsecsElapsed() / 1e6;
        timespec cpu1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
        const double cpu_ms = (cpu1.tv_sec - cpu0.tv_sec) * 1e3 + (cpu1.tv_nsec - cpu0.tv_nsec) / 1e6;
        if (ms > 15)  // cpu well below wall: the GUI thread waited (for a core, a lock or a page), it did not compute
            std::fprintf(stderr, "stall %.1f ms (%.1f ms on the CPU) at %.3f s: event %d to %s '%s'\n", ms, cpu_ms,
                         clock_.nsecsElapsed() / 1e9 - ms / 1e3, type, cls.constData(), qPrintable(name));
        return r;
    }
    bool trace_ = qEnvironmentVariableIsSet("B8_TRACE");
    QElapsedTimer clock_ = [] { QElapsedTimer t; t.start(); return t; }();
};
}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApp app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui LOG\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    prime::ui::MainWindow w;
    w.setProperty("suppressDialogs", true);
    w.resize(1400, 900);
    w.show();
    QTimer tick;  // keeps WaitForMoreEvents from sleeping past the warm-up
    tick.start(5);
    spinFor(200);
    tick.stop();
    const double baseline_kb = vm_kb("VmRSS:");

    // The stall probe: a 5 ms timer on the GUI thread; lateness = a frozen GUI.
    QElapsedTimer probe_clock;
    probe_clock.start();
    qint64 last_tick = 0;
    double max_stall = 0;
    double phase_stall[3] = {0, 0, 0};  // load, pans and zooms, budget drags
    int phase = 0;
    bool probing = true;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probe_clock.nsecsElapsed();
        if (probing && last_tick) {
            const double late = (now - last_tick) / 1e6 - 5.0;
            max_stall = std::max(max_stall, late);
            phase_stall[phase] = std::max(phase_stall[phase], late);
        }
        last_tick = now;
    });
    probe.start(5);

    bool framed = false, ready = false, failed = false;
    QObject::connect(w.plot(), &prime::ui::AreaLatencyPlot::frameShown, [&] { framed = true; });
    QObject::connect(&w, &prime::ui::MainWindow::logReady, [&] { ready = true; });
    QObject::connect(&w, &prime::ui::MainWindow::loadFailed, [&](const QString& m) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(m));
        failed = true;
    });
    QElapsedTimer clock;
    clock.start();
    std::fprintf(stderr, "open at %.3f s\n", static_cast<TracingApp*>(qApp)->sinceStart());
    w.openLogs({path});
    if (!spin([&] { return framed || failed; }, 120000) || failed) return 1;
    const double first_plot_s = clock.nsecsElapsed() / 1e9;
    std::fprintf(stderr, "first frame at %.3f s\n", static_cast<TracingApp*>(qApp)->sinceStart());
    if (!spin([&] { return ready; }, 120000)) return 1;
    const double ready_s = clock.nsecsElapsed() / 1e9;
    const auto log = w.log();
    const std::size_t rows = log->rows();
    auto report = [rows](const char* metric, double value, const char* unit) {
        std::printf("{\"bench\":\"B8\",\"rows\":%zu,\"metric\":\"%s\",\"value\":%.4g,\"unit\":\"%s\"}\n", rows, metric, value, unit);
        std::fflush(stdout);
    };
    spin([&] { return w.plot()->frameIsCurrent(); }, 60000);

    phase = 1;
    if (qEnvironmentVariableIsSet("B8_PROBE")) {
        // Where a replot's time goes: with every layer, then without parts.
        auto timeReplot = [&](const char* what) {
            std::vector<double> t;
            for (int i = 0; i < 7; ++i) {
                QElapsedTimer c;
                c.start();
                w.plot()->replot(QCustomPlot::rpImmediateRefresh);
                t.push_back(c.nsecsElapsed() / 1e6);
            }
            std::fprintf(stderr, "replot %-28s %.1f ms\n", what, median(t));
        };
        timeReplot("all");
        w.plot()->legend->setVisible(false);
        timeReplot("no legend");
        for (int i = 0; i < w.plot()->itemCount(); ++i) w.plot()->item(i)->setVisible(false);
        timeReplot("no legend, no items");
        for (int i = 0; i < w.plot()->graphCount(); ++i) w.plot()->graph(i)->setVisible(false);
        timeReplot("nothing but axes");
        QElapsedTimer c;
        c.start();
        w.designTable()->table()->viewport()->repaint();
        std::fprintf(stderr, "table viewport repaint %.1f ms (%d rows in the model)\n", c.nsecsElapsed() / 1e6, w.designTable()->model()->rowCount());
        c.start();
        w.designTable()->model()->setRows(std::make_shared<const prime::Selection>(log->all_rows()));
        std::fprintf(stderr, "table setRows of every row %.1f ms\n", c.nsecsElapsed() / 1e6);
        c.start();
        w.grab();
        std::fprintf(stderr, "grab of the window %.1f ms\n", c.nsecsElapsed() / 1e6);
        return 0;
    }
    // Pans and zooms: alternate a 10 % pan and a 1.25x zoom of both axes.
    prime::ui::AreaLatencyPlot* plot = w.plot();
    std::vector<double> replots, rebins;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        if (i % 2 == 0) {
            // Pan by a tenth of the view (in pixels, so log and linear axes alike).
            const double dx = (i % 4 == 0 ? 0.1 : -0.1) * plot->axisRect()->width();
            const QCPRange x = plot->xAxis->range();
            plot->xAxis->setRange(plot->xAxis->pixelToCoord(plot->xAxis->coordToPixel(x.lower) + dx),
                                  plot->xAxis->pixelToCoord(plot->xAxis->coordToPixel(x.upper) + dx));
        } else {
            plot->xAxis->scaleRange(i % 4 == 1 ? 0.8 : 1.25);
            plot->yAxis->scaleRange(i % 4 == 1 ? 0.8 : 1.25);
        }
        plot->replot(QCustomPlot::rpImmediateRefresh);
        replots.push_back(t.nsecsElapsed() / 1e6);
        spin([&] { return plot->frameIsCurrent(); }, 60000);
        rebins.push_back(t.nsecsElapsed() / 1e6);
    }
    plot->resetZoom();
    spin([&] { return plot->frameIsCurrent(); }, 60000);

    phase = 2;
    // Budget drags with the table filtering by budget: 3 drags of 40 moves,
    // one move per 16 ms (a 60 Hz mouse), across the area range.
    if (auto* inBudget = w.designTable()->findChild<QCheckBox*>("inBudgetFilter")) inBudget->setChecked(true);
    spinFor(300);
    plot->replot();
    for (int drag = 0; drag < 3; ++drag) {
        const double x0 = plot->xAxis->coordToPixel(w.budget()->limitMm2());
        const double y = plot->axisRect()->rect().center().y();
        const double left = plot->axisRect()->rect().left() + 10, right = plot->axisRect()->rect().right() - 10;
        mouse(plot, QEvent::MouseButtonPress, QPointF(x0, y), Qt::LeftButton);
        for (int k = 1; k <= 40; ++k) {
            const double x = drag % 2 == 0 ? x0 + (right - x0) * k / 40.0 : x0 + (left - x0) * k / 40.0;
            mouse(plot, QEvent::MouseMove, QPointF(x, y), Qt::LeftButton);
            spinFor(16);
        }
        mouse(plot, QEvent::MouseButtonRelease, QPointF(drag % 2 == 0 ? right : left, y), Qt::NoButton);
        spinFor(50);
    }
    spinFor(500);
    probing = false;

    const double peak_kb = vm_kb("VmHWM:");
    const double columnar_mb = static_cast<double>(log->column_bytes()) / 1e6;
    report("first_plot_s", first_plot_s, "s");
    report("ready_s", ready_s, "s");
    report("replot_ms", median(replots), "ms");
    report("rebin_ms", median(rebins), "ms");
    report("max_stall_ms", std::max(0.0, max_stall), "ms");
    report("stall_load_ms", std::max(0.0, phase_stall[0]), "ms");
    report("stall_pan_zoom_ms", std::max(0.0, phase_stall[1]), "ms");
    report("stall_budget_drag_ms", std::max(0.0, phase_stall[2]), "ms");
    report("peak_rss_mb", peak_kb / 1024.0, "MB");
    report("baseline_rss_mb", baseline_kb / 1024.0, "MB");
    report("columnar_mb", columnar_mb, "MB");
    report("rss_over_columns", (peak_kb - baseline_kb) / 1024.0 * 1.048576 / columnar_mb, "x");
    return 0;
}
