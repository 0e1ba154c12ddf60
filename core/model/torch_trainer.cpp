#include "model/torch_trainer.h"

#include <chrono>
#include <cmath>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>

#include "model/conservative_loss.h"
#include "model/cpu_kernels.h"
#include "model/negative_population.h"
#include "model/rank_metrics.h"
#include "model/malloc_tuning.h"
#include "model/torch_surrogate.h"

namespace prime {

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The auxiliary heads' labels of the rows of a batch, in row order.
struct HeadLabels {
    std::vector<float> area_mm2;
    std::vector<std::uint8_t> feasible;
    std::vector<float> weight;  // per row: its pool's share of the log over its share of the batch
};

// Appends `count` rows drawn uniformly (with replacement) from `pool`, with
// their targets and head labels (of weight `weight`) when asked.
void sample_rows(const DesignPool& pool, std::size_t count, Rng& rng, std::vector<ValueIndex>& out, std::vector<float>* targets,
                 HeadLabels* labels = nullptr, float weight = 1) {
    const auto n = static_cast<std::uint32_t>(pool.size());
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t r = rng.below(n);
        out.insert(out.end(), pool.row(r), pool.row(r) + pool.dim);
        if (targets) targets->push_back(pool.score[r]);
        if (labels) {
            labels->area_mm2.push_back(pool.area_mm2[r]);
            labels->feasible.push_back(pool.feasible[r]);
            labels->weight.push_back(weight);
        }
    }
}

float to_float(const torch::Tensor& t) { return t.item<float>(); }

torch::Tensor to_tensor(std::vector<float> values, torch::Device device) {
    const auto n = static_cast<std::int64_t>(values.size());
    return torch::from_blob(values.data(), {n}, torch::kFloat).clone().to(device);
}

// The heads' terms on the labelled rows of the batch (undefined when a head is
// absent or no row has its label). Weights are normalised to sum to 1 here, on
// the CPU, and a row without an area weighs 0, so no row selection is needed.
struct HeadTerms {
    torch::Tensor area, feasibility;
};

HeadTerms head_terms(const NetOutputs& out, const HeadLabels& labels, const AreaNormalisation& norm, torch::Device device) {
    HeadTerms t;
    const std::size_t n = labels.weight.size();
    if (out.area.defined()) {
        std::vector<float> target(n, 0.0f), weight(n, 0.0f);
        double total = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (usable_area(labels.area_mm2[i])) {
                target[i] = norm.target(labels.area_mm2[i]);
                weight[i] = labels.weight[i];
                total += weight[i];
            }
        if (total > 0) {
            for (float& w : weight) w = static_cast<float>(w / total);
            t.area = weighted_mse(out.area, to_tensor(std::move(target), device), to_tensor(std::move(weight), device));
        }
    }
    if (out.feasible_logit.defined() && n > 0) {
        std::vector<float> label(labels.feasible.begin(), labels.feasible.end()), weight = labels.weight;
        double total = 0;
        for (float w : weight) total += w;
        for (float& w : weight) w = static_cast<float>(w / total);
        t.feasibility = weighted_bce_with_logits(out.feasible_logit, to_tensor(std::move(label), device),
                                                 to_tensor(std::move(weight), device));
    }
    return t;
}

// Held-out quality of the heads, gathered pool by pool.
struct HeadsEval {
    std::vector<float> area_pred, area_true, log_area_pred, log_area_true;
    std::vector<float> p_feasible;
    std::vector<std::uint8_t> feasible;

    void add(const Predictions& p, const DesignPool& pool) {
        for (std::size_t i = 0; i < p.area_mm2.size(); ++i)
            if (usable_area(pool.area_mm2[i])) {
                area_pred.push_back(p.area_mm2[i]);
                area_true.push_back(pool.area_mm2[i]);
                log_area_pred.push_back(std::log(p.area_mm2[i]));
                log_area_true.push_back(std::log(pool.area_mm2[i]));
            }
        p_feasible.insert(p_feasible.end(), p.p_feasible.begin(), p.p_feasible.end());
        if (!p.p_feasible.empty()) feasible.insert(feasible.end(), pool.feasible.begin(), pool.feasible.end());
    }
    void finish(EvalMetrics& e) const {
        if (!area_true.empty()) {
            e.area_mae_mm2 = mean_absolute_error(area_pred, area_true);
            e.area_r2_log = r_squared(log_area_pred, log_area_true);
        }
        if (!feasible.empty()) {
            e.feasible_accuracy = accuracy(p_feasible, feasible);
            e.feasible_auc = roc_auc(p_feasible, feasible);
            e.feasible_brier = brier_score(p_feasible, feasible);
        }
    }
};

}  // namespace

struct TrainerState {
    TrainingData data;
    ModelOptions model;
    TrainOptions train;
    torch::Device device = default_device();
    SurrogateNet net{nullptr};
    std::unique_ptr<kernels::FusedAdam> optimizer;
    std::vector<torch::Tensor> contexts;  // per application [1, C] or undefined
    std::vector<NegativePopulation> populations;
    Rng rng;
    std::uint64_t steps = 0;
    double alpha = 0, beta = 0;
    double train_seconds = 0;
    EvalMetrics last_eval;
    std::vector<torch::Tensor> best_weights;  // parameters at best_eval (keep_best)
    EvalMetrics best_eval;

    // Keeps a copy of the weights when `e` is the best held-out ranking so far.
    void consider_checkpoint(const EvalMetrics& e) {
        if (!train.keep_best || !std::isfinite(e.spearman)) return;
        if (!best_weights.empty() && !(e.spearman > best_eval.spearman)) return;
        torch::NoGradGuard guard;
        best_weights.clear();
        for (const auto& p : net->parameters()) best_weights.push_back(p.detach().clone());
        best_eval = e;
    }
    const EvalMetrics& selected() const { return best_weights.empty() ? last_eval : best_eval; }

    bool use_infeasible() const { return train.alpha != 0 || train.auto_alpha; }
    bool use_negatives() const { return train.beta != 0 || train.auto_beta; }

    torch::Tensor to_index(std::span<const ValueIndex> flat) const {
        const auto dim = static_cast<std::int64_t>(data.space.dimension());
        return index_tensor(flat.data(), static_cast<std::int64_t>(flat.size()) / dim, dim).to(device);
    }

    bool has_heads() const { return model.area_head || model.feasibility_head; }

    // Every output on a pool (eval mode, no graph): score, and area in mm² and
    // p_feasible when the model has those heads.
    Predictions predict_pool(const DesignPool& pool, std::size_t app) {
        Predictions p = sized_predictions(pool.size(), model);
        if (pool.size() == 0) return p;
        const bool was_training = net->is_training();
        net->eval();
        {
            torch::NoGradGuard guard;
            write_outputs(net, to_index(pool.index), contexts[app], data.area_normalisation, p, 0);
        }
        net->train(was_training);
        return p;
    }
};

// The trainer behind ConservativeTrainer (model_backend.h); its state is
// TrainerState so that the methods read as before the split.
class TorchTrainer final : public ConservativeTrainer::Impl {
public:
    using ProgressFn = ConservativeTrainer::ProgressFn;
    TorchTrainer(const DesignLog& log, const ModelOptions& model, const TrainOptions& train);
    void continue_from(const Surrogate& surrogate) override;
    StepStats step() override;
    EvalMetrics evaluate() override;
    TrainingReport fit(const FitOptions& options, const ProgressFn& progress, JobControl* job) override;
    Surrogate surrogate() const override;
    const EvalMetrics& selected_metrics() const override;
    std::uint64_t steps_done() const override;
    const TrainingData& data() const override;
    std::vector<ValueIndex> negatives(std::size_t app) const override;

private:
    std::unique_ptr<TrainerState> impl_;
};

TorchTrainer::TorchTrainer(const DesignLog& log, const ModelOptions& model, const TrainOptions& train)
    : impl_(std::make_unique<TrainerState>()) {
    TrainerState& m = *impl_;
    apply_torch_threads(train.threads);
    reuse_freed_memory();
    m.data = build_training_data(log, train);
    if (model.area_head && m.data.area_rows == 0)
        throw std::invalid_argument("the area head needs logged areas, but no training row has a finite positive area");
    m.model = model;
    m.train = train;
    if (m.train.learning_rate <= 0) m.train.learning_rate = default_learning_rate(model.kind);
    m.alpha = train.alpha;
    m.beta = train.beta;
    m.rng.reseed(train.seed);
    torch::manual_seed(train.seed);  // initial weights and dropout masks
    const std::size_t context_dim = m.data.contextual ? m.data.context_mean.size() : 0;
    m.net = SurrogateNet(model, network_shape(m.data.space, context_dim));
    m.net->to(m.device);
    m.net->train();
    m.optimizer = std::make_unique<kernels::FusedAdam>(m.net->parameters(), m.train.learning_rate, train.weight_decay);

    // Contexts normalised the same way TorchSurrogate::context_tensor does it.
    for (const auto& app : m.data.apps) {
        if (!m.data.contextual) {
            m.contexts.emplace_back();
            continue;
        }
        auto t = torch::empty({1, static_cast<std::int64_t>(context_dim)});
        for (std::size_t i = 0; i < context_dim; ++i)
            t[0][static_cast<std::int64_t>(i)] = (app.info.context[i] - m.data.context_mean[i]) / m.data.context_scale[i];
        m.contexts.push_back(t.to(m.device));
    }
    if (m.use_negatives())
        for (std::size_t a = 0; a < m.data.apps.size(); ++a)
            m.populations.emplace_back(m.data.space, train.negative_population, Rng::for_item(train.seed, 7919 + a).next(),
                                       train.negative_constraint);
}

void TorchTrainer::continue_from(const Surrogate& surrogate) {
    TrainerState& m = *impl_;
    if (surrogate.empty()) throw std::invalid_argument("continue training: no surrogate to continue from");
    const SurrogateInfo& info = surrogate.impl()->info;
    if (!(info.space == m.data.space)) throw std::invalid_argument("continue training: the surrogate has another search space");
    if (to_json(info.model) != to_json(m.model))
        throw std::invalid_argument("continue training: the surrogate's network differs from the one asked for");
    const std::size_t context_dim = m.data.contextual ? m.data.context_mean.size() : 0;
    const std::size_t src_context = info.contextual ? info.context_mean.size() : 0;
    bool same_apps = src_context == context_dim && info.apps.size() == m.data.apps.size();
    for (std::size_t a = 0; same_apps && a < info.apps.size(); ++a) same_apps = info.apps[a].name == m.data.apps[a].info.name;
    if (!same_apps) throw std::invalid_argument("continue training: the surrogate was trained on other applications");
    copy_weights(m.net, TorchSurrogate::of(surrogate).net);
    m.net->train();
    // Fresh moments: the old ones belong to another loss landscape (the log grew).
    m.optimizer = std::make_unique<kernels::FusedAdam>(m.net->parameters(), m.train.learning_rate, m.train.weight_decay);
}

std::uint64_t TorchTrainer::steps_done() const { return impl_->steps; }
const EvalMetrics& TorchTrainer::selected_metrics() const { return impl_->selected(); }
const TrainingData& TorchTrainer::data() const { return impl_->data; }

std::vector<ValueIndex> TorchTrainer::negatives(std::size_t app) const {
    if (app >= impl_->populations.size()) return {};
    const auto d = impl_->populations[app].designs();
    return {d.begin(), d.end()};
}

StepStats TorchTrainer::step() {
    TrainerState& m = *impl_;
    const auto t0 = Clock::now();
    // Same application for the whole batch (its context gates every row), round robin.
    const std::size_t app = static_cast<std::size_t>(m.steps % m.data.apps.size());
    const AppData& d = m.data.apps[app];

    std::vector<ValueIndex> rows;
    std::vector<float> targets;
    HeadLabels labels;
    // The heads learn from infeasible rows too, even when alpha does not use them.
    const bool heads = m.has_heads();
    const std::size_t bf = m.train.batch_feasible;
    const std::size_t bi = (m.use_infeasible() || heads) && d.infeasible_train.size() > 0 ? m.train.batch_infeasible : 0;
    // Both pools are sampled in fixed numbers, so a row of the heads' terms is
    // weighted by its pool's share of the log over its share of the batch: the
    // classifier then learns the log's feasible rate, not the batch's 50/50.
    const double pool_rows = static_cast<double>(d.feasible_train.size() + (bi ? d.infeasible_train.size() : 0));
    const double batch_rows = static_cast<double>(bf + bi);
    const auto weight = [&](const DesignPool& pool, std::size_t count) {
        return static_cast<float>(static_cast<double>(pool.size()) / pool_rows * batch_rows / static_cast<double>(count));
    };
    rows.reserve((bf + bi + m.train.negative_population) * d.feasible_train.dim);
    sample_rows(d.feasible_train, bf, m.rng, rows, &targets, heads ? &labels : nullptr, weight(d.feasible_train, bf));
    if (bi) sample_rows(d.infeasible_train, bi, m.rng, rows, nullptr, heads ? &labels : nullptr, weight(d.infeasible_train, bi));

    std::size_t bn = 0;
    if (m.use_negatives()) {
        // Amortized inner optimizer: a generation or two against the current
        // model, scored without gradient (the population is data, not a graph).
        NegativePopulation& pop = m.populations[app];
        const auto score = [&](std::span<const ValueIndex> designs, std::size_t, float* out) {
            auto s = score_without_grad(m.net, m.to_index(designs), m.contexts[app]).to(torch::kCPU).contiguous();
            std::copy_n(s.data_ptr<float>(), s.numel(), out);
        };
        for (int g = 0; g < m.train.negative_generations; ++g)
            pop.advance(m.train.negative_children, m.train.negative_tournament, m.train.negative_mutation_rate, score);
        rows.insert(rows.end(), pop.designs().begin(), pop.designs().end());
        bn = pop.size();
    }

    // One forward pass over feasible, infeasible and negative rows together;
    // the heads read the same pass (their labels cover the first bf + bi rows).
    m.net->train();
    const NetOutputs out = m.net->forward_all(m.to_index(rows), m.contexts[app], static_cast<std::int64_t>(bf + bi));
    const auto& pred = out.score;
    const auto pf = pred.narrow(0, 0, static_cast<std::int64_t>(bf));
    const auto pi = pred.narrow(0, static_cast<std::int64_t>(bf), static_cast<std::int64_t>(bi));
    const auto pn = pred.narrow(0, static_cast<std::int64_t>(bf + bi), static_cast<std::int64_t>(bn));
    const auto target = torch::from_blob(targets.data(), {static_cast<std::int64_t>(bf)}, torch::kFloat).to(m.device);
    const LossWeights w{m.alpha, m.beta, m.train.infeasible_floor, m.train.negative_floor, m.train.negative_ceiling};
    const LossTerms terms = conservative_loss(pf, target, m.use_infeasible() ? pi : torch::Tensor(), pn, w);
    const HeadTerms head = heads ? head_terms(out, labels, m.data.area_normalisation, m.device) : HeadTerms{};
    torch::Tensor total = terms.total;
    if (head.area.defined()) total = total + m.train.area_weight * head.area;
    if (head.feasibility.defined()) total = total + m.train.feasibility_weight * head.feasibility;

    total.backward();
    m.optimizer->step();  // also zeroes the gradients for the next backward

    StepStats s;
    s.app = app;
    s.loss = to_float(total);
    s.mse = to_float(terms.mse);
    s.infeasible_term = bi && m.use_infeasible() ? to_float(terms.infeasible) : std::nan("");
    if (head.area.defined()) s.area_term = to_float(head.area);
    if (head.feasibility.defined()) s.feasibility_term = to_float(head.feasibility);
    s.negative_term = bn ? to_float(terms.negative) : std::nan("");
    s.mean_pred_feasible = to_float(pf.mean());
    s.alpha = m.alpha;
    s.beta = m.beta;
    if (bn) {
        auto fitness = pn.detach().to(torch::kCPU).contiguous();
        m.populations[app].set_fitness({fitness.data_ptr<float>(), bn});
    }
    // Dual ascent (COMs-style Lagrangian) on the penalty weights.
    if (m.train.auto_alpha && bi) {
        const double gap = to_float(pi.mean()) - s.mean_pred_feasible + m.train.dual_margin;
        m.alpha = std::clamp(m.alpha + m.train.dual_lr * gap, 0.0, m.train.dual_max);
    }
    if (m.train.auto_beta && bn) {
        const double gap = to_float(pn.mean()) - s.mean_pred_feasible - m.train.dual_margin;
        m.beta = std::clamp(m.beta + m.train.dual_lr * gap, 0.0, m.train.dual_max);
    }
    s.step = ++m.steps;
    m.train_seconds += seconds_since(t0);
    return s;
}

EvalMetrics TorchTrainer::evaluate() {
    TrainerState& m = *impl_;
    EvalMetrics e;
    e.step = m.steps;
    e.train_seconds = m.train_seconds;
    std::vector<float> all_pred, all_true, all_infeasible;
    HeadsEval heads;
    double squared = 0;
    for (std::size_t a = 0; a < m.data.apps.size(); ++a) {
        const AppData& d = m.data.apps[a];
        const Predictions feasible = m.predict_pool(d.feasible_val, a);
        const std::vector<float>& pred = feasible.score;
        e.spearman_per_app.push_back(spearman(pred, d.feasible_val.score));
        squared += mean_squared_error(pred, d.feasible_val.score) * static_cast<double>(pred.size());
        all_pred.insert(all_pred.end(), pred.begin(), pred.end());
        all_true.insert(all_true.end(), d.feasible_val.score.begin(), d.feasible_val.score.end());
        const Predictions infeasible = m.predict_pool(d.infeasible_val, a);
        all_infeasible.insert(all_infeasible.end(), infeasible.score.begin(), infeasible.score.end());
        for (std::size_t i = 0; a == 0 && i < std::min<std::size_t>(16, pred.size()); ++i)
            e.sample.emplace_back(d.feasible_val.latency_ms[i], d.info.normalisation.latency_ms(pred[i]));
        heads.add(feasible, d.feasible_val);
        heads.add(infeasible, d.infeasible_val);
    }
    e.val_mse = all_pred.empty() ? std::nan("") : squared / static_cast<double>(all_pred.size());
    e.spearman = spearman(all_pred, all_true);
    e.mean_pred_feasible = mean(all_pred);
    e.mean_pred_infeasible = mean(all_infeasible);
    heads.finish(e);
    m.last_eval = e;
    m.consider_checkpoint(e);
    return e;
}

TrainingReport TorchTrainer::fit(const FitOptions& options, const ProgressFn& progress, JobControl* job) {
    JobControl own;  // times the fit when the caller has no job
    JobControl& control = job ? *job : own;
    const double begin = control.elapsed_seconds();
    auto elapsed = [&] { return control.elapsed_seconds() - begin; };
    const std::uint64_t first = impl_->steps, last = first + options.steps;
    TrainingReport report;
    TrainingProgress p;
    p.total_steps = options.steps;
    double last_report = -1e300, last_eval = 0;
    auto report_now = [&](bool fresh_eval) {
        if (!progress) return;
        p.step = impl_->steps - first;
        p.seconds = elapsed();
        p.has_eval = fresh_eval;
        progress(p);
        last_report = p.seconds;
    };
    auto run_eval = [&] {
        p.eval = evaluate();
        report.history.push_back(p.eval);
        last_eval = elapsed();
        report_now(true);
    };
    const auto on_pause = [&] {
        p.paused = true;
        report_now(false);
        p.paused = false;
    };

    while (impl_->steps < last) {
        if (!control.checkpoint(on_pause)) break;
        if (options.time_limit_seconds > 0 && elapsed() >= options.time_limit_seconds) break;
        p.last = step();
        const bool due = (options.eval_every && (impl_->steps - first) % options.eval_every == 0) ||
                         (options.eval_every_seconds > 0 && elapsed() - last_eval >= options.eval_every_seconds);
        if (due)
            run_eval();
        else if (elapsed() - last_report >= options.progress_interval_seconds)
            report_now(false);
    }
    report.cancelled = control.cancelled();
    if (report.history.empty() || report.history.back().step != impl_->steps) run_eval();
    else report_now(false);
    report.steps = impl_->steps - first;
    report.seconds = elapsed();
    report.final_metrics = impl_->last_eval;
    report.selected_metrics = impl_->selected();
    return report;
}

Surrogate TorchTrainer::surrogate() const {
    const TrainerState& m = *impl_;
    auto impl = std::make_shared<TorchSurrogate>();
    SurrogateInfo& info = impl->info;
    info.space = m.data.space;
    info.model = m.model;
    info.training = m.train;
    info.area_budget = m.data.area_budget;
    for (const auto& a : m.data.apps) info.apps.push_back(a.info);
    info.contextual = m.data.contextual;
    info.context_names = m.data.context_names;
    info.context_mean = m.data.context_mean;
    info.context_scale = m.data.context_scale;
    info.area_normalisation = m.data.area_normalisation;
    info.log_hash = m.data.log_hash;
    info.metrics = m.selected();
    info.created_by = std::string("PRIME Studio ") + PRIME_VERSION;
    impl->device = m.device;
    impl->build_network();
    copy_weights(impl->net, m.net);
    if (!m.best_weights.empty()) {
        torch::NoGradGuard guard;
        auto params = impl->net->parameters();
        for (std::size_t i = 0; i < params.size(); ++i) params[i].copy_(m.best_weights[i]);
    }
    impl->net->eval();
    return Surrogate(std::move(impl));
}

std::unique_ptr<ConservativeTrainer::Impl> make_torch_trainer(const DesignLog& log, const ModelOptions& model,
                                                             const TrainOptions& train) {
    return std::make_unique<TorchTrainer>(log, model, train);
}

}  // namespace prime
