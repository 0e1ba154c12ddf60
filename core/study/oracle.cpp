#include "study/oracle.h"

#include <cmath>
#include <stdexcept>

namespace prime {

std::string reason_for_app(const OracleResult& r, std::size_t a, const std::string& app) {
    if (a < r.app_reason.size() && !r.app_reason[a].empty()) return r.app_reason[a];
    // Without per-application reasons: OracleResult::reason names the first failing application.
    const std::string prefix = app + ": ";
    if (r.reason.rfind(prefix, 0) == 0) return r.reason.substr(prefix.size());
    if (!app.empty() && r.reason.find(": ") != std::string::npos) return "INFEASIBLE";
    return r.reason.empty() ? "INFEASIBLE" : r.reason;
}

void append_verified(DesignLog& log, const std::vector<Design>& designs, const std::vector<std::string>& apps,
                     const std::vector<OracleResult>& results) {
    if (designs.size() != results.size())
        throw std::invalid_argument("append_verified: " + std::to_string(results.size()) + " results for " +
                                    std::to_string(designs.size()) + " designs");
    const std::vector<std::string> names = apps.empty() ? std::vector<std::string>{std::string()} : apps;
    const std::vector<float> no_metrics(log.metrics().size(), std::nanf(""));
    for (std::size_t i = 0; i < designs.size(); ++i) {
        const OracleResult& r = results[i];
        if (!log.space().contains(designs[i])) throw std::invalid_argument("append_verified: a design is not in the log's space");
        for (std::size_t a = 0; a < names.size(); ++a) {
            const std::string& name = names[a].empty() && !log.app_names().empty() ? log.app_names().front() : names[a];
            const AppId app = log.app_id(name);
            const bool ok = a < r.app_feasible.size() ? r.app_feasible[a] : r.feasible;
            const double latency = a < r.latency_ms.size() ? r.latency_ms[a] : NAN;
            const bool feasible = ok && std::isfinite(latency);
            const std::uint8_t reason = feasible ? 0 : log.reason_id(reason_for_app(r, a, names[a]));
            log.append(designs[i].index, feasible ? static_cast<float>(latency) : 0.0f, static_cast<float>(r.area_mm2),
                       feasible, app, reason, no_metrics);
        }
    }
}

}  // namespace prime
