// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Gaussian process in LibTorch (gaussian_process.h documents the model),
// and the surrogate kind built on it (torch_gp_surrogate.h).
#include <memory>
#include <span>

#include <torch/torch.h>

#include "model/model_backend.h"

namespace prime {

class TorchGp final : public GaussianProcess::Impl {
public:
    /// Fits the hyperparameters (options.iterations > 0) and conditions on the
    /// points; inputs validated by GaussianProcess::fit.
    TorchGp(std::span<const float> x, std::size_t n, std::size_t d, std::span<const double> y, const GpOptions& options);
    void predict(std::span<const float> x, std::size_t m, std::vector<double>& mean, std::vector<double>* sd) const override;
    std::vector<double> hyperparameters() const override;
    std::size_t dimension() const override { return d_; }

private:
    std::size_t d_;
    double y_mean_ = 0, y_sd_ = 1;
    torch::Tensor hyper_, ls_, sf2_, train_x_, chol_, alpha_;
};

std::shared_ptr<const GaussianProcess::Impl> fit_torch_gp(std::span<const float> x, std::size_t n, std::size_t d,
                                                          std::span<const double> y, const GpOptions& options);

}  // namespace prime
