// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs explorer work (density rasters, fronts, filters, grids) on Qt's
// thread pool at a lower scheduling priority. On a two-core machine these
// scans would otherwise take the GUI thread's core: B8 measured 300 ms
// stalls at 7 million rows with equal priorities. A nice of 10 gives the GUI
// thread about nine tenths of a contended core, and since Linux applies nice
// per thread, the row-chunk helpers these tasks start inherit it.
#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h>
#include <sys/resource.h>
#include <unistd.h>

namespace prime::ui {

inline void lowerThisThreadPriority() {
#ifdef __linux__
    static thread_local bool lowered = false;
    if (!lowered) {
        ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
        lowered = true;
    }
#endif
}

// The explorer's own pool, never Qt's global one: Qt 6's raster paint engine
// hands parts of big fills to QThreadPool::globalInstance() and waits for
// them, so long scans queued there froze painting (B8 traced 0.3-0.7 s waits
// in QSemaphore::acquire under QRasterPaintEngine::drawRects at 7M rows).
// One job at a time: each scans rows on every core by itself.
inline QThreadPool* explorerPool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return pool;
}

// Higher runs first among queued jobs: what the user looks at (the density
// raster of the current view) before what can wait (the table's filter).
enum class JobPriority { Table = 1, Feasibility = 2, Index = 4, Selection = 6, Overview = 8, Density = 9 };

template <typename F>
auto runInBackground(F&& f, JobPriority priority) {
    return QtConcurrent::task([f = std::forward<F>(f)]() mutable {
               lowerThisThreadPriority();
               return f();
           })
        .onThreadPool(*explorerPool())
        .withPriority(static_cast<int>(priority))
        .spawn();
}

}  // namespace prime::ui
