#include "sim/demo_log.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "data/snapshot.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"

namespace prime {

namespace fs = std::filesystem;

std::string demo_log_file_name(const DemoLogOptions& options) {
    const std::string key = constants_to_json(SimConstants{}).dump() + space_to_json(builtin_edgetpu_space()).dump();
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ULL;
    char name[96];
    std::snprintf(name, sizeof name, "demo-%llu-designs-seed-%llu-%08llx.primelog",
                  static_cast<unsigned long long>(options.designs), static_cast<unsigned long long>(options.seed),
                  static_cast<unsigned long long>(h & 0xffffffffULL));
    return name;
}

fs::path ensure_demo_log(const fs::path& cache_dir, const DemoLogOptions& options,
                         JobControl* job) {
    const fs::path path = cache_dir / demo_log_file_name(options);
    if (fs::exists(path)) return path;
    fs::create_directories(cache_dir);
    GenerateOptions g;
    g.designs = options.designs;
    g.seed = options.seed;
    g.jobs = options.jobs;
    const DesignLog log = generate_log(builtin_edgetpu_space(), load_builtin_workloads(), g, job);
    write_snapshot(log, path);
    return path;
}

}  // namespace prime
