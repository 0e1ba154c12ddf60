#pragma once
// An oracle is the ground truth a study checks its proposals against: the
// built-in simulator or the user's own simulator behind a command. Proposals
// come from a surrogate, which can be wrong in ways only a simulator shows
// (a design that does not map, an optimistic latency), so every exported
// design carries both the predicted and the verified numbers.
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "data/design_log.h"
#include "space/search_space.h"
#include "util/job_control.h"

namespace prime {

/// What a simulator says about one design over the study's applications.
struct OracleResult {
    /// True when the design runs every requested application.
    bool feasible = false;
    /// Why not, for people: "<app>: <reason>" of the first failing application.
    std::string reason;
    /// Per application, in the order asked; NaN where that application is infeasible.
    std::vector<double> latency_ms;
    /// Per application: whether it runs (a design can map one network and not another).
    std::vector<bool> app_feasible;
    /// Per application: why it does not run ("" where it runs). May be empty
    /// (results read from older files): then only `reason` is known.
    std::vector<std::string> app_reason;
    double area_mm2 = std::numeric_limits<double>::quiet_NaN();
    double power_w = std::numeric_limits<double>::quiet_NaN();  // NaN when the oracle does not know
};

class Oracle {
public:
    virtual ~Oracle() = default;
    /// Evaluates every design on every application of `apps` (names the oracle
    /// understands; an empty name = the oracle's only application). One
    /// result per design, same order. `job` is checked between designs or
    /// while waiting for a child process (units = designs done); a cancelled
    /// call throws prime::Cancelled.
    virtual std::vector<OracleResult> evaluate(const std::vector<Design>& designs, const std::vector<std::string>& apps,
                                               JobControl* job = nullptr) = 0;
    /// Short description for provenance and reports ("builtin simulator", "command: ...").
    virtual std::string describe() const = 0;
    /// Designs evaluated so far (each (design, application) pair counts once).
    std::uint64_t calls() const { return calls_; }

protected:
    std::uint64_t calls_ = 0;
};

/// Why application `a` (named `app`) of a result does not run: its own
/// reason when the oracle gave one, else the design's first failure when
/// that is this application's, else "INFEASIBLE".
std::string reason_for_app(const OracleResult& r, std::size_t a, const std::string& app);

/// "Closing the loop": appends one row per (design, application) of verified
/// results to `log`, so the next surrogate trains on what the simulator said
/// about the proposals. The log's space must be the designs' space.
/// Infeasible rows get latency 0 (PRIME's convention) and their reason.
void append_verified(DesignLog& log, const std::vector<Design>& designs, const std::vector<std::string>& apps,
                     const std::vector<OracleResult>& results);

}  // namespace prime
