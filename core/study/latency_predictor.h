#pragma once
// What a study searches against: predicted latency per application for a
// batch of designs. A trained surrogate is the usual one
// (study/surrogate_predictor.h), but a study also runs on any batch function
// (a synthetic objective in tests, a simulator for online baselines), which
// keeps core/study free of LibTorch.
#include <functional>
#include <string>
#include <vector>

#include "space/search_space.h"

namespace prime {

class LatencyPredictor {
public:
    virtual ~LatencyPredictor() = default;
    /// latency[a][i]: predicted ms of design i on application apps[a]. A
    /// non-finite or non-positive value means "predicted not to run".
    /// Must be callable from one thread at a time at least.
    virtual std::vector<std::vector<double>> predict(const std::vector<Design>& designs,
                                                     const std::vector<std::string>& apps) const = 0;
    /// For provenance ("surrogate mlp ...", "function").
    virtual std::string describe() const = 0;
    /// A hash of the model (weights and metadata), or "" when there is none.
    virtual std::string model_hash() const { return {}; }
};

/// Wraps a batch function; `describe` names it in reports.
class FunctionPredictor : public LatencyPredictor {
public:
    using Fn = std::function<std::vector<std::vector<double>>(const std::vector<Design>&, const std::vector<std::string>&)>;
    explicit FunctionPredictor(Fn fn, std::string describe = "function") : fn_(std::move(fn)), describe_(std::move(describe)) {}
    std::vector<std::vector<double>> predict(const std::vector<Design>& designs,
                                             const std::vector<std::string>& apps) const override {
        return fn_(designs, apps);
    }
    std::string describe() const override { return describe_; }

private:
    Fn fn_;
    std::string describe_;
};

}  // namespace prime
