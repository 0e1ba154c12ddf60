#include "search/optimizer.h"

#include <stdexcept>
#include <string>

#include "search/state_json.h"

namespace prime {

using nlohmann::json;
namespace sj = search_json;

namespace {
constexpr const char* kStateFormat = "prime-optimizer-state";
constexpr int kStateVersion = 1;
}  // namespace

Optimizer::Optimizer(SearchSpace space, std::uint64_t seed) : space_(std::move(space)), seed_(seed) {
    if (space_.empty()) throw std::invalid_argument("optimizer: the search space has no parameters");
}

std::vector<Design> Optimizer::ask(std::size_t n) {
    if (n == 0) throw std::invalid_argument(std::string(kind()) + ": ask() needs n >= 1");
    if (awaiting_tell())
        throw std::logic_error(std::string(kind()) + ": ask() called again before tell() answered the last " +
                               std::to_string(pending_.size()) + " designs");
    // One independent stream per round: the state never has to carry the
    // generator, and a resumed run draws exactly what a straight run would.
    Rng rng = Rng::for_item(seed_, generation_);
    std::vector<Design> designs = propose(n, rng);
    if (designs.size() != n) throw std::logic_error(std::string(kind()) + ": proposed the wrong number of designs");
    for (const auto& d : designs)
        if (!space_.contains(d)) throw std::logic_error(std::string(kind()) + ": proposed a design outside the space");
    pending_ = designs;
    return designs;
}

void Optimizer::tell(const std::vector<Design>& designs, const std::vector<double>& scores) {
    if (!awaiting_tell()) throw std::logic_error(std::string(kind()) + ": tell() without a preceding ask()");
    if (designs.size() != pending_.size() || scores.size() != pending_.size())
        throw std::invalid_argument(std::string(kind()) + ": tell() got " + std::to_string(designs.size()) +
                                    " designs and " + std::to_string(scores.size()) + " scores, expected " +
                                    std::to_string(pending_.size()) + " (the last ask())");
    std::vector<double> normalised(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (designs[i] != pending_[i])
            throw std::invalid_argument(std::string(kind()) + ": tell() design " + std::to_string(i) +
                                        " is not the one asked at that position");
        if (scores[i] == std::numeric_limits<double>::infinity())
            throw std::invalid_argument(std::string(kind()) + ": tell() score " + std::to_string(i) +
                                        " is +inf; infeasible designs are NaN or -inf");
        // One representation of "infeasible" keeps comparisons and saved
        // states free of NaN's unordered semantics.
        normalised[i] = is_feasible_score(scores[i]) ? scores[i] : kInfeasibleScore;
    }
    observe(designs, normalised);
    for (std::size_t i = 0; i < designs.size(); ++i)
        if (is_feasible_score(normalised[i]) && (!best_ || normalised[i] > best_->score))
            best_ = ScoredDesign{designs[i], normalised[i]};
    evaluations_ += designs.size();
    ++generation_;
    pending_.clear();
}

json Optimizer::save_state() const {
    json best = nullptr;
    if (best_) best = {{"design", sj::design_to_json(best_->design)}, {"score", best_->score}};
    return {{"format", kStateFormat},
            {"version", kStateVersion},
            {"kind", std::string(kind())},
            {"space", space_.fingerprint()},
            {"seed", seed_},
            {"generation", generation_},
            {"evaluations", evaluations_},
            {"options", options_json()},
            {"best", best},
            {"pending", sj::designs_to_json(pending_)},
            {"algorithm", algorithm_state()}};
}

void Optimizer::restore_state(const json& state) {
    const std::string what = std::string(kind()) + " state";
    try {
        if (!state.is_object() || state.value("format", "") != kStateFormat)
            throw std::invalid_argument(what + ": not a \"" + kStateFormat + "\" document");
        if (state.value("version", 0) != kStateVersion)
            throw std::invalid_argument(what + ": unsupported version " + state.value("version", json()).dump());
        if (state.value("kind", "") != kind())
            throw std::invalid_argument(what + ": the state belongs to optimizer '" +
                                        state.value("kind", std::string("?")) + "'");
        if (state.value("space", "") != space_.fingerprint())
            throw std::invalid_argument(what + ": saved over a different search space");
        const auto seed = state.at("seed").get<std::uint64_t>();
        const auto generation = state.at("generation").get<std::size_t>();
        const auto evaluations = state.at("evaluations").get<std::uint64_t>();
        std::optional<ScoredDesign> best;
        if (!state.at("best").is_null()) {
            const json& b = state["best"];
            best = ScoredDesign{sj::design_from_json(b.at("design"), space_, what + " best"),
                                sj::score_from_json(b.at("score"), what + " best")};
            if (!is_feasible_score(best->score)) throw std::invalid_argument(what + ": best score must be finite");
        }
        auto pending = sj::designs_from_json(state.at("pending"), space_, what + " pending");
        // The algorithm validates first and commits last; only then do the
        // counters change, so a bad state leaves this optimizer untouched.
        restore_algorithm(state.at("options"), state.at("algorithm"));
        seed_ = seed;
        generation_ = generation;
        evaluations_ = evaluations;
        best_ = std::move(best);
        pending_ = std::move(pending);
    } catch (const json::exception& e) {
        throw std::invalid_argument(what + ": " + e.what());
    }
}

}  // namespace prime
