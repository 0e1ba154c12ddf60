// B5/B6/B10 helper: times the surrogate and prints one JSON object per call.
//   bench_model step  MODEL THREADS REPS [heads]  B5: median time of a 256 feasible + 256 infeasible
//                                                 training step (no negatives, as the Python peer), and
//                                                 of the full PRIME step (plus 256 negatives, 2 generations),
//                                                 and the miner's share (full step minus a 768-row step);
//                                                 "heads" adds the area and feasibility heads (docs/model.md)
//   bench_model score MODEL THREADS N REPS        B6: median time to score N random designs
//   bench_model log N OUT                         writes the demo log's MobileNetV2 rows (N designs)
//   bench_model curve MODEL THREADS SECONDS [HIDDEN [LR]]
//                                                 B10: held-out Spearman vs training seconds on the
//                                                 demo log's MobileNetV2 (20,000 designs, seed 2022)
// MODEL is "mlp" (the default model, 77-256-256-1) or "transformer" (PRIME's). run_model.sh
// runs these beside bench/peers/model_peer.py and prints the JSON lines.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "data/log_io.h"
#include "model/conservative_trainer.h"
#include "model/torch_runtime.h"
#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"

using namespace prime;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The demo log's MobileNetV2 rows: generate_log draws design i from
// Rng::for_item(seed, i) whatever the workloads, so these are the same designs.
DesignLog mobilenet_log(std::uint64_t designs) {
    GenerateOptions o;
    o.designs = designs;
    o.seed = 2022;
    o.jobs = 0;
    return generate_log(builtin_edgetpu_space(), {load_builtin_workload("MobileNetV2")}, o);
}

ModelOptions model_for(const std::string& name, const std::string& hidden = "") {
    ModelOptions m = parse_model_kind(name) == ModelKind::Transformer ? ModelOptions::prime_transformer() : ModelOptions::default_mlp();
    if (!hidden.empty()) {
        m.hidden.clear();
        std::stringstream in(hidden);
        for (std::string w; std::getline(in, w, ',');) m.hidden.push_back(std::stoi(w));
    }
    return m;
}

double time_steps(const DesignLog& log, const ModelOptions& model, TrainOptions train, int reps) {
    ConservativeTrainer trainer(log, model, train);
    for (int i = 0; i < 3; ++i) trainer.step();  // warm-up: allocator, thread pool, Adam state
    std::vector<double> s;
    for (int i = 0; i < reps; ++i) {
        const auto t0 = Clock::now();
        trainer.step();
        s.push_back(since(t0));
    }
    return median(s);
}

int step(const std::string& model, int threads, int reps, bool heads) {
    const DesignLog log = mobilenet_log(4000);
    ModelOptions m = model_for(model);
    m.area_head = m.feasibility_head = heads;
    TrainOptions t;
    t.threads = threads;
    t.beta = 0;  // B5's step: 256 feasible + 256 infeasible, MSE + alpha * mean
    const double core = time_steps(log, m, t, reps);
    t.batch_infeasible = 512;  // as many rows as the full step, without mining: isolates the miner's cost
    const double same_rows = time_steps(log, m, t, reps);
    t.batch_infeasible = 256;
    t.beta = 0.1;  // the full PRIME step: + 256 negatives advanced 2 generations of 64 children
    const double full = time_steps(log, m, t, reps);
    std::printf("{\"model\": \"%s\", \"heads\": %s, \"threads\": %d, \"median_s\": %.6f, \"full_step_median_s\": %.6f, "
                "\"mining_s\": %.6f}\n",
                model.c_str(), heads ? "true" : "false", torch_threads(), core, full, full - same_rows);
    return 0;
}

int score(const std::string& model, int threads, std::size_t n, int reps) {
    TrainOptions t;
    t.threads = threads;
    ConservativeTrainer trainer(mobilenet_log(2000), model_for(model), t);
    const Surrogate s = trainer.surrogate();
    const SearchSpace& space = s.space();
    Rng rng(7);
    std::vector<ValueIndex> flat;
    flat.reserve(n * space.dimension());
    for (std::size_t i = 0; i < n; ++i) {
        const Design d = space.sample(rng);
        flat.insert(flat.end(), d.index.begin(), d.index.end());
    }
    s.predict(std::span<const ValueIndex>(flat.data(), std::min(n, std::size_t(1000)) * space.dimension()), 0);  // warm-up
    std::vector<double> secs;
    for (int i = 0; i < reps; ++i) {
        const auto t0 = Clock::now();
        const Predictions p = s.predict(flat, 0);
        secs.push_back(since(t0));
        if (p.score.size() != n) return 1;
    }
    std::printf("{\"model\": \"%s\", \"threads\": %d, \"designs\": %zu, \"median_s\": %.6f}\n", model.c_str(), torch_threads(), n,
                median(secs));
    return 0;
}

int curve(const std::string& model, int threads, double seconds, const std::string& hidden, double lr) {
    const DesignLog log = mobilenet_log(20000);
    TrainOptions t;  // default settings
    t.threads = threads;
    if (lr > 0) t.learning_rate = lr;
    ConservativeTrainer trainer(log, model_for(model, hidden), t);
    FitOptions f;
    f.steps = 100000000;
    f.time_limit_seconds = seconds;
    f.eval_every = 0;
    f.eval_every_seconds = parse_model_kind(model) == ModelKind::Transformer ? 10 : 5;
    const TrainingReport r = trainer.fit(f);
    const double lr_used = t.learning_rate > 0 ? t.learning_rate : default_learning_rate(parse_model_kind(model));
    std::printf("{\"model\": \"%s\", \"hidden\": \"%s\", \"lr\": %g, \"threads\": %d, \"steps\": %llu, \"curve\": [", model.c_str(),
                hidden.c_str(), lr_used, torch_threads(), static_cast<unsigned long long>(r.steps));
    for (std::size_t i = 0; i < r.history.size(); ++i)
        std::printf("%s[%.2f, %.4f]", i ? ", " : "", r.history[i].train_seconds, r.history[i].spearman);
    const EvalMetrics& e = r.final_metrics;
    // "selected": the checkpoint the trained surrogate keeps (keep_best), what a user gets.
    std::printf("], \"selected_spearman\": %.4f, \"selected_seconds\": %.2f, \"final_spearman\": %.4f, "
                "\"train_seconds\": %.2f, \"mean_pred_feasible\": %.3f, "
                "\"mean_pred_infeasible\": %.3f, \"feasible_train\": %zu, \"feasible_val\": %zu}\n",
                r.selected_metrics.spearman, r.selected_metrics.train_seconds, e.spearman, e.train_seconds, e.mean_pred_feasible,
                e.mean_pred_infeasible,
                trainer.data().apps[0].feasible_train.size(), trainer.data().apps[0].feasible_val.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> a(argv + 1, argv + argc);
    try {
        if ((a.size() == 4 || (a.size() == 5 && a[4] == "heads")) && a[0] == "step")
            return step(a[1], std::stoi(a[2]), std::stoi(a[3]), a.size() == 5);
        if (a.size() == 3 && a[0] == "log") {
            write_log(mobilenet_log(std::stoull(a[1])), a[2]);
            return 0;
        }
        if (a.size() == 5 && a[0] == "score") return score(a[1], std::stoi(a[2]), std::stoul(a[3]), std::stoi(a[4]));
        if (a.size() >= 4 && a.size() <= 6 && a[0] == "curve")
            return curve(a[1], std::stoi(a[2]), std::stod(a[3]), a.size() > 4 ? a[4] : "", a.size() > 5 ? std::stod(a[5]) : 0);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "usage: bench_model step MODEL THREADS REPS [heads] | log N OUT | score MODEL THREADS N REPS | "
                         "curve MODEL THREADS SECONDS [HIDDEN [LR]]\n");
    return 2;
}
