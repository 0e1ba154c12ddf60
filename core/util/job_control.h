#pragma once
// The one protocol of every long job (reading a log, generating one, training,
// searching, verifying): cancel, pause, throttled progress and an elapsed time
// that excludes pauses. The thread that starts a job (the CLI's main thread, a
// GUI button) creates a JobControl and keeps it; the worker that runs the job
// only reads it between units of work. Because the control exists before the
// job runs, a Cancel pressed while the job is still queued is honoured: the
// job's first checkpoint() sees it and the job ends without doing any work.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>

namespace prime {

class JobControl {
public:
    using Clock = std::chrono::steady_clock;
    /// (units done, units total; 0 = unknown): what readers, the generator and
    /// verification report. Called on the worker thread, throttled.
    using UnitsFn = std::function<void(std::uint64_t done, std::uint64_t total)>;

    JobControl() = default;
    JobControl(const JobControl&) = delete;
    JobControl& operator=(const JobControl&) = delete;

    // --- any thread ----------------------------------------------------------
    void cancel() noexcept { cancel_.store(true); }
    bool cancelled() const noexcept { return cancel_.load(); }
    void set_paused(bool paused) noexcept { pause_.store(paused); }
    bool paused() const noexcept { return pause_.load(); }

    /// Seconds since start() (or construction), pauses excluded.
    double elapsed_seconds() const;

    // --- the worker ----------------------------------------------------------
    /// Marks the start of the work (queue time is not the job's time).
    void start();
    /// Between units of work: blocks while paused (calling `on_pause` once
    /// when a pause begins, so a view can say "paused"), and returns false
    /// when the job is cancelled.
    bool checkpoint(const std::function<void()>& on_pause = {});
    /// checkpoint(), throwing prime::Cancelled instead of returning false.
    void throw_if_cancelled();
    /// True at most once every `interval` seconds (the first call is true):
    /// how jobs throttle their progress events to a rate a view can draw.
    bool report_due(double interval_seconds);

    /// Where units-of-work progress goes, throttled to `interval_seconds`.
    void set_units_sink(UnitsFn sink, double interval_seconds = 0.05);
    /// Reports units (throttled; done == total always passes) and checkpoints.
    /// Returns false when the job is cancelled.
    bool units(std::uint64_t done, std::uint64_t total);

private:
    std::atomic<bool> cancel_{false}, pause_{false};
    mutable std::mutex mutex_;  // guards the times below
    Clock::time_point start_ = Clock::now();
    Clock::duration paused_total_{};
    Clock::time_point pause_began_{};
    bool in_pause_ = false;
    Clock::time_point last_report_{};
    bool reported_ = false;
    UnitsFn sink_;
    double sink_interval_ = 0.05;
    Clock::time_point last_units_{};
    bool units_reported_ = false;
};

/// checkpoint() on a job that may be absent (nullptr = never cancelled).
inline bool job_continues(JobControl* job) { return job == nullptr || job->checkpoint(); }

}  // namespace prime
