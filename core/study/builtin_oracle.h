#pragma once
// The built-in analytical simulator as an oracle. It is fast (microseconds
// per design and workload) and thread-safe, so a batch is split over
// `jobs` std::threads in contiguous chunks; results do not depend on jobs.
#include <vector>

#include "sim/prepared_workload.h"
#include "sim/simulator.h"
#include "study/oracle.h"

namespace prime {

class BuiltinSimulatorOracle : public Oracle {
public:
    /// `space` must carry the simulator's ten parameters (std::invalid_argument
    /// otherwise). `jobs` threads; 0 = one per hardware thread.
    BuiltinSimulatorOracle(SearchSpace space, SimConstants constants = {}, unsigned jobs = 1);

    /// `apps` are built-in workload names or aliases, or workload file paths
    /// (see load_workloads); each is prepared once and cached.
    std::vector<OracleResult> evaluate(const std::vector<Design>& designs, const std::vector<std::string>& apps,
                                       JobControl* job = nullptr) override;
    std::string describe() const override;

    const Simulator& simulator() const { return simulator_; }

private:
    const PreparedWorkload& prepared(const std::string& app);

    Simulator simulator_;
    unsigned jobs_;
    std::vector<std::pair<std::string, PreparedWorkload>> cache_;
};

}  // namespace prime
