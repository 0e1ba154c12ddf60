#include "util/job_control.h"

#include <thread>

#include "util/errors.h"

namespace prime {

namespace {
double seconds(JobControl::Clock::duration d) { return std::chrono::duration<double>(d).count(); }
}  // namespace

double JobControl::elapsed_seconds() const {
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    auto paused = paused_total_;
    if (in_pause_) paused += now - pause_began_;
    return seconds(now - start_ - paused);
}

void JobControl::start() {
    std::lock_guard lock(mutex_);
    start_ = Clock::now();
    paused_total_ = {};
    in_pause_ = false;
    reported_ = units_reported_ = false;
}

bool JobControl::checkpoint(const std::function<void()>& on_pause) {
    if (cancelled()) return false;
    if (!paused()) return true;
    {
        std::lock_guard lock(mutex_);
        in_pause_ = true;
        pause_began_ = Clock::now();
    }
    if (on_pause) on_pause();
    // A pause is rare and long; polling every 20 ms costs nothing and needs no
    // condition variable shared with the thread that pauses.
    while (paused() && !cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    {
        std::lock_guard lock(mutex_);
        paused_total_ += Clock::now() - pause_began_;
        in_pause_ = false;
    }
    return !cancelled();
}

void JobControl::throw_if_cancelled() {
    if (!checkpoint()) throw Cancelled();
}

bool JobControl::report_due(double interval_seconds) {
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    if (reported_ && seconds(now - last_report_) < interval_seconds) return false;
    reported_ = true;
    last_report_ = now;
    return true;
}

void JobControl::set_units_sink(UnitsFn sink, double interval_seconds) {
    sink_ = std::move(sink);
    sink_interval_ = interval_seconds;
}

bool JobControl::units(std::uint64_t done, std::uint64_t total) {
    if (sink_) {
        const auto now = Clock::now();
        const bool last = total != 0 && done >= total;
        if (last || !units_reported_ || seconds(now - last_units_) >= sink_interval_) {
            units_reported_ = true;
            last_units_ = now;
            sink_(done, total);
        }
    }
    return checkpoint();
}

}  // namespace prime
