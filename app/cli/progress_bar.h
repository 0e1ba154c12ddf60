#pragma once
// A terminal progress bar for long commands, and Ctrl-C handling that turns
// the first interrupt into a cooperative cancel.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace prime::cli {

// Set by SIGINT/SIGTERM; long operations poll it as their cancel flag.
std::atomic<bool>& interrupt_flag();
void install_interrupt_handler();

class ProgressBar {
public:
    // Draws on stderr only when it is a terminal (or `force`), at most 10 times a second.
    explicit ProgressBar(std::string label, bool force = false);
    ~ProgressBar();
    // `done` of `total` units (total 0 = unknown). Returns false once the user
    // pressed Ctrl-C, so it can serve directly as a progress callback.
    bool update(std::uint64_t done, std::uint64_t total);
    void finish();

private:
    std::string label_;
    bool enabled_;
    bool finished_ = false;
    std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace prime::cli
