// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/gp_predictor.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include "model/gaussian_process.h"
#include "model/neighbour_vote.h"
#include "space/numeric_features.h"

namespace prime {

namespace {

class GpPredictor : public LatencyPredictor {
public:
    GpPredictor(const DesignLog& log, std::uint64_t seed) : features_(log.space()), d_(features_.width()) {
        // Distinct designs: feasible ones with their latency (the first row
        // of a design counts), and every design's feasibility for the vote.
        std::unordered_map<Design, std::size_t, DesignHash> seen;
        std::vector<Design> designs, runs;
        std::vector<std::uint8_t> ran;
        std::vector<double> y;
        const auto lat = log.latency_ms();
        const auto ok = log.feasible();
        for (RowIndex r = 0; r < log.rows(); ++r) {
            Design x = log.design(r);
            if (!seen.emplace(x, designs.size()).second) continue;
            const bool feasible = ok[r] && std::isfinite(lat[r]) && lat[r] > 0;
            designs.push_back(x);
            ran.push_back(feasible);
            if (feasible) runs.push_back(x), y.push_back(std::log(lat[r]));
        }
        if (runs.size() < 2) throw std::invalid_argument("the GP baseline needs at least 2 feasible logged designs");
        vote_ = NeighbourVote(features_.encode(designs), d_, std::move(ran));
        GpOptions o;
        o.seed = seed;
        gp_ = GaussianProcess::fit(features_.encode(runs), runs.size(), d_, y, o);
    }

    std::vector<std::vector<double>> predict(const std::vector<Design>& designs,
                                             const std::vector<std::string>& apps) const override {
        const std::vector<float> x = features_.encode(designs);
        const std::vector<double> mu = gp_.mean(x, designs.size());
        std::vector<double> out(designs.size());
        for (std::size_t i = 0; i < designs.size(); ++i)
            out[i] = vote_.runs(&x[i * d_]) ? std::exp(mu[i]) : INFINITY;
        return std::vector<std::vector<double>>(std::max<std::size_t>(1, apps.size()), out);
    }
    std::string describe() const override { return "Gaussian process (Matern-5/2 ARD) with a 7-nearest-neighbour feasibility vote"; }

private:
    NumericFeatures features_;
    std::size_t d_;
    NeighbourVote vote_;
    GaussianProcess gp_;
};

}  // namespace

std::shared_ptr<const LatencyPredictor> gp_latency_predictor(const DesignLog& log, std::uint64_t seed) {
    return std::make_shared<const GpPredictor>(log, seed);
}

}  // namespace prime
