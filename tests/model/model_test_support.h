#pragma once
// Shared by the model tests: one small generated log per test binary (the
// built-in simulator, MobileNetV2, 3,000 designs) and quick training settings.
#include <atomic>

#include "data/design_log.h"
#include "model/model_options.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"

namespace prime::test {

inline const DesignLog& small_log(std::uint64_t designs = 3000) {
    static const DesignLog log = [designs] {
        GenerateOptions o;
        o.designs = designs;
        o.seed = 5;
        o.jobs = 1;
        return generate_log(builtin_edgetpu_space(), {load_builtin_workload("MobileNetV2")}, o);
    }();
    return log;
}

inline const DesignLog& two_app_log() {
    static const DesignLog log = [] {
        GenerateOptions o;
        o.designs = 1500;
        o.seed = 6;
        o.jobs = 1;
        return generate_log(builtin_edgetpu_space(), {load_builtin_workload("MobileNetV2"), load_builtin_workload("U-Net")}, o);
    }();
    return log;
}

// A small, fast network for tests that check mechanics rather than quality.
inline ModelOptions tiny_mlp() {
    ModelOptions m = ModelOptions::default_mlp();
    m.hidden = {64, 64};
    return m;
}

inline TrainOptions quick_training(std::uint64_t seed = 3) {
    TrainOptions t;
    t.seed = seed;
    t.threads = 1;
    t.batch_feasible = 64;
    t.batch_infeasible = 64;
    t.negative_population = 64;
    t.negative_children = 16;
    return t;
}

}  // namespace prime::test
