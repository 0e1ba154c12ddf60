// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An exact Gaussian-process regressor: the textbook model for a few thousand
// expensive evaluations (Rasmussen & Williams, "Gaussian Processes for Machine
// Learning", 2006, ch. 2 and 5). Kernel: a Matérn-5/2 with one length scale
// per feature (ARD), k(r) = s² (1 + √5 r + 5r²/3) exp(-√5 r), r the length-
// scaled Euclidean distance, plus noise n² on the diagonal. The hyper-
// parameters maximise the log marginal likelihood (Adam on their logs, over
// at most GpOptions::max_fit_points points); the posterior then conditions on
// every point. Targets are standardised inside; predictions come back in the
// targets' units.
//
// Uses: the area of designs nobody simulated (session/fitted_area.h) and the
// plain-GP baseline of the foreign-space benchmark. Torch-free interface; the
// work runs in the model library (model_backend.h), opened on first use.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace prime {

struct GpOptions {
    int iterations = 60;                // Adam steps on the hyperparameters (0 = keep `initial`)
    double learning_rate = 0.08;
    std::size_t max_fit_points = 800;   // random subset for the hyperparameter fit (O(n³) per step)
    std::size_t max_points = 4000;      // points the posterior conditions on (random subset beyond)
    double min_noise = 1e-4;            // variance floor in standardised units: simulators are deterministic,
                                        // but a floor keeps the Cholesky factor well conditioned
    std::uint64_t seed = 1;
    // Start (or, with iterations = 0, fixed) hyperparameters: a previous fit's
    // hyperparameters(); empty = length scales 0.5, signal 1, noise 0.01.
    std::vector<double> initial;
};

class GaussianProcess {
public:
    GaussianProcess() = default;  // empty: predict() throws

    /// x: n x d row-major features (about unit scale, e.g. NumericFeatures);
    /// y: n finite targets. std::invalid_argument for n < 2, mismatched sizes
    /// or non-finite values. Opens the model library.
    static GaussianProcess fit(std::span<const float> x, std::size_t n, std::size_t d, std::span<const double> y,
                               const GpOptions& options = {});

    bool empty() const { return impl_ == nullptr; }
    /// Posterior mean of m designs' targets (m x d features). Thread-safe.
    std::vector<double> mean(std::span<const float> x, std::size_t m) const;
    /// Posterior mean and standard deviation (latent, without the noise);
    /// O(m n²), so for hundreds of designs, not whole spaces.
    void mean_sd(std::span<const float> x, std::size_t m, std::vector<double>& mean, std::vector<double>& sd) const;
    /// log length scales (d), log signal variance, log noise variance: what
    /// GpOptions::initial takes; in standardised target units.
    std::vector<double> hyperparameters() const;
    std::size_t dimension() const;

    struct Impl;  // model/model_backend.h
    explicit GaussianProcess(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

private:
    std::shared_ptr<const Impl> impl_;
};

}  // namespace prime
