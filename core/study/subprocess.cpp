#include "study/subprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "util/errors.h"

namespace prime {

namespace {

// Opens in the parent, so an unwritable path is reported as an error here
// instead of as a mysterious exit code of the child.
int open_or_throw(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error("cannot open " + path.string() + ": " + std::strerror(errno));
    return fd;
}

void kill_group(pid_t pid) {
    ::kill(-pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

}  // namespace

std::string shell_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

ProcessOutcome run_shell_command(const std::string& command, const std::filesystem::path& stdin_path,
                                 const std::filesystem::path& stdout_path, const std::filesystem::path& stderr_path,
                                 double timeout_seconds, JobControl* job) {
    const int in = open_or_throw(stdin_path.empty() ? std::filesystem::path("/dev/null") : stdin_path, O_RDONLY);
    const int out = open_or_throw(stdout_path, O_WRONLY | O_CREAT | O_TRUNC);
    const int err = open_or_throw(stderr_path, O_WRONLY | O_CREAT | O_TRUNC);
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Child: only async-signal-safe calls until exec.
        ::setpgid(0, 0);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(in);
    ::close(out);
    ::close(err);
    if (pid < 0) throw std::runtime_error(std::string("cannot start the oracle command: ") + std::strerror(errno));
    ::setpgid(pid, pid);  // also from the parent: no race with the first kill

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto wait = std::chrono::milliseconds(1);
    ProcessOutcome outcome;
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
            if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
            // Children left behind in the group (a backgrounded helper) go too.
            ::kill(-pid, SIGKILL);
            return outcome;
        }
        if (done < 0 && errno != EINTR) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
        if (job && job->cancelled()) {
            kill_group(pid);
            throw Cancelled();
        }
        if (timeout_seconds > 0 && std::chrono::duration<double>(Clock::now() - start).count() > timeout_seconds) {
            kill_group(pid);
            outcome.timed_out = true;
            return outcome;
        }
        std::this_thread::sleep_for(wait);
        wait = std::min(wait * 2, std::chrono::milliseconds(20));  // quick commands return quickly
    }
}

}  // namespace prime
