#pragma once
// An oracle (the built-in simulator, say) used as the predictor of a search:
// the online baselines of B9 search the simulator itself, calling it for
// every candidate, which is what PRIME's offline search is compared with.
#include <memory>

#include "study/latency_predictor.h"
#include "study/oracle.h"
#include "util/job_control.h"

namespace prime {

class OraclePredictor : public LatencyPredictor {
public:
    /// `oracle` must outlive the predictor; `job` (may be null) cancels a batch.
    OraclePredictor(Oracle& oracle, JobControl* job = nullptr) : oracle_(oracle), job_(job) {}

    /// Latency per application; +inf where the oracle says the design does not run.
    std::vector<std::vector<double>> predict(const std::vector<Design>& designs,
                                             const std::vector<std::string>& apps) const override;
    std::string describe() const override { return "simulator"; }

private:
    Oracle& oracle_;
    JobControl* job_;
};

}  // namespace prime
