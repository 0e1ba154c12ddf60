#pragma once
// The ask/tell interface every search algorithm implements. The caller owns
// the loop: ask() for a batch, score it however it likes (surrogate,
// simulator, a synthetic test function), tell() the scores back. Keeping the
// evaluation outside lets a GUI worker score a whole generation in one
// surrogate batch and check cancel between generations.
//
// Determinism: every random draw of round g comes from Rng::for_item(seed, g),
// so the saved state needs no generator internals, only the seed and the
// round counter, and a restored optimizer continues exactly where it stopped.
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "space/search_space.h"
#include "util/random.h"

namespace prime {

/// The score of a design that cannot be used (infeasible, over budget, failed).
inline constexpr double kInfeasibleScore = -std::numeric_limits<double>::infinity();

/// A design and its score; higher scores are better.
struct ScoredDesign {
    Design design{};
    double score = kInfeasibleScore;
    friend bool operator==(const ScoredDesign&, const ScoredDesign&) = default;
};

/// Finite scores are feasible; NaN and -inf mark infeasible designs.
inline bool is_feasible_score(double score) { return std::isfinite(score); }

class Optimizer {
public:
    virtual ~Optimizer() = default;
    Optimizer(const Optimizer&) = delete;
    Optimizer& operator=(const Optimizer&) = delete;

    /// Proposes `n` >= 1 designs of the space. Each ask() must be answered by
    /// tell() before the next ask() (std::logic_error otherwise): the
    /// generation-synchronous algorithms need every score before moving on.
    std::vector<Design> ask(std::size_t n);

    /// Scores for exactly the designs of the last ask(), in the same order
    /// (std::invalid_argument otherwise). NaN and -inf mark infeasible
    /// designs; +inf is rejected because it is always a caller bug (a zero
    /// latency) and would win every comparison.
    void tell(const std::vector<Design>& designs, const std::vector<double>& scores);

    /// The best feasible design told so far; empty until one is feasible.
    /// Ties keep the earliest, so the answer does not depend on batch order.
    const std::optional<ScoredDesign>& best() const { return best_; }
    /// Completed ask/tell rounds (a generation for the population methods).
    std::size_t generation() const { return generation_; }
    /// Designs told so far, feasible or not.
    std::uint64_t evaluations() const { return evaluations_; }
    std::uint64_t seed() const { return seed_; }
    const SearchSpace& space() const { return space_; }
    /// True between ask() and tell().
    bool awaiting_tell() const { return !pending_.empty(); }
    /// The designs of an ask() not yet told (also after restoring a state
    /// saved mid-generation), so a driver can score them and carry on.
    const std::vector<Design>& pending() const { return pending_; }
    /// Stable name used in state files and by make_optimizer ("evolution", ...).
    virtual std::string_view kind() const = 0;

    /// Everything needed to continue the run: seed, counters, options, the
    /// algorithm's population and any designs asked but not yet told.
    nlohmann::json save_state() const;
    /// Replaces this optimizer's state (seed and options included) with a
    /// saved one of the same kind over the same space; std::invalid_argument
    /// on a state that does not fit, leaving this object unchanged.
    void restore_state(const nlohmann::json& state);

protected:
    Optimizer(SearchSpace space, std::uint64_t seed);

private:
    // Algorithm hooks. propose() returns exactly n designs of the space;
    // observe() sees scores already normalised (NaN -> kInfeasibleScore).
    virtual std::vector<Design> propose(std::size_t n, Rng& rng) = 0;
    virtual void observe(const std::vector<Design>& designs, const std::vector<double>& scores) = 0;
    virtual nlohmann::json options_json() const = 0;
    virtual nlohmann::json algorithm_state() const = 0;
    // Must validate everything before changing any member (strong guarantee).
    virtual void restore_algorithm(const nlohmann::json& options, const nlohmann::json& state) = 0;

    SearchSpace space_;
    std::uint64_t seed_;
    std::size_t generation_ = 0;
    std::uint64_t evaluations_ = 0;
    std::optional<ScoredDesign> best_;
    std::vector<Design> pending_;
};

}  // namespace prime
