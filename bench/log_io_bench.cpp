// B1/B2 helper: makes benchmark logs and times our readers on them.
//   bench_log_io make N OUT.csv OUT.tfrecord   random PRIME-shaped log, N rows
//   bench_log_io read FILE REPS                 median read time, memory
// Prints one JSON object. scripts/bench runs it beside the Python peers.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "data/log_io.h"
#include "space/space_json.h"
#include "util/random.h"

using namespace prime;

namespace {

long status_kb(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
    return -1;
}

int make(std::size_t n, const std::string& csv, const std::string& tfrecord) {
    const SearchSpace space = builtin_edgetpu_space();
    DesignLog log(space);
    const AppId app = log.app_id("MobilenetV2");
    log.reserve(n);
    Rng rng(42);
    for (std::size_t i = 0; i < n; ++i) {
        const Design d = space.sample(rng);
        const bool feasible = rng.uniform() < 0.25;
        const float area = static_cast<float>(5 + 200 * rng.uniform());
        const float latency = feasible ? static_cast<float>(150 + 5000 * rng.uniform() * rng.uniform()) : 0.0f;
        log.append(d.index, latency, area, feasible, app);
    }
    write_log(log, csv);
    write_log(log, tfrecord);
    std::printf("{\"rows\": %zu}\n", n);
    return 0;
}

int read(const std::string& file, int reps) {
    const long rss_before = status_kb("VmRSS:");
    std::vector<double> seconds;
    std::size_t rows = 0, bytes = 0;
    long peak_delta_kb = 0;
    for (int r = 0; r < reps; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        DesignLog log = read_log(file);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        rows = log.rows();
        bytes = log.column_bytes();
        // High-water mark of the first load: later loads reuse freed memory.
        if (r == 0) peak_delta_kb = status_kb("VmHWM:") - rss_before;
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("{\"rows\": %zu, \"median_s\": %.6f, \"min_s\": %.6f, \"column_bytes\": %zu, \"peak_delta_bytes\": %ld}\n", rows,
                seconds[seconds.size() / 2], seconds.front(), bytes, peak_delta_kb * 1024);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 4 && args[0] == "make") return make(std::stoul(args[1]), args[2], args[3]);
        if (args.size() == 3 && args[0] == "read") return read(args[1], std::stoi(args[2]));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "usage: bench_log_io make N OUT.csv OUT.tfrecord | read FILE REPS\n");
    return 2;
}
