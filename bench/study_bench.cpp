// B7: one search generation (population 256) scored by the default
// surrogate on one thread: ask -> predict -> analytic area -> budget -> tell.
// The GUI shows a live search only if this stays well under 33 ms.
//   bench_study generation REPS   prints {"median_s": ..., "threads": 1, ...}
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "model/conservative_trainer.h"
#include "model/torch_runtime.h"
#include "search/optimizer_factory.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "session/surrogate_predictor.h"
#include "study/study.h"

using namespace prime;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    if (argc < 3 || std::string(argv[1]) != "generation") {
        std::fprintf(stderr, "usage: bench_study generation REPS\n");
        return 2;
    }
    const int reps = std::max(3, std::stoi(argv[2]));
    set_torch_threads(1);
    GenerateOptions g;
    g.designs = 2000;
    g.seed = 2022;
    const DesignLog log = generate_log(builtin_edgetpu_space(), {load_builtin_workload("MobileNetV2")}, g);
    TrainOptions t;
    t.area_budget = 27;
    t.threads = 1;
    ConservativeTrainer trainer(log, ModelOptions::default_mlp(), t);
    for (int i = 0; i < 20; ++i) trainer.step();  // the cost of a forward pass does not depend on training
    StudyOptions o;
    o.apps = {"MobileNetV2"};
    o.budget.area_mm2 = 27;
    o.population = 256;
    Study study(log.space(), std::make_shared<SurrogatePredictor>(trainer.surrogate()), AreaEstimator::analytic(log.space()), o);
    auto optimizer = make_optimizer("evolution", log.space(), 1, {{"population_size", 256}});
    std::vector<double> seconds;
    for (int r = 0; r < reps + 3; ++r) {
        const auto t0 = Clock::now();
        const auto designs = optimizer->ask(256);
        const auto scored = study.score(designs);
        optimizer->tell(designs, scored.score);
        if (r >= 3) seconds.push_back(std::chrono::duration<double>(Clock::now() - t0).count());  // 3 warm-ups
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("{\"median_s\": %.6f, \"min_s\": %.6f, \"reps\": %d, \"population\": 256, \"threads\": %d}\n",
                seconds[seconds.size() / 2], seconds.front(), reps, torch_threads());
    return 0;
}
