#pragma once
// Runs a shell command with files for its standard streams, a timeout and a
// cancel flag. The child gets its own process group so that a timeout or a
// cancel kills everything it started (a wrapper script's simulator too).
#include <atomic>
#include <filesystem>
#include <string>

#include "util/job_control.h"

namespace prime {

struct ProcessOutcome {
    int exit_code = -1;      // the command's exit status; -1 when killed by a signal
    int signal = 0;          // the signal that ended it, if any
    bool timed_out = false;  // killed because it ran longer than the timeout
};

/// Runs `/bin/sh -c command` with stdin from `stdin_path` (or /dev/null when
/// empty) and stdout/stderr into the given files. Waits at most
/// `timeout_seconds` (<= 0 = no limit); polls `job` for a cancel and then kills the
/// process group and throws prime::Cancelled. Throws std::runtime_error when
/// the process cannot be started.
ProcessOutcome run_shell_command(const std::string& command, const std::filesystem::path& stdin_path,
                                 const std::filesystem::path& stdout_path, const std::filesystem::path& stderr_path,
                                 double timeout_seconds, JobControl* job = nullptr);

/// `text` quoted for /bin/sh (single quotes), so a path with spaces survives.
std::string shell_quote(const std::string& text);

}  // namespace prime
