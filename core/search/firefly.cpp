#include "search/firefly.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "search/state_json.h"

namespace prime {

using nlohmann::json;
namespace sj = search_json;

void FireflyOptions::validate() const {
    if (!(beta0 >= 0.0 && beta0 <= 1.0)) throw std::invalid_argument("firefly: beta0 must be in [0, 1]");
    if (!(gamma >= 0.0 && std::isfinite(gamma))) throw std::invalid_argument("firefly: gamma must be >= 0");
    if (!(alpha >= 0.0 && alpha <= 1.0)) throw std::invalid_argument("firefly: alpha must be in [0, 1]");
    if (!(alpha_decay > 0.0 && alpha_decay <= 1.0))
        throw std::invalid_argument("firefly: alpha_decay must be in (0, 1]");
}

json to_json(const FireflyOptions& o) {
    return {{"beta0", o.beta0}, {"gamma", o.gamma}, {"alpha", o.alpha}, {"alpha_decay", o.alpha_decay}};
}

FireflyOptions firefly_options_from_json(const json& j) {
    constexpr const char* what = "firefly options";
    sj::require_object_with_keys(j, {"beta0", "gamma", "alpha", "alpha_decay"}, what);
    FireflyOptions o;
    o.beta0 = sj::number_or(j, "beta0", o.beta0, what);
    o.gamma = sj::number_or(j, "gamma", o.gamma, what);
    o.alpha = sj::number_or(j, "alpha", o.alpha, what);
    o.alpha_decay = sj::number_or(j, "alpha_decay", o.alpha_decay, what);
    o.validate();
    return o;
}

Firefly::Firefly(SearchSpace space, std::uint64_t seed, FireflyOptions options)
    : Optimizer(std::move(space), seed), options_(options), alpha_(options.alpha) {
    options_.validate();
}

std::vector<double> Firefly::position_of(const Design& design) const {
    std::vector<double> x(design.size(), 0.0);
    for (std::size_t i = 0; i < design.size(); ++i) {
        const std::size_t steps = space().parameter(i).size() - 1;
        if (steps > 0) x[i] = static_cast<double>(design[i]) / static_cast<double>(steps);
    }
    return x;
}

Design Firefly::design_at(const std::vector<double>& position) const {
    Design d;
    d.index.resize(position.size());
    for (std::size_t i = 0; i < position.size(); ++i) {
        const double steps = static_cast<double>(space().parameter(i).size() - 1);
        d[i] = static_cast<ValueIndex>(std::clamp(std::round(position[i] * steps), 0.0, steps));
    }
    return d;
}

std::vector<Design> Firefly::propose(std::size_t n, Rng& rng) {
    if (!positions_.empty()) {
        if (n < positions_.size()) keep_brightest(n);
        move_swarm(rng);
        alpha_ *= options_.alpha_decay;
    }
    // The first generation, or a larger batch than before: new fireflies
    // start at random designs and join the moves from the next generation.
    while (positions_.size() < n) {
        positions_.push_back(position_of(space().sample(rng)));
        brightness_.push_back(kInfeasibleScore);
    }
    std::vector<Design> out;
    out.reserve(n);
    for (const auto& x : positions_) out.push_back(design_at(x));
    return out;
}

void Firefly::keep_brightest(std::size_t n) {
    std::vector<std::size_t> order(positions_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return brightness_[a] > brightness_[b]; });
    order.resize(n);
    std::sort(order.begin(), order.end());  // survivors keep their swarm order
    std::vector<std::vector<double>> positions;
    std::vector<double> brightness;
    for (std::size_t i : order) {
        positions.push_back(std::move(positions_[i]));
        brightness.push_back(brightness_[i]);
    }
    positions_ = std::move(positions);
    brightness_ = std::move(brightness);
}

void Firefly::move_swarm(Rng& rng) {
    // Everyone is attracted by where the others were at the start of the
    // generation, so the result does not depend on the order of the swarm.
    const auto before = positions_;
    const std::size_t dims = space().dimension();
    std::size_t free_dims = 0;
    for (std::size_t k = 0; k < dims; ++k) free_dims += space().parameter(k).size() > 1 ? 1 : 0;
    if (free_dims == 0) return;  // a one-design space: nowhere to go

    // Visit brighter fireflies dimmest first, so the last (and, with beta0 = 1
    // and a small distance, decisive) pull is toward the brightest of them.
    std::vector<std::size_t> dimmest_first(before.size());
    std::iota(dimmest_first.begin(), dimmest_first.end(), std::size_t{0});
    std::stable_sort(dimmest_first.begin(), dimmest_first.end(),
                     [&](std::size_t a, std::size_t b) { return brightness_[a] < brightness_[b]; });

    for (std::size_t i = 0; i < positions_.size(); ++i) {
        auto& x = positions_[i];
        for (std::size_t j : dimmest_first) {
            if (!(brightness_[j] > brightness_[i])) continue;
            double r2 = 0.0;
            for (std::size_t k = 0; k < dims; ++k) r2 += (before[j][k] - x[k]) * (before[j][k] - x[k]);
            r2 /= static_cast<double>(free_dims);
            const double beta = options_.beta0 * std::exp(-options_.gamma * r2);
            for (std::size_t k = 0; k < dims; ++k) x[k] += beta * (before[j][k] - x[k]);
        }
        // The random step also moves the brightest firefly, which otherwise
        // would never leave its spot: it is the local search around the best.
        for (std::size_t k = 0; k < dims; ++k) {
            if (space().parameter(k).size() < 2) continue;
            x[k] = std::clamp(x[k] + alpha_ * (rng.uniform() - 0.5), 0.0, 1.0);
        }
    }
}

void Firefly::observe(const std::vector<Design>&, const std::vector<double>& scores) { brightness_ = scores; }

json Firefly::options_json() const { return to_json(options_); }

json Firefly::algorithm_state() const {
    json brightness = json::array();
    for (double b : brightness_) brightness.push_back(sj::score_to_json(b));
    return {{"positions", positions_}, {"brightness", brightness}, {"alpha", alpha_}};
}

void Firefly::restore_algorithm(const json& options, const json& state) {
    auto restored_options = firefly_options_from_json(options);
    sj::require_object_with_keys(state, {"positions", "brightness", "alpha"}, "firefly state");
    auto positions = state.at("positions").get<std::vector<std::vector<double>>>();
    std::vector<double> brightness;
    for (const auto& b : state.at("brightness")) brightness.push_back(sj::score_from_json(b, "firefly brightness"));
    const double alpha = state.at("alpha").get<double>();
    if (brightness.size() != positions.size())
        throw std::invalid_argument("firefly state: positions and brightness differ in length");
    for (const auto& x : positions) {
        if (x.size() != space().dimension())
            throw std::invalid_argument("firefly state: a position has the wrong number of coordinates");
        for (double v : x)
            if (!(v >= 0.0 && v <= 1.0)) throw std::invalid_argument("firefly state: a coordinate is outside [0, 1]");
    }
    if (!(alpha >= 0.0 && alpha <= 1.0)) throw std::invalid_argument("firefly state: alpha must be in [0, 1]");
    options_ = restored_options;
    positions_ = std::move(positions);
    brightness_ = std::move(brightness);
    alpha_ = alpha;
}

}  // namespace prime
