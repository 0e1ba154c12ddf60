// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/gaussian_process.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "model/model_backend.h"

namespace prime {

GaussianProcess GaussianProcess::fit(std::span<const float> x, std::size_t n, std::size_t d, std::span<const double> y,
                                     const GpOptions& options) {
    if (n < 2) throw std::invalid_argument("a Gaussian process needs at least 2 points, got " + std::to_string(n));
    if (d == 0 || x.size() != n * d)
        throw std::invalid_argument("Gaussian process: " + std::to_string(x.size()) + " feature values for " +
                                    std::to_string(n) + " points of dimension " + std::to_string(d));
    if (y.size() != n)
        throw std::invalid_argument("Gaussian process: " + std::to_string(y.size()) + " targets for " + std::to_string(n) +
                                    " points");
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isfinite(y[i])) throw std::invalid_argument("Gaussian process: target " + std::to_string(i) + " is not finite");
    for (float v : x)
        if (!std::isfinite(v)) throw std::invalid_argument("Gaussian process: a feature value is not finite");
    if (!options.initial.empty() && options.initial.size() != d + 2)
        throw std::invalid_argument("Gaussian process: " + std::to_string(options.initial.size()) +
                                    " initial hyperparameters, expected " + std::to_string(d + 2));
    return GaussianProcess(model_backend().fit_gp(x, n, d, y, options));
}

namespace {
void check(const GaussianProcess::Impl* impl, std::span<const float> x, std::size_t m) {
    if (!impl) throw std::logic_error("predict() on an empty Gaussian process");
    if (x.size() != m * impl->dimension())
        throw std::invalid_argument("Gaussian process: " + std::to_string(x.size()) + " feature values for " +
                                    std::to_string(m) + " points of dimension " + std::to_string(impl->dimension()));
}
}  // namespace

std::vector<double> GaussianProcess::mean(std::span<const float> x, std::size_t m) const {
    check(impl_.get(), x, m);
    std::vector<double> out;
    impl_->predict(x, m, out, nullptr);
    return out;
}

void GaussianProcess::mean_sd(std::span<const float> x, std::size_t m, std::vector<double>& mean,
                              std::vector<double>& sd) const {
    check(impl_.get(), x, m);
    impl_->predict(x, m, mean, &sd);
}

std::vector<double> GaussianProcess::hyperparameters() const { return impl_ ? impl_->hyperparameters() : std::vector<double>{}; }
std::size_t GaussianProcess::dimension() const { return impl_ ? impl_->dimension() : 0; }

}  // namespace prime
