#include "model/conservative_loss.h"

namespace prime {

namespace {
constexpr double kCeiling = 1e6;  // PRIME's upper clip of the penalty means
bool present(const torch::Tensor& t) { return t.defined() && t.numel() > 0; }
}  // namespace

LossTerms conservative_loss(const torch::Tensor& pred_feasible, const torch::Tensor& target,
                            const torch::Tensor& pred_infeasible, const torch::Tensor& pred_negative,
                            const LossWeights& w) {
    LossTerms t;
    t.mse = torch::mse_loss(pred_feasible, target);
    const auto zero = torch::zeros({}, pred_feasible.options());
    t.infeasible = present(pred_infeasible) ? pred_infeasible.mean().clamp(w.infeasible_floor, kCeiling) : zero;
    t.negative = present(pred_negative)
                     ? pred_negative.clamp(w.negative_floor, w.negative_ceiling).mean().clamp(w.negative_floor, kCeiling)
                     : zero;
    t.total = t.mse;
    if (w.alpha != 0) t.total = t.total + w.alpha * t.infeasible;
    if (w.beta != 0) t.total = t.total + w.beta * t.negative;
    return t;
}

torch::Tensor weighted_mse(const torch::Tensor& pred, const torch::Tensor& target, const torch::Tensor& weight) {
    return (weight * (pred - target).square()).sum();
}

torch::Tensor weighted_bce_with_logits(const torch::Tensor& logit, const torch::Tensor& label, const torch::Tensor& weight) {
    return torch::binary_cross_entropy_with_logits(logit, label, weight, {}, at::Reduction::Sum);
}

torch::Tensor score_without_grad(SurrogateNet& net, const torch::Tensor& index, const torch::Tensor& context) {
    const bool was_training = net->is_training();
    net->eval();
    torch::Tensor s;
    {
        torch::NoGradGuard guard;
        s = net->forward(index, context);
    }
    net->train(was_training);
    return s;
}

torch::Tensor relaxed_ascent_negatives(SurrogateNet& net, const torch::Tensor& onehot_start, const torch::Tensor& context,
                                       int steps, double step_size) {
    const bool was_training = net->is_training();
    net->eval();
    auto x = onehot_start.detach().clone();
    for (int s = 0; s < steps; ++s) {
        x.requires_grad_(true);
        auto score = net->forward_onehot(x, context).sum();  // sum: each row's gradient is its own
        auto grad = torch::autograd::grad({score}, {x})[0];
        x = (x + step_size * grad).detach();
    }
    net->train(was_training);
    return x.detach();
}

}  // namespace prime
