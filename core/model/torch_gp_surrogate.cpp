// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/torch_gp_surrogate.h"

#include <chrono>
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <torch/torch.h>

#include "model/neighbour_vote.h"
#include "model/rank_metrics.h"
#include "model/torch_gp.h"
#include "space/numeric_features.h"
#include "util/errors.h"

namespace prime {

namespace {

// One application's model and what saving it takes.
struct GpApp {
    std::vector<float> x;        // feasible training designs' features (n x d)
    std::vector<double> y;       // their scores
    std::vector<double> hyper;   // the fitted hyperparameters
    std::shared_ptr<const TorchGp> gp;
    NeighbourVote vote;
    // Feasibility by GP regression on the labels +1 (ran) / -1 (failed)
    // over the vote's points (least-squares classification, Rasmussen &
    // Williams 2006, sec. 6.5): its length scales learn which parameters
    // decide feasibility (a memory too small for the program is a threshold
    // on one parameter), which the vote's equal-weight distance cannot.
    std::vector<double> classifier_hyper;
    std::shared_ptr<const TorchGp> classifier;  // null: the vote alone
};

// +1 / -1 targets of the feasibility classifier.
std::vector<double> labels_pm1(const std::vector<std::uint8_t>& ok) {
    std::vector<double> y;
    for (auto v : ok) y.push_back(v ? 1.0 : -1.0);
    return y;
}


GpOptions gp_options(const TrainOptions& train) {
    GpOptions o;
    o.seed = train.seed;
    return o;
}

class GpSurrogate final : public Surrogate::Impl {
public:
    GpSurrogate(SurrogateInfo i, std::vector<GpApp> apps) : features_(i.space), apps_(std::move(apps)) { info = std::move(i); }

    Predictions outputs_for_app(std::span<const ValueIndex> designs, std::size_t n, std::size_t app) const override {
        const std::size_t dim = info.space.dimension();
        if (designs.size() != n * dim)
            throw std::invalid_argument("design matrix has " + std::to_string(designs.size()) + " indices, expected " +
                                        std::to_string(n) + " x " + std::to_string(dim));
        for (std::size_t i = 0; i < designs.size(); ++i)
            if (designs[i] >= info.space.parameter(i % dim).size())
                throw std::invalid_argument("design " + std::to_string(i / dim) + ": value index " + std::to_string(designs[i]) +
                                            " out of range for parameter '" + info.space.parameter(i % dim).name + "'");
        const GpApp& a = apps_.at(app);
        const std::vector<float> x = features_.encode(designs, n);
        std::vector<double> mu, p;
        a.gp->predict(x, n, mu, nullptr);
        if (a.classifier) a.classifier->predict(x, n, p, nullptr);
        Predictions out;
        out.score.resize(n);
        // A design runs when the vote and the classifier both say so: either
        // alone let through designs that fail (B11, builtin-as-csv/M4: 0 of
        // 16 proposals ran in two of three seeds with the vote alone; the
        // classifier alone did worse; both: 11 of 16, docs/quality.md).
        for (std::size_t i = 0; i < n; ++i) {
            const bool runs = a.vote.runs(&x[i * dim]) && (!a.classifier || p[i] > 0);
            out.score[i] = static_cast<float>(mu[i]) - (runs ? 0.0f : kInfeasiblePenalty);
        }
        return out;
    }
    Predictions outputs_for_context(std::span<const ValueIndex>, std::size_t, std::span<const float>) const override {
        throw std::invalid_argument(
            "a Gaussian-process model predicts only the applications it was trained on (no zero-shot); train an mlp or a "
            "transformer for unseen applications");
    }
    void save_weights(const std::filesystem::path& file) const override {
        std::vector<torch::Tensor> t;
        const long d = static_cast<long>(features_.width());
        for (const auto& a : apps_) {
            t.push_back(torch::tensor(a.x).reshape({-1, d}));
            t.push_back(torch::tensor(a.y, torch::kFloat64));
            t.push_back(torch::tensor(a.hyper, torch::kFloat64));
            t.push_back(torch::tensor(a.vote.points()).reshape({-1, d}));
            t.push_back(torch::tensor(std::vector<std::int64_t>(a.vote.labels().begin(), a.vote.labels().end())));
            t.push_back(torch::tensor(a.classifier_hyper, torch::kFloat64));  // empty: no classifier
        }
        try {
            torch::save(t, file.string());
        } catch (const c10::Error& e) {
            throw std::runtime_error("cannot write " + file.string() + ": " + e.what_without_backtrace());
        }
    }

private:
    NumericFeatures features_;
    std::vector<GpApp> apps_;
};

// A GP learns latency from every feasible design, over the budget too: on a
// small log the designs near the budget are few, and the search's area model
// (session/fitted_area.h) keeps proposals within it.
TrainOptions every_feasible(TrainOptions t) {
    t.area_budget = std::numeric_limits<double>::infinity();
    return t;
}

std::shared_ptr<const TorchGp> fit_app(const std::vector<float>& x, const std::vector<double>& y, std::size_t d, GpOptions o) {
    return std::make_shared<const TorchGp>(x, y.size(), d, y, o);
}

class GpTrainer final : public ConservativeTrainer::Impl {
public:
    GpTrainer(const DesignLog& log, const ModelOptions& model, const TrainOptions& train)
        : data_((build_training_data(log, train), build_training_data(log, every_feasible(train)))),
          model_(model), train_(train), features_(data_.space) {
        // The first build only checks the budget leaves enough designs (it
        // throws naming them), as for the networks: a budget nothing fits is
        // a mistake whatever the model.
        data_.area_budget = train.area_budget;
        if (model.area_head || model.feasibility_head)
            throw std::invalid_argument("a Gaussian-process model has no area or feasibility head (use --area-model gp)");
    }

    void continue_from(const Surrogate& surrogate) override {
        // A GP has no weights to carry over: training on the extended log is a fresh fit.
        if (surrogate.empty()) throw std::invalid_argument("continue training: no surrogate to continue from");
        if (!(surrogate.impl()->info.space == data_.space))
            throw std::invalid_argument("continue training: the surrogate has another search space");
    }

    StepStats step() override {
        if (apps_.empty()) fit_all();
        StepStats s;
        s.step = steps_;
        return s;
    }

    EvalMetrics evaluate() override {
        if (apps_.empty()) fit_all();
        const Surrogate s = surrogate();
        EvalMetrics e;
        e.step = steps_;
        e.train_seconds = seconds_;
        std::vector<float> all_pred, all_true, all_infeasible;
        double squared = 0;
        for (std::size_t a = 0; a < data_.apps.size(); ++a) {
            const AppData& d = data_.apps[a];
            const std::vector<float> pred =
                d.feasible_val.size() ? s.impl()->outputs_for_app(d.feasible_val.index, d.feasible_val.size(), a).score
                                      : std::vector<float>{};
            e.spearman_per_app.push_back(spearman(pred, d.feasible_val.score));
            squared += pred.empty() ? 0 : mean_squared_error(pred, d.feasible_val.score) * static_cast<double>(pred.size());
            all_pred.insert(all_pred.end(), pred.begin(), pred.end());
            all_true.insert(all_true.end(), d.feasible_val.score.begin(), d.feasible_val.score.end());
            if (d.infeasible_val.size()) {
                const auto inf = s.impl()->outputs_for_app(d.infeasible_val.index, d.infeasible_val.size(), a).score;
                all_infeasible.insert(all_infeasible.end(), inf.begin(), inf.end());
            }
            for (std::size_t i = 0; a == 0 && i < std::min<std::size_t>(16, pred.size()); ++i)
                e.sample.emplace_back(d.feasible_val.latency_ms[i], d.info.normalisation.latency_ms(pred[i]));
        }
        e.val_mse = all_pred.empty() ? std::nan("") : squared / static_cast<double>(all_pred.size());
        e.spearman = spearman(all_pred, all_true);
        e.mean_pred_feasible = mean(all_pred);
        e.mean_pred_infeasible = mean(all_infeasible);
        last_ = e;
        return e;
    }

    TrainingReport fit(const FitOptions&, const ConservativeTrainer::ProgressFn& progress, JobControl* job) override {
        TrainingReport report;
        if (job && job->cancelled()) {
            report.cancelled = true;
            return report;
        }
        const auto t0 = std::chrono::steady_clock::now();
        step();
        const EvalMetrics e = evaluate();
        include_validation();
        report.history.push_back(e);
        report.steps = 1;
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        report.final_metrics = report.selected_metrics = e;
        if (progress) {
            TrainingProgress p;
            p.step = p.total_steps = 1;
            p.seconds = report.seconds;
            p.has_eval = true;
            p.eval = e;
            progress(p);
        }
        return report;
    }

    Surrogate surrogate() const override {
        if (apps_.empty()) throw std::logic_error("the Gaussian-process model is not fitted yet (call fit or step)");
        SurrogateInfo info;
        info.space = data_.space;
        info.model = model_;
        info.training = train_;
        info.area_budget = data_.area_budget;
        for (const auto& a : data_.apps) info.apps.push_back(a.info);
        info.contextual = false;  // one GP per application: contexts are not read
        info.log_hash = data_.log_hash;
        info.metrics = last_;
        info.created_by = std::string("PRIME Studio ") + PRIME_VERSION;
        return Surrogate(std::make_shared<const GpSurrogate>(std::move(info), apps_));
    }
    const EvalMetrics& selected_metrics() const override { return last_; }
    std::uint64_t steps_done() const override { return steps_; }
    const TrainingData& data() const override { return data_; }
    std::vector<ValueIndex> negatives(std::size_t) const override { return {}; }

private:
    // One application's GP and vote on the given pools; `hyper` empty = fit them.
    GpApp build(const std::vector<const DesignPool*>& feasible, const std::vector<const DesignPool*>& infeasible,
                const std::vector<double>& hyper, const std::vector<double>& classifier_hyper) const {
        const std::size_t d = features_.width();
        GpApp a;
        for (const DesignPool* p : feasible) {
            const std::vector<float> x = features_.encode(p->index, p->size());
            a.x.insert(a.x.end(), x.begin(), x.end());
            a.y.insert(a.y.end(), p->score.begin(), p->score.end());
        }
        GpOptions o = gp_options(train_);
        if (!hyper.empty()) o.iterations = 0, o.initial = hyper;
        a.gp = fit_app(a.x, a.y, d, o);
        a.hyper = a.gp->hyperparameters();
        std::vector<float> points = a.x;
        std::vector<std::uint8_t> ok(a.y.size(), 1);
        for (const DesignPool* p : infeasible) {
            const std::vector<float> bad = features_.encode(p->index, p->size());
            points.insert(points.end(), bad.begin(), bad.end());
            ok.resize(ok.size() + p->size(), 0);
        }
        // Both classes needed: a log where everything ran (or failed) has nothing to learn.
        const bool both = std::find(ok.begin(), ok.end(), 0) != ok.end() && std::find(ok.begin(), ok.end(), 1) != ok.end();
        if (both) {
            GpOptions c = gp_options(train_);
            if (!classifier_hyper.empty()) c.iterations = 0, c.initial = classifier_hyper;
            const std::vector<double> y = labels_pm1(ok);
            a.classifier = fit_app(points, y, d, c);
            a.classifier_hyper = a.classifier->hyperparameters();
        }
        a.vote = NeighbourVote(std::move(points), d, std::move(ok));
        return a;
    }

    void fit_all() {
        const auto t0 = std::chrono::steady_clock::now();
        for (const AppData& app : data_.apps) apps_.push_back(build({&app.feasible_train}, {&app.infeasible_train}, {}, {}));
        steps_ = 1;
        seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }

    // After the held-out evaluation the model conditions on the held-out
    // designs too, with the hyperparameters fitted without them: on a small
    // log a tenth of the designs is too much to leave out of the final model.
    void include_validation() {
        for (std::size_t a = 0; a < data_.apps.size(); ++a) {
            const AppData& app = data_.apps[a];
            if (app.feasible_val.size() == 0 && app.infeasible_val.size() == 0) continue;
            apps_[a] = build({&app.feasible_train, &app.feasible_val}, {&app.infeasible_train, &app.infeasible_val},
                             apps_[a].hyper, apps_[a].classifier_hyper);
        }
    }

    TrainingData data_;
    ModelOptions model_;
    TrainOptions train_;
    NumericFeatures features_;
    std::vector<GpApp> apps_;
    std::uint64_t steps_ = 0;
    double seconds_ = 0;
    EvalMetrics last_;
};

}  // namespace

std::unique_ptr<ConservativeTrainer::Impl> make_gp_trainer(const DesignLog& log, const ModelOptions& model,
                                                           const TrainOptions& train) {
    return std::make_unique<GpTrainer>(log, model, train);
}

std::shared_ptr<const Surrogate::Impl> load_gp_surrogate(SurrogateInfo info, const std::filesystem::path& weights) {
    std::vector<torch::Tensor> t;
    try {
        torch::load(t, weights.string());
    } catch (const c10::Error& e) {
        throw InputError(weights.string(), "byte", 0, std::string("not a Gaussian-process model: ") + e.what_without_backtrace());
    }
    const NumericFeatures features(info.space);
    const std::size_t d = features.width();
    constexpr std::size_t kPer = 6;  // features, targets, hyperparameters, vote points, vote labels, classifier hyperparameters
    if (t.size() != kPer * info.apps.size())
        throw InputError(weights.string(), "byte", 0,
                         std::to_string(t.size()) + " tensors, expected " + std::to_string(kPer) + " per application for " +
                             std::to_string(info.apps.size()) + " applications");
    std::vector<GpApp> apps;
    GpOptions o = gp_options(info.training);
    o.iterations = 0;
    for (std::size_t a = 0; a < info.apps.size(); ++a) {
        GpApp app;
        const auto x = t[kPer * a].to(torch::kFloat32).contiguous(), y = t[kPer * a + 1].to(torch::kFloat64).contiguous();
        const auto h = t[kPer * a + 2].to(torch::kFloat64).contiguous(), vx = t[kPer * a + 3].to(torch::kFloat32).contiguous();
        const auto vl = t[kPer * a + 4].to(torch::kInt64).contiguous();
        if (x.dim() != 2 || x.size(1) != static_cast<long>(d) || y.numel() != x.size(0) || h.numel() != static_cast<long>(d + 2) ||
            vx.dim() != 2 || vx.size(1) != static_cast<long>(d) || vl.numel() != vx.size(0) || y.numel() < 2)
            throw InputError(weights.string(), "byte", 0,
                             "application " + info.apps[a].name + ": the saved Gaussian process does not match the space");
        app.x.assign(x.data_ptr<float>(), x.data_ptr<float>() + x.numel());
        app.y.assign(y.data_ptr<double>(), y.data_ptr<double>() + y.numel());
        app.hyper.assign(h.data_ptr<double>(), h.data_ptr<double>() + h.numel());
        o.initial = app.hyper;
        app.gp = fit_app(app.x, app.y, d, o);
        std::vector<std::uint8_t> ok;
        for (long i = 0; i < vl.numel(); ++i) ok.push_back(vl.data_ptr<std::int64_t>()[i] != 0);
        std::vector<float> points(vx.data_ptr<float>(), vx.data_ptr<float>() + vx.numel());
        const auto ch = t[kPer * a + 5].to(torch::kFloat64).contiguous();
        if (ch.numel() > 0) {
            if (ch.numel() != static_cast<long>(d + 2))
                throw InputError(weights.string(), "byte", 0,
                                 "application " + info.apps[a].name + ": the feasibility classifier does not match the space");
            app.classifier_hyper.assign(ch.data_ptr<double>(), ch.data_ptr<double>() + ch.numel());
            GpOptions c = o;
            c.initial = app.classifier_hyper;
            app.classifier = fit_app(points, labels_pm1(ok), d, c);
        }
        app.vote = NeighbourVote(std::move(points), d, std::move(ok));
        apps.push_back(std::move(app));
    }
    return std::make_shared<const GpSurrogate>(std::move(info), std::move(apps));
}

}  // namespace prime
