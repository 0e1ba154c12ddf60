#include "search/run_optimizer.h"

#include <stdexcept>
#include <string>

namespace prime {

namespace {
GenerationRecord summarise(const Optimizer& optimizer, const std::vector<double>& scores) {
    GenerationRecord r;
    r.generation = optimizer.generation();
    r.evaluations = optimizer.evaluations();
    if (const auto& best = optimizer.best()) {
        r.best_score = best->score;
        r.best_design = best->design;
    }
    double sum = 0.0;
    for (double s : scores) {
        if (!is_feasible_score(s)) continue;
        ++r.feasible;
        sum += s;
        if (s > r.generation_best) r.generation_best = s;
    }
    if (r.feasible > 0) r.generation_mean = sum / static_cast<double>(r.feasible);
    return r;
}
}  // namespace

RunHistory run_optimizer(Optimizer& optimizer, const BatchScoreFn& scorer, std::size_t generations,
                         std::size_t population, const GenerationCallback& progress,
                         JobControl* job, const std::function<void()>& on_pause) {
    if (!scorer) throw std::invalid_argument("run_optimizer: no scorer");
    if (population == 0) throw std::invalid_argument("run_optimizer: population must be >= 1");
    RunHistory history;
    history.generations.reserve(generations);
    for (std::size_t g = 0; g < generations; ++g) {
        if (job && !job->checkpoint(on_pause)) {
            history.stopped_early = true;
            break;
        }
        const std::vector<Design> designs = optimizer.awaiting_tell() ? optimizer.pending() : optimizer.ask(population);
        const std::vector<double> scores = scorer(designs);
        if (scores.size() != designs.size())
            throw std::invalid_argument("run_optimizer: the scorer returned " + std::to_string(scores.size()) +
                                        " scores for " + std::to_string(designs.size()) + " designs");
        optimizer.tell(designs, scores);
        history.generations.push_back(summarise(optimizer, scores));
        if (progress && !progress({history.generations.back(), g + 1, generations, designs, scores})) {
            history.stopped_early = g + 1 < generations;
            break;
        }
    }
    return history;
}

}  // namespace prime
