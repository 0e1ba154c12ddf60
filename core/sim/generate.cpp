#include "sim/generate.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <condition_variable>
#include <stdexcept>
#include <thread>

#include "sim/prepared_workload.h"
#include "sim/sim_result.h"
#include "sim/simulator.h"
#include "util/errors.h"
#include "util/random.h"

namespace prime {

namespace {

constexpr int kMaxRedraws = 100000;

// An empty log with every application and reason registered in a fixed
// order, so that chunk logs join without remapping surprises.
DesignLog empty_log(const SearchSpace& space, const std::vector<Workload>& workloads, bool energy_metrics) {
    DesignLog log(space);
    for (const Workload& w : workloads) log.app_id(w.name);
    for (std::size_t r = 1; r < kReasonCount; ++r) log.reason_id(std::string(reason_name(static_cast<Reason>(r))));
    if (energy_metrics) {
        log.add_metric("energy_mj", "mJ");
        log.add_metric("power_w", "W");
    }
    return log;
}

Design draw_design(const Simulator& sim, std::uint64_t seed, std::uint64_t item, double area_budget) {
    Rng rng = Rng::for_item(seed, item);
    Design design = sim.space().sample(rng);
    if (!std::isfinite(area_budget)) return design;
    for (int attempt = 0; attempt < kMaxRedraws; ++attempt) {
        if (sim.evaluate_area(design) <= area_budget) return design;
        design = sim.space().sample(rng);
    }
    throw std::invalid_argument("no design within the area budget of " + std::to_string(area_budget) +
                                " mm² after " + std::to_string(kMaxRedraws) + " draws; raise the budget");
}

}  // namespace

ShardRange shard_range(std::uint64_t designs, std::uint32_t index, std::uint32_t count) {
    if (count == 0 || index >= count)
        throw std::invalid_argument("shard " + std::to_string(index) + "/" + std::to_string(count) +
                                    " is not valid (expected 0 <= index < count)");
    const std::uint64_t base = designs / count, extra = designs % count;
    const auto start = [&](std::uint64_t k) { return k * base + std::min<std::uint64_t>(k, extra); };
    return {start(index), start(index + 1) - start(index)};
}

DesignLog generate_log(const SearchSpace& space, const std::vector<Workload>& workloads, const GenerateOptions& options,
                       JobControl* job) {
    if (workloads.empty()) throw std::invalid_argument("no workloads to generate a log for");
    const ShardRange range = shard_range(options.designs, options.shard_index, options.shard_count);
    const Simulator sim(options.constants, space);
    std::vector<PreparedWorkload> prepared;
    prepared.reserve(workloads.size());
    for (const Workload& w : workloads) prepared.emplace_back(w);

    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = unsigned(std::clamp<std::uint64_t>(range.count / 256, 1, jobs));  // tiny runs stay single-threaded

    std::vector<DesignLog> chunks;
    for (unsigned j = 0; j < jobs; ++j) chunks.push_back(empty_log(space, workloads, options.energy_metrics));
    std::atomic<std::uint64_t> done{0};
    std::atomic<bool> cancel{false};
    std::atomic<unsigned> running{jobs};
    std::mutex mutex;
    std::condition_variable finished;
    std::vector<std::exception_ptr> errors(jobs);

    auto work = [&](unsigned j) {
        try {
            const ShardRange part = shard_range(range.count, j, jobs);
            DesignLog& log = chunks[j];
            log.reserve(part.count * prepared.size());
            float metrics[2];
            const std::span<const float> metric_span(metrics, options.energy_metrics ? 2 : 0);
            for (std::uint64_t n = 0; n < part.count && !cancel.load(std::memory_order_relaxed); ++n) {
                const Design design = draw_design(sim, options.seed, range.first + part.first + n, options.area_budget);
                const Hardware hw = sim.hardware(design);
                for (std::size_t a = 0; a < prepared.size(); ++a) {
                    const SimSummary s = sim.evaluate_summary(hw, prepared[a]);
                    const float nan = std::numeric_limits<float>::quiet_NaN();
                    metrics[0] = s.feasible ? float(s.energy_mj) : nan;
                    metrics[1] = s.feasible ? float(s.power_w) : nan;
                    log.append(design.index, float(s.latency_ms), float(s.area_mm2), s.feasible, AppId(a),
                               static_cast<std::uint8_t>(s.reason), metric_span);
                }
                done.fetch_add(1, std::memory_order_relaxed);
            }
        } catch (...) {
            errors[j] = std::current_exception();
            cancel = true;
        }
        std::lock_guard lock(mutex);
        if (--running == 0) finished.notify_all();
    };

    std::vector<std::thread> threads;
    for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(work, j);
    bool cancelled = false;
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(100));
            if (running == 0 || !job) continue;
            lock.unlock();
            const bool go_on = job->units(done.load(), range.count);
            lock.lock();
            if (!go_on) {
                cancelled = true;
                cancel = true;
            }
        }
    }
    for (auto& t : threads) t.join();
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);
    if (cancelled) throw Cancelled();
    if (job && !job->units(range.count, range.count)) throw Cancelled();

    DesignLog log = std::move(chunks.front());
    for (unsigned j = 1; j < jobs; ++j) {
        log.append(chunks[j]);
        chunks[j] = DesignLog();  // free as we go: logs reach millions of rows
    }
    return log;
}

}  // namespace prime
