#pragma once
// The user's own simulator as an oracle. Protocol (docs/oracles.md):
//   request  CSV: header "id,app,<parameter names>", one row per (design, application),
//                 raw parameter values (not indices);
//   reply    CSV: header with "id", "latency_ms" and "feasible" (or PRIME's
//                 "infeasible"), optionally "app", "area_mm2", "power_w", "reason";
//                 one row per requested (id, app), in any order.
// The command names the files with {in} and {out}; without them the request
// goes to its stdin and the reply is read from its stdout.
#include <filesystem>
#include <string>
#include <vector>

#include "study/oracle.h"

namespace prime {

struct CommandOracleOptions {
    std::string command;               // run by /bin/sh -c after substituting {in} and {out}
    double timeout_seconds = 600;      // per batch; <= 0 = no limit
    std::filesystem::path work_dir{};  // where request/reply files go; empty = the system temp dir
    bool keep_files = false;           // keep request/reply files (they are also kept on error)
};

class CommandOracle : public Oracle {
public:
    /// std::invalid_argument for an empty command.
    CommandOracle(SearchSpace space, CommandOracleOptions options);

    /// Throws std::runtime_error when the command fails, times out or exits
    /// non-zero (with the tail of its stderr), and InputError (file, line,
    /// what was expected) for a malformed reply.
    std::vector<OracleResult> evaluate(const std::vector<Design>& designs, const std::vector<std::string>& apps,
                                       JobControl* job = nullptr) override;
    std::string describe() const override { return "command: " + options_.command; }

private:
    SearchSpace space_;
    CommandOracleOptions options_;
    std::uint64_t batch_ = 0;
};

/// The request CSV for `designs` x `apps` (also used by the tests and docs).
std::string command_request_csv(const SearchSpace& space, const std::vector<Design>& designs,
                                const std::vector<std::string>& apps);

/// Parses a reply. `source` names it in errors (a path or "stdout of ...").
/// Every (id < designs, app in apps) pair must appear exactly once.
std::vector<OracleResult> parse_command_reply(const std::string& text, const std::string& source, std::size_t designs,
                                              const std::vector<std::string>& apps);

}  // namespace prime
