#pragma once
// The area a study checks against its budget, for designs nobody simulated.
// Area is deterministic in the parameters, so for the built-in space the
// simulator's analytic model is exact. For a user's space the log's area
// column is the only truth we have: an exact match when the design was
// logged, else the area of the nearest logged design (an estimate, said so
// in the report). A surrogate trained with an area head is a third, learned
// model for such spaces (study/surrogate_area.h; opt-in: `--area-model
// surrogate`). With no area budget no estimate is needed at all.
#include <cmath>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/design_log.h"
#include "sim/sim_constants.h"

namespace prime {

class AreaEstimator {
public:
    /// The analytic model of the built-in simulator; std::invalid_argument
    /// when `space` lacks the simulator's parameters.
    static AreaEstimator analytic(const SearchSpace& space, const SimConstants& constants = {});
    /// Exact lookup in the log, else the nearest logged design's area (L1
    /// distance over value indices scaled to [0, 1] per parameter) times a
    /// safety margin measured on the log (margin()): a budget is then rarely
    /// broken by an area the lookup understated. std::invalid_argument when
    /// the log has no finite area.
    static AreaEstimator from_log(const DesignLog& log);
    /// No area model: every area is NaN, only valid without an area budget.
    static AreaEstimator none();
    /// Any model that scores designs in batches (a learned one is much
    /// cheaper per design in a batch); `kind` names it in provenance and
    /// reports. Used by surrogate_area_estimator (study/surrogate_area.h),
    /// which lives outside prime_core because it needs LibTorch.
    using BatchFn = std::function<std::vector<double>(const std::vector<Design>&)>;
    static AreaEstimator from_batch_function(BatchFn fn, std::string kind, double margin = 1.0);

    /// An estimator built by `make` on its first use (thread-safe), so that
    /// an expensive fit (session/fitted_area.h) runs on the search worker,
    /// not on the thread that set the study up (the GUI's). Every accessor
    /// forces it; an exception from `make` is rethrown on each use.
    static AreaEstimator deferred(std::function<AreaEstimator()> make);

    bool available() const { return static_cast<bool>(fn_); }
    /// "analytic", "log-nearest", "gaussian-process", "surrogate" or "none".
    const std::string& kind() const { return lazy_ ? resolved().kind_ : kind_; }
    /// The factor an estimate for an unlogged design carries (log-nearest:
    /// the 90th percentile of how much a leave-one-out lookup understates a
    /// logged design's area, in [1, 1.25]; gaussian-process: from its
    /// held-out residuals, session/fitted_area.h); 1 for the other models.
    double margin() const { return lazy_ ? resolved().margin_ : margin_; }
    /// Median relative error |estimate / true - 1| on logged designs the
    /// model did not see (NaN when not measured; 0 for analytic).
    double heldout_error() const { return lazy_ ? resolved().heldout_error_ : heldout_error_; }
    void set_heldout_error(double e) { heldout_error_ = e; }
    /// For reports: the kind, with its held-out error and margin when known.
    std::string describe() const;
    /// mm²; NaN when no model. Thread-safe.
    double operator()(const Design& d) const { return fn_ ? fn_(d) : std::nan(""); }
    std::vector<double> batch(const std::vector<Design>& designs) const;

private:
    struct Lazy;
    const AreaEstimator& resolved() const;
    std::shared_ptr<Lazy> lazy_;  // set by deferred()
    std::function<double(const Design&)> fn_;
    BatchFn batch_fn_;  // set when the model is faster in batches
    std::string kind_ = "none";
    double margin_ = 1.0;
    double heldout_error_ = std::nan("");
};

}  // namespace prime
