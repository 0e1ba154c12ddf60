#include "cli/progress_bar.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace prime::cli {

JobControl& interrupt_job() {
    static JobControl job;
    return job;
}

namespace {
void on_signal(int) {
    // A second Ctrl-C falls back to the default action (terminate).
    interrupt_job().cancel();  // a lock-free atomic store: safe in a signal handler
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}
}  // namespace

void install_interrupt_handler() {
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
}

ProgressBar::ProgressBar(std::string label, bool force)
    : label_(std::move(label)), enabled_(force || ::isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() {
    finish();
    interrupt_job().set_units_sink({});
}

JobControl& ProgressBar::job() {
    interrupt_job().set_units_sink([this](std::uint64_t done, std::uint64_t total) { update(done, total); }, 0.1);
    return interrupt_job();
}

bool ProgressBar::update(std::uint64_t done, std::uint64_t total) {
    if (interrupt_job().cancelled()) return false;
    if (!enabled_) return true;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(100) && done != total) return true;
    last_draw_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    if (total > 0) {
        const double frac = static_cast<double>(done) / static_cast<double>(total);
        const int width = 30;
        const int filled = static_cast<int>(frac * width);
        const double eta = frac > 0 ? elapsed * (1 - frac) / frac : 0;
        std::fprintf(stderr, "\r%s [%.*s%*s] %5.1f%%  %.1fs, ~%.0fs left ", label_.c_str(), filled,
                     "##############################", width - filled, "", 100 * frac, elapsed, eta);
    } else {
        std::fprintf(stderr, "\r%s %llu  %.1fs ", label_.c_str(), static_cast<unsigned long long>(done), elapsed);
    }
    std::fflush(stderr);
    return true;
}

void ProgressBar::finish() {
    if (enabled_ && !finished_ && last_draw_.time_since_epoch().count() != 0) std::fputc('\n', stderr);
    finished_ = true;
}

}  // namespace prime::cli
