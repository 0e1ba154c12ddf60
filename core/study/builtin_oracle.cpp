#include "study/builtin_oracle.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <stdexcept>
#include <thread>

#include "sim/workload_library.h"
#include "util/errors.h"

namespace prime {

BuiltinSimulatorOracle::BuiltinSimulatorOracle(SearchSpace space, SimConstants constants, unsigned jobs)
    : simulator_(std::move(constants), std::move(space)),
      jobs_(jobs ? jobs : std::max(1u, std::thread::hardware_concurrency())) {}

std::string BuiltinSimulatorOracle::describe() const { return "builtin simulator"; }

const PreparedWorkload& BuiltinSimulatorOracle::prepared(const std::string& app) {
    for (const auto& [name, w] : cache_)
        if (name == app) return w;
    if (app.empty()) throw std::invalid_argument("the built-in simulator needs an application (workload) name");
    const std::vector<Workload> loaded = load_workloads(app);
    if (loaded.size() != 1) throw std::invalid_argument("'" + app + "' names " + std::to_string(loaded.size()) + " workloads, expected one");
    cache_.emplace_back(app, PreparedWorkload(loaded.front()));
    return cache_.back().second;
}

std::vector<OracleResult> BuiltinSimulatorOracle::evaluate(const std::vector<Design>& designs,
                                                           const std::vector<std::string>& apps,
                                                           JobControl* job) {
    if (apps.empty()) throw std::invalid_argument("the built-in simulator needs at least one application");
    // Before the threads: cache_ is not thread-safe. All applications are
    // cached first and only then addressed: adding one to cache_ can move the
    // others, so a pointer taken between two additions would dangle (a crash,
    // or a moved-from empty workload, with three or more applications).
    for (const auto& a : apps) prepared(a);
    std::vector<const PreparedWorkload*> workloads;
    for (const auto& a : apps) workloads.push_back(&prepared(a));
    for (const auto& d : designs)
        if (!simulator_.space().contains(d)) throw std::invalid_argument("a design is not in the simulator's space");

    std::vector<OracleResult> results(designs.size());
    auto work = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            if (job && job->cancelled()) return;
            const Hardware hw = simulator_.hardware(designs[i]);
            OracleResult& r = results[i];
            r.feasible = true;
            r.area_mm2 = simulator_.evaluate_area(hw);
            double energy = 0, latency = 0;
            for (std::size_t a = 0; a < workloads.size(); ++a) {
                const SimSummary s = simulator_.evaluate_summary(hw, *workloads[a]);
                r.app_feasible.push_back(s.feasible);
                r.app_reason.push_back(s.feasible ? std::string() : std::string(reason_name(s.reason)));
                r.latency_ms.push_back(s.feasible ? s.latency_ms : std::nan(""));
                if (s.feasible) {
                    energy += s.energy_mj;
                    latency += s.latency_ms;
                } else if (r.feasible) {
                    r.feasible = false;
                    r.reason = apps[a] + ": " + std::string(reason_name(s.reason));
                }
            }
            // Power over the whole set, as if the applications ran back to back.
            if (r.feasible && latency > 0) r.power_w = energy / latency;
        }
    };
    const std::size_t n = designs.size();
    const std::size_t jobs = std::clamp<std::size_t>(n / 64, 1, jobs_);  // small batches stay on this thread
    if (jobs == 1) {
        work(0, n);
    } else {
        std::vector<std::thread> threads;
        for (std::size_t j = 0; j < jobs; ++j) threads.emplace_back(work, j * n / jobs, (j + 1) * n / jobs);
        for (auto& t : threads) t.join();
    }
    if (job && !job->units(n, n)) throw Cancelled();
    calls_ += n * apps.size();
    return results;
}

}  // namespace prime
