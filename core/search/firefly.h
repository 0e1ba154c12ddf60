#pragma once
// The firefly algorithm (Yang 2008) on PRIME's discrete space. Each firefly
// is a point in the unit cube: coordinate i is parameter i's value index
// divided by (size - 1), so every parameter spans [0, 1] whatever its number
// of values. A firefly's brightness is its score. Every generation, each
// firefly moves toward every brighter one with attractiveness
// beta0 * exp(-gamma * r^2), then takes a random step of size alpha
// (decaying each generation); its design is the point rounded to the nearest
// allowed index. The swarm moves all at once, then is evaluated (generation
// synchronous), which is what makes it an ask/tell optimizer.
#include <vector>

#include "search/optimizer.h"

namespace prime {

struct FireflyOptions {
    /// Attractiveness at distance 0: the fraction of the way a firefly moves
    /// toward a brighter neighbour it sits next to. 1 = onto it.
    double beta0 = 1.0;
    /// Light absorption. r^2 is the mean squared coordinate difference (so
    /// r is in [0, 1] for any number of parameters); at the far corner of the
    /// cube the attractiveness is beta0 * exp(-gamma). 0 = no decay with distance.
    double gamma = 1.0;
    /// Initial random step: each coordinate moves by alpha * U(-0.5, 0.5).
    /// 0.2 is about one value step on a 10-value parameter.
    double alpha = 0.2;
    /// alpha is multiplied by this after every generation's move, so the
    /// swarm explores first and settles later.
    double alpha_decay = 0.97;

    /// std::invalid_argument naming the field when a value is out of range.
    void validate() const;
};

nlohmann::json to_json(const FireflyOptions& options);
/// Missing keys keep their defaults; unknown keys and bad values throw.
FireflyOptions firefly_options_from_json(const nlohmann::json& j);

class Firefly final : public Optimizer {
public:
    Firefly(SearchSpace space, std::uint64_t seed, FireflyOptions options = {});
    std::string_view kind() const override { return "firefly"; }
    const FireflyOptions& options() const { return options_; }

    /// Swarm positions in the unit cube, in ask() order.
    const std::vector<std::vector<double>>& positions() const { return positions_; }
    /// Last told score of each firefly (kInfeasibleScore before its first tell).
    const std::vector<double>& brightness() const { return brightness_; }
    /// The random step the next move will use.
    double current_alpha() const { return alpha_; }

    /// The unit-cube point of a design, and the design nearest to a point.
    std::vector<double> position_of(const Design& design) const;
    Design design_at(const std::vector<double>& position) const;

private:
    std::vector<Design> propose(std::size_t n, Rng& rng) override;
    void observe(const std::vector<Design>& designs, const std::vector<double>& scores) override;
    nlohmann::json options_json() const override;
    nlohmann::json algorithm_state() const override;
    void restore_algorithm(const nlohmann::json& options, const nlohmann::json& state) override;

    void keep_brightest(std::size_t n);
    void move_swarm(Rng& rng);

    FireflyOptions options_;
    std::vector<std::vector<double>> positions_;
    std::vector<double> brightness_;  // same length as positions_
    double alpha_;
};

}  // namespace prime
