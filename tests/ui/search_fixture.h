#pragma once
// A small built-in-space log (two applications) and a surrogate trained on it
// for a few hundred steps: enough for a search to have something to climb,
// built once per test binary.
#include <memory>

#include "data/design_log.h"
#include "session/train_session.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"

namespace prime::test_ui {

inline std::shared_ptr<const DesignLog> searchLog() {
    static const auto log = [] {
        GenerateOptions o;
        o.designs = 1500;
        o.seed = 4;
        o.jobs = 1;
        return std::make_shared<const DesignLog>(
            generate_log(builtin_edgetpu_space(), {load_builtin_workload("MobileNetV2"), load_builtin_workload("M4")}, o));
    }();
    return log;
}

inline const Surrogate& searchSurrogate() {
    static const Surrogate s = [] {
        TrainSettings t;
        t.fit.steps = 300;
        t.fit.eval_every = 100;
        t.train.threads = 1;
        AreaBudget budget;  // every feasible design is a latency target
        TrainSession session(searchLog(), budget, t);
        return session.run().surrogate;
    }();
    return s;
}

}  // namespace prime::test_ui
