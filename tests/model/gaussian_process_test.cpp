// SPDX-License-Identifier: GPL-3.0-or-later
// The Gaussian process: fits a smooth function from a few hundred points,
// knows where it has data, keeps given hyperparameters, rejects bad input.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <stdexcept>

#include "model/gaussian_process.h"

using namespace prime;

namespace {

double target(float a, float b) { return std::sin(3.0 * a) + 2.0 * b * b; }

struct Points {
    std::vector<float> x;
    std::vector<double> y;
};

Points sample(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(0, 1);
    Points p;
    for (std::size_t i = 0; i < n; ++i) {
        const float a = u(rng), b = u(rng);
        p.x.push_back(a), p.x.push_back(b), p.y.push_back(target(a, b));
    }
    return p;
}

}  // namespace

TEST(GaussianProcess, PredictsASmoothFunctionFromAFewHundredPoints) {
    const Points train = sample(300, 1), test = sample(200, 2);
    const GaussianProcess gp = GaussianProcess::fit(train.x, 300, 2, train.y);
    const std::vector<double> mu = gp.mean(test.x, 200);
    double se = 0, var = 0, mean = 0;
    for (double y : test.y) mean += y / 200;
    for (std::size_t i = 0; i < 200; ++i) se += (mu[i] - test.y[i]) * (mu[i] - test.y[i]), var += (test.y[i] - mean) * (test.y[i] - mean);
    // The targets vary by ~0.7 sd; a fitted GP on 300 points of this smooth
    // 2-D function errs by ~1e-3. 0.05 leaves room for any CPU's rounding and
    // fails for anything that did not learn it (a constant gives ~0.7).
    EXPECT_LT(std::sqrt(se / 200), 0.05);
    EXPECT_LT(se, 0.01 * var);
}

TEST(GaussianProcess, IsCertainAtItsDataAndUncertainFarFromIt) {
    const Points train = sample(100, 3);
    std::vector<float> half;
    for (float v : train.x) half.push_back(v * 0.5f);  // points in [0, 0.5]²
    const GaussianProcess gp = GaussianProcess::fit(half, 100, 2, train.y);
    std::vector<double> mean, sd;
    const std::vector<float> q = {half[0], half[1], 3.0f, 3.0f};  // a training point; a point far outside
    gp.mean_sd(q, 2, mean, sd);
    EXPECT_NEAR(mean[0], train.y[0], 0.05);
    EXPECT_LT(sd[0], 0.1 * sd[1]);
    EXPECT_GT(sd[1], 0.1);
}

TEST(GaussianProcess, KeepsGivenHyperparametersAndConditionsOnNewData) {
    const Points train = sample(80, 4);
    const GaussianProcess first = GaussianProcess::fit(train.x, 80, 2, train.y);
    GpOptions fixed;
    fixed.iterations = 0;
    fixed.initial = first.hyperparameters();
    ASSERT_EQ(fixed.initial.size(), 4u);  // two length scales, signal, noise
    const GaussianProcess again = GaussianProcess::fit(train.x, 80, 2, train.y, fixed);
    EXPECT_EQ(again.hyperparameters(), fixed.initial) << "no optimisation step may move them";
    EXPECT_EQ(again.dimension(), 2u);
}

TEST(GaussianProcess, RejectsInputsItCannotFit) {
    const std::vector<float> x = {0, 0, 1, 1};
    const std::vector<double> y = {1, 2};
    EXPECT_THROW(GaussianProcess::fit(x, 1, 2, std::vector<double>{1}), std::invalid_argument);
    EXPECT_THROW(GaussianProcess::fit(x, 2, 3, y), std::invalid_argument);
    EXPECT_THROW(GaussianProcess::fit(x, 2, 2, std::vector<double>{1, NAN}), std::invalid_argument);
    GpOptions o;
    o.initial = {0, 0};
    EXPECT_THROW(GaussianProcess::fit(x, 2, 2, y, o), std::invalid_argument);
    const GaussianProcess gp = GaussianProcess::fit(x, 2, 2, y);
    EXPECT_THROW(gp.mean(std::vector<float>{0, 0, 0}, 1), std::invalid_argument);
    EXPECT_THROW(GaussianProcess().mean({}, 0), std::logic_error);
}
