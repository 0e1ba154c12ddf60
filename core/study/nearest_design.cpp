#include "study/nearest_design.h"

#include <cmath>
#include <limits>

namespace prime {

NearestLoggedDesign::NearestLoggedDesign(const DesignLog& log, bool require_area) {
    dim_ = log.space().dimension();
    for (std::size_t p = 0; p < dim_; ++p)
        scale_.push_back(log.space().parameter(p).size() > 1 ? 1.0f / float(log.space().parameter(p).size() - 1) : 0.0f);
    const auto area = log.area_mm2();
    for (RowIndex r = 0; r < log.rows(); ++r) {
        const bool known = std::isfinite(area[r]);
        if (require_area && !known) continue;
        Design d = log.design(r);
        auto [it, fresh] = exact_.emplace(d, area_.size());
        if (fresh) {
            flat_.insert(flat_.end(), d.index.begin(), d.index.end());
            area_.push_back(known ? area[r] : std::nan(""));
        } else if (known && std::isnan(area_[it->second])) {
            area_[it->second] = area[r];
        }
    }
}

NearestLoggedDesign::Match NearestLoggedDesign::scan(const ValueIndex* d, std::size_t skip) const {
    Match best{0, std::numeric_limits<double>::infinity(), std::nan("")};
    for (std::size_t i = 0; i < area_.size(); ++i) {
        if (i == skip) continue;
        const ValueIndex* row = flat_.data() + i * dim_;
        float dist = 0;
        for (std::size_t p = 0; p < dim_; ++p) dist += std::abs(float(row[p]) - float(d[p])) * scale_[p];
        if (dist < best.distance || (dist == best.distance && area_[i] > best.area_mm2)) best = {i, dist, area_[i]};
    }
    return best;
}

NearestLoggedDesign::Match NearestLoggedDesign::nearest(const Design& d) const {
    if (auto it = exact_.find(d); it != exact_.end()) return {it->second, 0.0, area_[it->second]};
    return scan(d.index.data(), area_.size());
}

NearestLoggedDesign::Match NearestLoggedDesign::nearest_other(std::size_t i) const {
    return scan(flat_.data() + i * dim_, i);
}

}  // namespace prime
