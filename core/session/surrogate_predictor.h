#pragma once
// A trained Surrogate as a LatencyPredictor (in the session layer because it
// needs prime_model; core/study stays free of LibTorch).
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
#include "session/app_contexts.h"
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
            } else if (const auto c = surrogate_.info().contextual ? builtin_workload_context(app) : std::nullopt) {
                p = surrogate_.predict_with_context(flat, *c);
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
