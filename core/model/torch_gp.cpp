// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/torch_gp.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include <torch/torch.h>

namespace prime {

namespace {

// Matérn-5/2 between the rows of a and b (already divided by the length scales).
torch::Tensor matern52(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& signal_var) {
    // Squared distances by the expansion |a|² + |b|² - 2ab, clamped at 0 (it
    // can go slightly negative in floating point); the small offset keeps the
    // square root's gradient finite on the diagonal.
    const auto d2 = (a.pow(2).sum(1, true) + b.pow(2).sum(1).unsqueeze(0) - 2 * a.matmul(b.t())).clamp_min(0);
    const auto r = (d2 + 1e-12).sqrt();
    const double s5 = std::sqrt(5.0);
    return signal_var * (1 + s5 * r + (5.0 / 3.0) * d2) * torch::exp(-s5 * r);
}

std::vector<std::size_t> subset(std::size_t n, std::size_t k, std::uint64_t seed) {
    std::vector<std::size_t> idx(n);
    std::iota(idx.begin(), idx.end(), 0);
    if (k >= n) return idx;
    std::mt19937_64 rng(seed);
    std::shuffle(idx.begin(), idx.end(), rng);
    idx.resize(k);
    std::sort(idx.begin(), idx.end());
    return idx;
}

}  // namespace

TorchGp::TorchGp(std::span<const float> x, std::size_t n, std::size_t d, std::span<const double> y, const GpOptions& o)
    : d_(d) {
    torch::NoGradGuard outer;
    const auto all_x = torch::from_blob(const_cast<float*>(x.data()), {static_cast<long>(n), static_cast<long>(d)},
                                        torch::kFloat32)
                           .to(torch::kFloat64);
    auto all_y = torch::from_blob(const_cast<double*>(y.data()), {static_cast<long>(n)}, torch::kFloat64).clone();
    y_mean_ = all_y.mean().item<double>();
    y_sd_ = std::max(all_y.std().item<double>(), 1e-12);
    all_y = (all_y - y_mean_) / y_sd_;

    std::vector<double> h = o.initial;
    if (h.empty()) {
        h.assign(d, std::log(0.5));
        h.push_back(0.0);              // log signal variance
        h.push_back(std::log(0.01));   // log noise variance
    }
    auto hyper = torch::tensor(h, torch::kFloat64);
    const double log_floor = std::log(o.min_noise);
    if (o.iterations > 0) {
        const auto pick = subset(n, o.max_fit_points, o.seed);
        const auto rows = torch::tensor(std::vector<long>(pick.begin(), pick.end()), torch::kLong);
        const auto fx = all_x.index_select(0, rows), fy = all_y.index_select(0, rows);
        const long m = fx.size(0);
        hyper.set_requires_grad(true);
        torch::optim::Adam adam({hyper}, torch::optim::AdamOptions(o.learning_rate));
        torch::AutoGradMode grad(true);
        for (int it = 0; it < o.iterations; ++it) {
            adam.zero_grad();
            // Negative log marginal likelihood per point (R&W eq. 2.30).
            const auto ls = hyper.slice(0, 0, static_cast<long>(d)).exp();
            const auto sf2 = hyper[static_cast<long>(d)].exp();
            const auto sn2 = hyper[static_cast<long>(d) + 1].clamp_min(log_floor).exp();
            const auto xs = fx / ls;
            const auto k = matern52(xs, xs, sf2) + sn2 * torch::eye(m, torch::kFloat64);
            const auto l = torch::linalg::cholesky(k);
            const auto alpha = torch::cholesky_solve(fy.unsqueeze(1), l);
            const auto nll = 0.5 * fy.dot(alpha.squeeze(1)) + l.diagonal().log().sum();
            (nll / static_cast<double>(m)).backward();
            adam.step();
            // Length scales beyond [0.01, 100] of a unit-scaled feature say
            // nothing more; bounding them keeps the kernel matrix sane.
            torch::NoGradGuard ng;
            hyper.slice(0, 0, static_cast<long>(d)).clamp_(std::log(0.01), std::log(100.0));
            hyper.slice(0, static_cast<long>(d), static_cast<long>(d) + 1).clamp_(-6, 6);
            hyper.slice(0, static_cast<long>(d) + 1, static_cast<long>(d) + 2).clamp_(log_floor, 2);
        }
        hyper = hyper.detach();
    }
    hyper_ = hyper;
    // Condition on (up to max_points of) every point.
    const auto keep = subset(n, o.max_points, o.seed + 1);
    const auto rows = torch::tensor(std::vector<long>(keep.begin(), keep.end()), torch::kLong);
    ls_ = hyper.slice(0, 0, static_cast<long>(d)).exp();
    sf2_ = hyper[static_cast<long>(d)].exp();
    const auto sn2 = hyper[static_cast<long>(d) + 1].clamp_min(log_floor).exp();
    train_x_ = all_x.index_select(0, rows) / ls_;
    const auto ty = all_y.index_select(0, rows);
    auto k = matern52(train_x_, train_x_, sf2_) + sn2 * torch::eye(train_x_.size(0), torch::kFloat64);
    // A jitter ladder: a matrix the fit found fine can still be singular
    // with duplicated points in the larger conditioning set.
    for (double jitter = 0;; jitter = jitter == 0 ? 1e-8 : jitter * 10) {
        auto [l, info] = torch::linalg_cholesky_ex(k + jitter * torch::eye(k.size(0), torch::kFloat64));
        if (info.item<int>() == 0 || jitter > 1e-2) {
            chol_ = l;
            break;
        }
    }
    alpha_ = torch::cholesky_solve(ty.unsqueeze(1), chol_).squeeze(1);
}

void TorchGp::predict(std::span<const float> x, std::size_t m, std::vector<double>& mean, std::vector<double>* sd) const {
    torch::NoGradGuard ng;
    mean.assign(m, 0);
    if (sd) sd->assign(m, 0);
    const auto all = torch::from_blob(const_cast<float*>(x.data()), {static_cast<long>(m), static_cast<long>(d_)},
                                      torch::kFloat32);
    constexpr long kChunk = 4096;  // a chunk's cross-kernel stays at 4096 x n doubles
    for (long s = 0; s < static_cast<long>(m); s += kChunk) {
        const long e = std::min<long>(static_cast<long>(m), s + kChunk);
        const auto q = all.slice(0, s, e).to(torch::kFloat64) / ls_;
        const auto ks = matern52(q, train_x_, sf2_);
        const auto mu = ks.matmul(alpha_) * y_sd_ + y_mean_;
        std::copy_n(mu.data_ptr<double>(), e - s, mean.begin() + s);
        if (sd) {
            const auto v = torch::linalg::solve_triangular(chol_, ks.t(), /*upper=*/false, /*left=*/true, /*unitriangular=*/false);
            const auto var = (sf2_ - v.pow(2).sum(0)).clamp_min(0);
            const auto out = var.sqrt() * y_sd_;
            std::copy_n(out.contiguous().data_ptr<double>(), e - s, sd->begin() + s);
        }
    }
}

std::vector<double> TorchGp::hyperparameters() const {
    const auto h = hyper_.contiguous();
    return std::vector<double>(h.data_ptr<double>(), h.data_ptr<double>() + h.numel());
}


std::shared_ptr<const GaussianProcess::Impl> fit_torch_gp(std::span<const float> x, std::size_t n, std::size_t d,
                                                          std::span<const double> y, const GpOptions& options) {
    return std::make_shared<const TorchGp>(x, n, d, y, options);
}

}  // namespace prime
