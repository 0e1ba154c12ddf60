// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/fitted_area.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "model/gaussian_process.h"
#include "space/numeric_features.h"
#include "study/nearest_design.h"

namespace prime {

namespace {

double median(std::vector<double> v) {
    if (v.empty()) return NAN;
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

double quantile(std::vector<double> v, double q) {
    if (v.empty()) return NAN;
    const std::size_t k = std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

constexpr std::size_t kMinDesigns = 20;
constexpr std::size_t kMaxHeldOut = 400;
constexpr double kMarginQuantile = 0.98;

}  // namespace

AreaEstimator fitted_area_estimator(const DesignLog& log, bool gp_only, AreaFitReport* report, double min_margin) {
    auto index = std::make_shared<const NearestLoggedDesign>(log, /*require_area=*/true);
    const std::size_t n = index->size();
    if (n == 0) throw std::invalid_argument("the log has no finite area values, so it cannot estimate areas");
    // Designs with a positive area (ln needs it; a zero area is a logging artefact, never a real design).
    std::vector<std::size_t> usable;
    for (std::size_t i = 0; i < n; ++i)
        if (index->area(i) > 0) usable.push_back(i);
    AreaFitReport fit;
    if (usable.size() < kMinDesigns) {
        fit.chosen = "log-nearest";
        if (report) *report = fit;
        return AreaEstimator::from_log(log);
    }
    // Held out: every fifth usable design, at most kMaxHeldOut (spread evenly).
    const std::size_t step = std::max<std::size_t>(5, usable.size() / kMaxHeldOut);
    std::vector<std::size_t> train, held;
    for (std::size_t k = 0; k < usable.size(); ++k) (k % step == 0 ? held : train).push_back(usable[k]);
    const NumericFeatures features(log.space());
    const std::size_t d = features.width();
    auto encode = [&](const std::vector<std::size_t>& ids, std::vector<float>& x, std::vector<double>& y) {
        std::vector<ValueIndex> flat;
        for (std::size_t i : ids) {
            const auto row = index->design(i);
            flat.insert(flat.end(), row.begin(), row.end());
            y.push_back(std::log(index->area(i)));
        }
        x = features.encode(flat, ids.size());
    };
    std::vector<float> tx, hx;
    std::vector<double> ty, hy;
    encode(train, tx, ty);
    encode(held, hx, hy);
    const GaussianProcess heldout_gp = GaussianProcess::fit(tx, train.size(), d, ty);
    const std::vector<double> mu = heldout_gp.mean(hx, held.size());
    std::vector<double> gp_rel, gp_under, nn_rel;
    for (std::size_t k = 0; k < held.size(); ++k) {
        const double r = hy[k] - mu[k];  // > 0: the estimate understates
        gp_rel.push_back(std::abs(std::expm1(-r)));
        gp_under.push_back(r);
        const double other = index->nearest_other(held[k]).area_mm2;
        if (other > 0) nn_rel.push_back(std::abs(other / index->area(held[k]) - 1));
    }
    fit.gp_error = median(gp_rel);
    fit.nearest_error = median(nn_rel);
    fit.heldout = held.size();
    if (!gp_only && !(fit.gp_error < fit.nearest_error)) {
        fit.chosen = "log-nearest";
        if (report) *report = fit;
        AreaEstimator e = AreaEstimator::from_log(log);
        e.set_heldout_error(fit.nearest_error);
        return e;
    }
    // The final GP conditions on every usable design with the held-out fit's
    // hyperparameters (refitting them would cost the fit again for little).
    std::vector<float> ax;
    std::vector<double> ay;
    encode(usable, ax, ay);
    GpOptions fixed;
    fixed.iterations = 0;
    fixed.initial = heldout_gp.hyperparameters();
    const GaussianProcess gp = GaussianProcess::fit(ax, usable.size(), d, ay, fixed);
    const double margin = std::max(min_margin, std::exp(std::max(0.0, quantile(gp_under, kMarginQuantile))));
    auto shared_features = std::make_shared<const NumericFeatures>(features);
    AreaEstimator e = AreaEstimator::from_batch_function(
        [index, gp, shared_features, margin](const std::vector<Design>& designs) {
            std::vector<double> out(designs.size(), NAN);
            std::vector<Design> unseen;
            std::vector<std::size_t> where;
            for (std::size_t i = 0; i < designs.size(); ++i) {
                const std::ptrdiff_t at = index->find(designs[i]);
                if (at >= 0)
                    out[i] = index->area(static_cast<std::size_t>(at));
                else
                    unseen.push_back(designs[i]), where.push_back(i);
            }
            if (!unseen.empty()) {
                const std::vector<double> m = gp.mean(shared_features->encode(unseen), unseen.size());
                for (std::size_t k = 0; k < unseen.size(); ++k) out[where[k]] = std::exp(m[k]) * margin;
            }
            return out;
        },
        "gaussian-process", margin);
    e.set_heldout_error(fit.gp_error);
    fit.chosen = e.kind();
    if (report) *report = fit;
    return e;
}

}  // namespace prime
