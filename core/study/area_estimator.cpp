#include "study/area_estimator.h"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "sim/simulator.h"
#include "study/nearest_design.h"

namespace prime {

AreaEstimator AreaEstimator::analytic(const SearchSpace& space, const SimConstants& constants) {
    auto sim = std::make_shared<const Simulator>(constants, space);  // throws for a foreign space
    AreaEstimator e;
    e.fn_ = [sim](const Design& d) { return sim->evaluate_area(d); };
    e.kind_ = "analytic";
    return e;
}

AreaEstimator AreaEstimator::from_log(const DesignLog& log) {
    auto index = std::make_shared<const NearestLoggedDesign>(log, /*require_area=*/true);
    if (index->size() == 0) throw std::invalid_argument("the log has no finite area values, so it cannot estimate areas");
    AreaEstimator e;
    e.fn_ = [index](const Design& d) { return index->nearest(d).area_mm2; };
    e.kind_ = "log-nearest";
    return e;
}

AreaEstimator AreaEstimator::choose(const DesignLog& log, double area_budget, const SimConstants& constants) {
    try {
        return analytic(log.space(), constants);
    } catch (const std::invalid_argument&) {
    }
    if (!std::isfinite(area_budget)) return none();
    try {
        return from_log(log);
    } catch (const std::invalid_argument&) {
        throw std::invalid_argument(
            "an area budget needs an area model: the space '" + log.space().name() +
            "' is not the built-in simulator's and the log has no area column; map an area column or drop --area-budget");
    }
}

AreaEstimator AreaEstimator::none() { return AreaEstimator(); }

AreaEstimator AreaEstimator::from_batch_function(BatchFn fn, std::string kind) {
    if (!fn) throw std::invalid_argument("an area model needs a function");
    AreaEstimator e;
    e.batch_fn_ = std::move(fn);
    e.fn_ = [batch = e.batch_fn_](const Design& d) { return batch({d}).at(0); };
    e.kind_ = std::move(kind);
    return e;
}

std::vector<double> AreaEstimator::batch(const std::vector<Design>& designs) const {
    if (batch_fn_) {
        std::vector<double> out = batch_fn_(designs);
        if (out.size() != designs.size())
            throw std::logic_error("the " + kind_ + " area model returned " + std::to_string(out.size()) + " areas for " +
                                   std::to_string(designs.size()) + " designs");
        return out;
    }
    std::vector<double> out;
    out.reserve(designs.size());
    for (const auto& d : designs) out.push_back((*this)(d));
    return out;
}

}  // namespace prime
