// B8 (search): what the search view shows while it runs, measured on the real
// panel offscreen. A surrogate trains on a generated log of the nine built-in
// applications; then the search panel runs with its default settings
// (evolution, population 256, K 128, every trained application, geomean)
// while a 5 ms QTimer on the GUI thread probes how long the event loop is
// held. Prints JSON lines:
//   {"bench":"B8","metric":"search_generations_per_s",...}  (median over runs)
//   {"bench":"B8","metric":"search_max_stall_ms",...}       (worst over runs)
//   {"bench":"B8","metric":"search_start_ms",...}           (Start's own time on the GUI thread, worst)
// usage: bench_search_gui [RUNS] [GENERATIONS] [DESIGNS_PER_APP]
#include <QApplication>
#include <QtGlobal>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include "search_panel.h"
#include "session/train_session.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 3;
    const int generations = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int designs = argc > 3 ? std::atoi(argv[3]) : 5000;

    prime::GenerateOptions g;
    g.designs = static_cast<std::size_t>(designs);
    g.seed = 1;
    auto log = std::make_shared<const prime::DesignLog>(
        prime::generate_log(prime::builtin_edgetpu_space(), prime::load_builtin_workloads(), g));
    prime::TrainSettings t;
    t.fit.steps = 600;
    t.train.threads = 1;
    prime::AreaBudget none;
    const prime::Surrogate surrogate = prime::TrainSession(log, none, t).run().surrogate;

    std::vector<double> rates, stalls, starts;
    for (int run = 0; run < runs; ++run) {
        prime::ui::SearchPanel panel;
        panel.setProperty("suppressDialogs", true);
        panel.resize(1400, 800);
        panel.show();
        panel.setLog(log, {});
        panel.setSurrogate(surrogate, log);
        // Defaults, except a longer run so the rate is not dominated by start-up.
        panel.findChild<QSpinBox*>("searchGenerations")->setValue(generations);
        QElapsedTimer clock;
        qint64 last = -1;
        double worst = 0;
        QTimer probe;
        probe.setInterval(5);
        // PRIME_TRACE_STALLS=1 prints every stall over 12 ms with the panel's state (stderr).
        const bool trace = qEnvironmentVariableIsSet("PRIME_TRACE_STALLS");
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            const double stall = last >= 0 ? (now - last) / 1e6 - 5.0 : 0;
            worst = std::max(worst, stall);
            if (trace && stall > 12)
                std::fprintf(stderr, "stall %.1f ms at %.3f s: event %d, generation %zu, %s\n", stall, now / 1e9,
                             panel.eventsReceived(), panel.generationsDone(), panel.isSearching() ? "searching" : "done");
            last = now;
        });
        QSignalSpy done(&panel, &prime::ui::SearchPanel::searchFinished);
        clock.start();
        probe.start();
        // Start builds the session on the GUI thread (settings checked before
        // any work): timed on its own, as the probe cannot see it.
        QElapsedTimer startClock;
        startClock.start();
        panel.start();
        starts.push_back(startClock.nsecsElapsed() / 1e6);
        done.wait(600000);
        probe.stop();
        rates.push_back(panel.generationsPerSecond());
        stalls.push_back(worst);
    }
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];
    const double stall = *std::max_element(stalls.begin(), stalls.end());
    const unsigned cores = std::thread::hardware_concurrency();
    std::printf("{\"bench\":\"B8\",\"metric\":\"search_generations_per_s\",\"value\":%.1f,\"unit\":\"generations/s\","
                "\"bar\":30,\"population\":256,\"apps\":9,\"optimizer\":\"evolution\",\"generations\":%d,\"runs\":%d,"
                "\"cores\":%u}\n",
                median, generations, runs, cores);
    std::printf("{\"bench\":\"B8\",\"metric\":\"search_max_stall_ms\",\"value\":%.1f,\"unit\":\"ms\",\"probe_ms\":5,"
                "\"runs\":%d,\"cores\":%u}\n",
                stall, runs, cores);
    std::printf("{\"bench\":\"B8\",\"metric\":\"search_start_ms\",\"value\":%.1f,\"unit\":\"ms\",\"runs\":%d,"
                "\"cores\":%u}\n",
                *std::max_element(starts.begin(), starts.end()), runs, cores);
    return 0;
}
