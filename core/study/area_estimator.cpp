#include "study/area_estimator.h"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "sim/simulator.h"

namespace prime {

AreaEstimator AreaEstimator::analytic(const SearchSpace& space, const SimConstants& constants) {
    auto sim = std::make_shared<const Simulator>(constants, space);  // throws for a foreign space
    AreaEstimator e;
    e.fn_ = [sim](const Design& d) { return sim->evaluate_area(d); };
    e.kind_ = "analytic";
    return e;
}

AreaEstimator AreaEstimator::from_log(const DesignLog& log) {
    // One entry per distinct design: the rows of a design (one per
    // application) share its area, so the first finite one is kept.
    struct Table {
        std::unordered_map<Design, double, DesignHash> exact;
        std::vector<ValueIndex> flat;  // distinct designs, row-major
        std::vector<double> area;
        std::vector<float> scale;      // 1 / (values - 1) per parameter
        std::size_t dim = 0;
    };
    auto t = std::make_shared<Table>();
    t->dim = log.space().dimension();
    for (std::size_t p = 0; p < t->dim; ++p)
        t->scale.push_back(log.space().parameter(p).size() > 1 ? 1.0f / float(log.space().parameter(p).size() - 1) : 0.0f);
    const auto area = log.area_mm2();
    for (RowIndex r = 0; r < log.rows(); ++r) {
        if (!std::isfinite(area[r])) continue;
        Design d = log.design(r);
        if (t->exact.emplace(d, area[r]).second) {
            t->flat.insert(t->flat.end(), d.index.begin(), d.index.end());
            t->area.push_back(area[r]);
        }
    }
    if (t->area.empty()) throw std::invalid_argument("the log has no finite area values, so it cannot estimate areas");
    AreaEstimator e;
    e.fn_ = [t](const Design& d) {
        if (auto it = t->exact.find(d); it != t->exact.end()) return it->second;
        double best = std::numeric_limits<double>::infinity(), best_area = std::nan("");
        for (std::size_t i = 0; i < t->area.size(); ++i) {
            const ValueIndex* row = t->flat.data() + i * t->dim;
            float dist = 0;
            for (std::size_t p = 0; p < t->dim; ++p) dist += std::abs(float(row[p]) - float(d.index[p])) * t->scale[p];
            // Ties go to the larger area: an estimate should not flatter the budget.
            if (dist < best || (dist == best && t->area[i] > best_area)) best = dist, best_area = t->area[i];
        }
        return best_area;
    };
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
