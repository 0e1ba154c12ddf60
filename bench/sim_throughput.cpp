// B3/B4: speed of the built-in simulator.
//   bench_sim_throughput prepare DIR [DESIGNS]   writes DIR/designs.csv (raw values + our
//                                                MobileNetV2 results), DIR/workload.csv and
//                                                DIR/constants.json for the Python peer
//   bench_sim_throughput run REPS PEER_JSON      times us on the same designs and prints the
//                                                JSON lines (B3 against the peer, B4 alone)
// B3: evaluations per second on one core, over all nine workloads, and on the
// peer's workload against a straight Python port (bench/peers/sim_peer.py).
// B4: seconds to generate a 1M-row log with 2 jobs. Medians of REPS runs.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sim/generate.h"
#include "sim/simulator.h"
#include "sim/workload_file.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "util/atomic_file.h"
#include "util/random.h"

using namespace prime;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::uint64_t kSeed = 2022;
constexpr const char* kPeerWorkload = "MobileNetV2";

std::vector<Hardware> draw_hardware(const Simulator& sim, std::size_t n) {
    std::vector<Hardware> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Rng rng = Rng::for_item(kSeed, i);
        out.push_back(sim.hardware(sim.space().sample(rng)));
    }
    return out;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

// Seconds for `rounds` passes of every design over every workload; `sink`
// keeps the optimiser from dropping the work.
double time_pass(const Simulator& sim, const std::vector<Hardware>& designs, const std::vector<PreparedWorkload>& workloads,
                 int rounds, double& sink) {
    const auto start = Clock::now();
    for (int r = 0; r < rounds; ++r)
        for (const PreparedWorkload& w : workloads)
            for (const Hardware& hw : designs) sink += sim.evaluate_summary(hw, w).latency_ms;
    return std::chrono::duration<double>(Clock::now() - start).count();
}

int prepare(const std::string& dir, std::size_t n) {
    const Simulator sim;
    const Workload workload = load_builtin_workload(kPeerWorkload);
    const PreparedWorkload prepared(workload);
    std::string csv = "pes_x,pes_y,compute_lanes,cores_per_pe,pe_memory,core_memory,instruction_memory,"
                      "parameter_memory,activation_memory,dram_bandwidth,feasible,reason,layer,latency_ms\n";
    char line[512];
    for (const Hardware& hw : draw_hardware(sim, n)) {
        const SimSummary s = sim.evaluate_summary(hw, prepared);
        std::snprintf(line, sizeof line, "%d,%d,%d,%d,%lld,%lld,%lld,%lld,%lld,%.17g,%d,%d,%d,%.17g\n", hw.pes_x, hw.pes_y,
                      hw.compute_lanes, hw.cores_per_pe, (long long)hw.pe_memory, (long long)hw.core_memory,
                      (long long)hw.instruction_memory, (long long)hw.parameter_memory, (long long)hw.activation_memory,
                      hw.dram_gbps, s.feasible ? 1 : 0, int(s.reason), int(s.layer), s.latency_ms);
        csv += line;
    }
    write_text_atomically(dir + "/designs.csv", csv);
    save_workload(workload, dir + "/workload.csv");
    save_constants(sim.constants(), dir + "/constants.json");
    return 0;
}

int run(int reps, const std::string& peer_text) {
    const nlohmann::json peer = nlohmann::json::parse(peer_text);
    const Simulator sim;
    std::vector<PreparedWorkload> all;
    for (const Workload& w : load_builtin_workloads()) all.emplace_back(w);
    const std::vector<PreparedWorkload> peer_workload{PreparedWorkload(load_builtin_workload(kPeerWorkload))};
    const std::vector<Hardware> designs = draw_hardware(sim, 20000);
    const std::vector<Hardware> peer_designs(designs.begin(), designs.begin() + peer["designs"].get<long>());

    // Most random designs fail early (like PRIME's 70-90% infeasible); the
    // feasible ones map every layer, so time them on their own as well.
    std::vector<std::vector<Hardware>> feasible(all.size());
    for (std::size_t w = 0; w < all.size(); ++w)
        for (const Hardware& hw : designs)
            if (sim.evaluate_summary(hw, all[w]).feasible) feasible[w].push_back(hw);

    double sink = 0;
    std::vector<double> all_rates, feasible_rates, peer_rates, generate_seconds;
    for (int r = 0; r < reps; ++r) {
        all_rates.push_back(double(designs.size() * all.size()) / time_pass(sim, designs, all, 1, sink));
        double seconds = 0;
        std::size_t evaluations = 0;
        for (std::size_t w = 0; w < all.size(); ++w) {
            seconds += time_pass(sim, feasible[w], {all[w]}, 1, sink);
            evaluations += feasible[w].size();
        }
        feasible_rates.push_back(double(evaluations) / seconds);
        const int rounds = 20;  // the peer's design set is small; repeat it for a measurable time
        peer_rates.push_back(double(peer_designs.size() * rounds) / time_pass(sim, peer_designs, peer_workload, rounds, sink));
    }
    // B4: 1M rows (111,112 designs x 9 workloads) on 2 threads.
    GenerateOptions options;
    options.designs = 111112;
    options.jobs = 2;
    options.seed = kSeed;
    const std::vector<Workload> workloads = load_builtin_workloads();
    std::size_t rows = 0;
    for (int r = 0; r < reps; ++r) {
        const auto start = Clock::now();
        rows = generate_log(sim.space(), workloads, options).rows();
        generate_seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }

    const double ours = median(all_rates), ours_peer = median(peer_rates), python = peer["evals_per_s"].get<double>();
    auto emit = [](const nlohmann::json& j) { std::printf("%s\n", j.dump().c_str()); };
    emit({{"bench", "B3"}, {"metric", "sim_evals_per_s_per_core_9_workloads"}, {"value", std::round(ours)},
          {"unit", "evals/s"}, {"peer", nullptr}, {"ratio", nullptr}, {"bar", 100000}, {"designs", designs.size()},
          {"repeats", reps}});
    emit({{"bench", "B3"}, {"metric", "sim_evals_per_s_per_core_9_workloads_feasible_designs"},
          {"value", std::round(median(feasible_rates))}, {"unit", "evals/s"}, {"peer", nullptr}, {"ratio", nullptr},
          {"bar", 100000}, {"repeats", reps}});
    emit({{"bench", "B3"}, {"metric", std::string("sim_evals_per_s_per_core_") + kPeerWorkload}, {"value", std::round(ours_peer)},
          {"unit", "evals/s"}, {"peer", "python port of the same formulas (bench/peers/sim_peer.py)"},
          {"peer_value", std::round(python * 10) / 10}, {"ratio", std::round(ours_peer / python)},
          {"designs", peer_designs.size()}, {"peer_mismatches", peer["mismatches"]}, {"repeats", reps}});
    emit({{"bench", "B4"}, {"metric", "generate_1M_rows_seconds"}, {"value", std::round(median(generate_seconds) * 100) / 100},
          {"unit", "s"}, {"peer", nullptr}, {"ratio", nullptr}, {"bar", 60}, {"rows", rows}, {"jobs", 2}, {"repeats", reps}});
    std::fprintf(stderr, "(checksum %g)\n", sink);
    return peer["mismatches"].get<long>() == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const std::string mode = argc > 1 ? argv[1] : "";
        if (mode == "prepare" && argc >= 3) return prepare(argv[2], argc > 3 ? std::stoul(argv[3]) : 2000);
        if (mode == "run" && argc >= 4) return run(std::max(3, std::stoi(argv[2])), argv[3]);
        std::fprintf(stderr, "usage: bench_sim_throughput prepare DIR [DESIGNS] | run REPS PEER_JSON\n");
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_sim_throughput: %s\n", e.what());
        return 1;
    }
}
