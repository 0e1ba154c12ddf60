#pragma once
// A trained Surrogate as a LatencyPredictor. Header-only on purpose: core/study
// stays in prime_core without LibTorch, and only the targets that include this
// (prime-cli, benchmarks) link prime_model.
//
// Applications the model was trained on use their own head/context. An unseen
// built-in workload goes through predict_with_context (zero-shot) when the
// model is contextual; latencies are then on the trained applications' mean
// scale, so only the ranking is meaningful (the report shows verified numbers).
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/surrogate.h"
#include "sim/workload_context.h"
#include "sim/workload_library.h"
#include "study/latency_predictor.h"

namespace prime {

class SurrogatePredictor : public LatencyPredictor {
public:
    explicit SurrogatePredictor(Surrogate surrogate, std::string hash = {})
        : surrogate_(std::move(surrogate)), hash_(std::move(hash)) {}

    std::vector<std::vector<double>> predict(const std::vector<Design>& designs,
                                             const std::vector<std::string>& apps) const override {
        const std::size_t dim = surrogate_.space().dimension();
        std::vector<ValueIndex> flat;
        flat.reserve(designs.size() * dim);
        for (const auto& d : designs) flat.insert(flat.end(), d.index.begin(), d.index.end());
        std::vector<std::vector<double>> out;
        for (const auto& app : apps) {
            Predictions p;
            if (app.empty()) {
                p = surrogate_.predict(flat, 0);
            } else if (const auto a = surrogate_.find_app(app)) {
                p = surrogate_.predict(flat, *a);
            } else if (surrogate_.info().contextual && !resolve_builtin_workload(app).empty()) {
                const auto c = workload_context(load_builtin_workload(app));
                p = surrogate_.predict_with_context(flat, std::vector<float>(c.begin(), c.end()));
            } else {
                throw std::invalid_argument("the surrogate was not trained on application '" + app +
                                            "' and cannot predict it zero-shot (not a contextual model or not a built-in workload)");
            }
            out.emplace_back(p.latency_ms.begin(), p.latency_ms.end());
        }
        return out;
    }
    std::string describe() const override {
        const auto& i = surrogate_.info();
        return "surrogate " + model_kind_name(i.model.kind) + (i.training.naive() ? " (naive)" : " (conservative)");
    }
    std::string model_hash() const override { return hash_; }
    const Surrogate& surrogate() const { return surrogate_; }

private:
    Surrogate surrogate_;
    std::string hash_;
};

}  // namespace prime
