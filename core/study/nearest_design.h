#pragma once
// The logged design nearest to a design nobody simulated. Two uses: the
// log-based area model (the area of the nearest logged design) and "how far
// is the model extrapolating" (the distance shown beside each proposal).
//
// Distance: L1 over value indices, each parameter scaled to [0, 1] by its
// number of values, so 0 = a logged design and 1 = one parameter moved
// across its whole range (or several across parts of theirs).
#include <cstddef>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

#include "data/design_log.h"

namespace prime {

class NearestLoggedDesign {
public:
    /// Indexes the log's distinct designs (the rows of a design share its
    /// parameters; the first row with a finite area gives its area).
    /// With `require_area`, designs without a finite area are left out.
    explicit NearestLoggedDesign(const DesignLog& log, bool require_area = false);

    struct Match {
        std::size_t index = 0;  // into the distinct designs
        double distance = 0;    // see the file comment
        double area_mm2 = 0;    // the matched design's logged area (NaN when unknown)
    };
    /// Exact lookup first, else a scan. Ties go to the larger area: an area
    /// estimate should not flatter the budget. Empty index: distance = +inf.
    Match nearest(const Design& design) const;
    /// The nearest of the other distinct designs to distinct design `i` (a
    /// leave-one-out lookup: how the index does on a design it has not seen).
    Match nearest_other(std::size_t i) const;
    double area(std::size_t i) const { return area_[i]; }
    /// Distinct design i (its value indices).
    std::span<const ValueIndex> design(std::size_t i) const { return {flat_.data() + i * dim_, dim_}; }
    /// Position of a logged design among the distinct ones, or -1.
    std::ptrdiff_t find(const Design& design) const {
        const auto it = exact_.find(design);
        return it == exact_.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
    }
    std::size_t size() const { return area_.size(); }

private:
    Match scan(const ValueIndex* design, std::size_t skip) const;

    std::unordered_map<Design, std::size_t, DesignHash> exact_;
    std::vector<ValueIndex> flat_;  // distinct designs, row-major
    std::vector<double> area_;
    std::vector<float> scale_;      // 1 / (values - 1) per parameter
    std::size_t dim_ = 0;
};

}  // namespace prime
