#include "session/oracle_predictor.h"

#include <cmath>

namespace prime {

std::vector<std::vector<double>> OraclePredictor::predict(const std::vector<Design>& designs,
                                                          const std::vector<std::string>& apps) const {
    const auto results = oracle_.evaluate(designs, apps, job_);
    std::vector<std::vector<double>> out(apps.size(), std::vector<double>(designs.size()));
    for (std::size_t i = 0; i < designs.size(); ++i)
        for (std::size_t a = 0; a < apps.size(); ++a)
            out[a][i] = results[i].app_feasible[a] ? results[i].latency_ms[a] : INFINITY;
    return out;
}

}  // namespace prime
