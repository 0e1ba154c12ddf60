// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs explorer work (density rasters, fronts, filters, grids) on Qt's
// thread pool at a lower scheduling priority. On a two-core machine these
// scans would otherwise take the GUI thread's core: B8 measured 300 ms
// stalls at 7 million rows with equal priorities. A nice of 10 gives the GUI
// thread about nine tenths of a contended core, and since Linux applies nice
// per thread, the row-chunk helpers these tasks start inherit it.
#include <QtConcurrent/QtConcurrentRun>
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

template <typename F>
auto runInBackground(F&& f) {
    return QtConcurrent::run([f = std::forward<F>(f)]() mutable {
        lowerThisThreadPriority();
        return f();
    });
}

}  // namespace prime::ui
