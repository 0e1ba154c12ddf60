#pragma once
// A terminal progress bar for long commands, and Ctrl-C handling that turns
// the first interrupt into a cooperative cancel.
#include <chrono>
#include <cstdint>
#include <string>

#include "util/job_control.h"

namespace prime::cli {

// The process's one job: SIGINT/SIGTERM cancel it; long operations take it
// as their JobControl (a command runs one pipeline at a time).
JobControl& interrupt_job();
void install_interrupt_handler();

class ProgressBar {
public:
    // Draws on stderr only when it is a terminal (or `force`), at most 10 times a second.
    explicit ProgressBar(std::string label, bool force = false);
    ~ProgressBar();
    // `done` of `total` units (total 0 = unknown). Returns false once the user
    // pressed Ctrl-C.
    bool update(std::uint64_t done, std::uint64_t total);
    // interrupt_job() with its units progress drawn on this bar (until the bar dies).
    JobControl& job();
    void finish();

private:
    std::string label_;
    bool enabled_;
    bool finished_ = false;
    std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace prime::cli
