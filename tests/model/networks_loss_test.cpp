// The networks and the conservative loss, at the tensor level (LibTorch).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "model/conservative_loss.h"
#include "model/networks.h"
#include "space/space_json.h"

using namespace prime;

namespace {

NetworkShape prime_shape(std::int64_t context_dim = 0) { return {{10, 10, 7, 10, 7, 11, 7, 4, 5, 6}, context_dim}; }

std::int64_t count_parameters(SurrogateNet& net) {
    std::int64_t n = 0;
    for (const auto& p : net->parameters()) n += p.numel();
    return n;
}

torch::Tensor random_index(std::int64_t n, const NetworkShape& shape) {
    std::vector<torch::Tensor> cols;
    for (auto k : shape.sizes) cols.push_back(torch::randint(k, {n, 1}, torch::kLong));
    return torch::cat(cols, 1);
}

torch::Tensor one_hot(const torch::Tensor& index, const NetworkShape& shape) {
    std::vector<torch::Tensor> parts;
    for (std::size_t i = 0; i < shape.sizes.size(); ++i)
        parts.push_back(torch::one_hot(index.select(1, static_cast<std::int64_t>(i)), shape.sizes[i]).to(torch::kFloat));
    return torch::cat(parts, 1);
}

}  // namespace

TEST(Networks, PrimeTransformerHasThePapersSize) {
    SurrogateNet net(ModelOptions::prime_transformer(), prime_shape());
    // 5,568 embedding + 2 x 49,984 encoder + 591,361 head (prime-method.md §4).
    EXPECT_EQ(count_parameters(net), 5568 + 2 * 49984 + 591361);
}

TEST(Networks, IndexPathEqualsOneHotPathForBothModelsAndContexts) {
    torch::manual_seed(1);
    for (ModelOptions options : {ModelOptions::default_mlp(), ModelOptions::prime_transformer()}) {
        SurrogateNet net(options, prime_shape(3));
        net->eval();
        {
            torch::NoGradGuard g;  // non-zero gate weights, so the context matters
            for (auto& p : net->named_parameters()) if (p.key().find("context_gate") != std::string::npos) p.value().normal_(0, 0.1);
        }
        const auto index = random_index(32, prime_shape());
        const auto ctx = torch::randn({1, 3});
        const auto a = net->forward(index, ctx), b = net->forward_onehot(one_hot(index, prime_shape()), ctx);
        ASSERT_EQ(a.sizes(), (std::vector<std::int64_t>{32}));
        EXPECT_TRUE(torch::allclose(a, b, 1e-4, 1e-5)) << model_kind_name(options.kind);
        EXPECT_FALSE(torch::allclose(a, net->forward(index, torch::randn({1, 3})))) << "context ignored";
    }
}

TEST(Networks, HeadsShareOnePassAndLeaveTheScoreAlone) {
    ModelOptions small_transformer = ModelOptions::prime_transformer();
    small_transformer.hidden = {32};
    small_transformer.encoder_layers = 1;
    for (const ModelOptions& options : {ModelOptions::default_mlp(), small_transformer}) {
        ModelOptions with = options;
        with.area_head = with.feasibility_head = true;
        // The heads are created after every other layer, so the same seed gives the same score layers.
        torch::manual_seed(3);
        SurrogateNet plain(options, prime_shape(3));
        torch::manual_seed(3);
        SurrogateNet heads(with, prime_shape(3));
        plain->eval();
        heads->eval();
        torch::manual_seed(4);
        const auto index = random_index(32, prime_shape());
        const auto ctx = torch::randn({1, 3});
        const auto a = plain->forward(index, ctx), b = heads->forward(index, ctx);
        ASSERT_EQ(b.sizes(), (std::vector<std::int64_t>{32})) << model_kind_name(options.kind);
        EXPECT_TRUE(torch::equal(a, b)) << model_kind_name(options.kind);

        // forward_all computes score and heads in one matmul: equal up to rounding.
        const NetOutputs all = heads->forward_all(index, ctx);
        EXPECT_TRUE(torch::allclose(all.score, b, 1e-5, 1e-6));
        ASSERT_TRUE(all.area.defined() && all.feasible_logit.defined());
        EXPECT_EQ(all.area.sizes(), b.sizes());
        EXPECT_EQ(all.feasible_logit.sizes(), b.sizes());
        EXPECT_FALSE(torch::equal(all.area, all.feasible_logit));  // two heads, not one
        // Heads on the first rows only (a training batch's labelled part): the same values, fewer rows.
        const NetOutputs first = heads->forward_all(index, ctx, 10);
        EXPECT_TRUE(torch::equal(first.score, all.score));
        ASSERT_EQ(first.area.size(0), 10);
        EXPECT_TRUE(torch::allclose(first.area, all.area.narrow(0, 0, 10)));
        EXPECT_TRUE(torch::allclose(first.feasible_logit, all.feasible_logit.narrow(0, 0, 10)));
        const NetOutputs none = plain->forward_all(index, ctx);
        EXPECT_FALSE(none.area.defined());
        EXPECT_FALSE(none.feasible_logit.defined());

        // Each head adds exactly one linear layer on the last hidden activation.
        const std::int64_t last = options.hidden.back();
        EXPECT_EQ(count_parameters(heads) - count_parameters(plain), 2 * (last + 1));
        std::vector<std::string> names;
        for (const auto& p : plain->named_parameters()) names.push_back(p.key());
        EXPECT_EQ(std::count_if(names.begin(), names.end(), [](const std::string& n) { return n.find("area") != std::string::npos; }), 0);

        // The representation is shared: the area head alone trains the first layer too.
        heads->zero_grad();
        heads->forward_all(index, ctx).area.sum().backward();
        for (const auto& p : heads->named_parameters()) {
            if (p.key() == "first_table" || p.key() == "embed_table") {
                EXPECT_GT(p.value().grad().abs().sum().item<float>(), 0.0f) << p.key();
            }
        }
    }
}

TEST(ConservativeLoss, HeadTermsAreWeightedMeans) {
    const auto w = torch::tensor({0.25f, 0.75f});  // normalised by the caller
    // 0.25 * 1^2 + 0.75 * 2^2
    EXPECT_FLOAT_EQ(weighted_mse(torch::tensor({1.0f, 2.0f}), torch::tensor({0.0f, 0.0f}), w).item<float>(), 13.0f / 4);
    // A logit of 0 costs ln 2 whatever the label; a confident right answer almost nothing.
    EXPECT_NEAR(weighted_bce_with_logits(torch::zeros({2}), torch::tensor({1.0f, 0.0f}), w).item<float>(), std::log(2.0f), 1e-6);
    EXPECT_LT(weighted_bce_with_logits(torch::tensor({20.0f, -20.0f}), torch::tensor({1.0f, 0.0f}), w).item<float>(), 1e-6);
    // Weights decide which row matters: the wrong row weighs 0.75 in the first case, 0.25 in the second.
    const auto wrong_second = weighted_bce_with_logits(torch::tensor({5.0f, 5.0f}), torch::tensor({1.0f, 0.0f}), w);
    const auto wrong_first = weighted_bce_with_logits(torch::tensor({-5.0f, -5.0f}), torch::tensor({1.0f, 0.0f}), w);
    EXPECT_GT(wrong_second.item<float>(), wrong_first.item<float>());
}

TEST(ConservativeLoss, TermsBehaveAsDefined) {
    const auto pf = torch::tensor({0.5f, -0.5f}), y = torch::tensor({1.0f, 0.0f});
    LossWeights w{2.0, 0.5, -3.0, -6.0, 6.0};
    const auto base = conservative_loss(pf, y, torch::tensor({0.0f, 1.0f}), torch::tensor({1.0f, 2.0f}), w);
    EXPECT_FLOAT_EQ(base.mse.item<float>(), 0.25f);
    EXPECT_FLOAT_EQ(base.infeasible.item<float>(), 0.5f);
    EXPECT_FLOAT_EQ(base.negative.item<float>(), 1.5f);
    EXPECT_FLOAT_EQ(base.total.item<float>(), 0.25f + 2.0f * 0.5f + 0.5f * 1.5f);
    // Raising predictions on infeasible designs raises the loss by alpha x the mean rise.
    const auto higher = conservative_loss(pf, y, torch::tensor({1.0f, 2.0f}), torch::tensor({1.0f, 2.0f}), w);
    EXPECT_FLOAT_EQ(higher.total.item<float>() - base.total.item<float>(), 2.0f * 1.0f);
    // Raising predictions on negatives raises it by beta x the mean rise.
    const auto neg = conservative_loss(pf, y, torch::tensor({0.0f, 1.0f}), torch::tensor({2.0f, 3.0f}), w);
    EXPECT_FLOAT_EQ(neg.total.item<float>() - base.total.item<float>(), 0.5f * 1.0f);
    // Naive: alpha = beta = 0 is plain MSE.
    EXPECT_FLOAT_EQ(conservative_loss(pf, y, torch::tensor({9.0f}), torch::tensor({9.0f}), {0, 0, -3, -6, 6}).total.item<float>(), 0.25f);
    // Missing pools contribute nothing.
    EXPECT_FLOAT_EQ(conservative_loss(pf, y, {}, torch::empty({0}), w).total.item<float>(), 0.25f);
}

TEST(ConservativeLoss, ClipsStopThePushDown) {
    LossWeights w{1.0, 1.0, -3.0, -6.0, 6.0};
    auto inf = torch::tensor({-5.0f, -4.0f}, torch::requires_grad());  // mean below the floor
    auto negs = torch::tensor({10.0f, 1.0f}, torch::requires_grad());  // first above the clip
    const auto t = conservative_loss(torch::zeros({2}), torch::zeros({2}), inf, negs, w);
    EXPECT_FLOAT_EQ(t.infeasible.item<float>(), -3.0f);
    EXPECT_FLOAT_EQ(t.negative.item<float>(), 3.5f);  // (6 + 1) / 2
    t.total.backward();
    EXPECT_EQ(inf.grad().abs().sum().item<float>(), 0.0f);  // already low enough: no more push
    EXPECT_EQ(negs.grad()[0].item<float>(), 0.0f);          // clipped prediction: no gradient
    EXPECT_FLOAT_EQ(negs.grad()[1].item<float>(), 0.5f);
}

TEST(ConservativeLoss, StopGradientKeepsGradientsOutOfTheNegativeGenerator) {
    torch::manual_seed(2);
    SurrogateNet net(ModelOptions::default_mlp(), prime_shape());
    const auto index = random_index(16, prime_shape());
    auto start = one_hot(index, prime_shape()).requires_grad_(true);
    const auto negatives = relaxed_ascent_negatives(net, start, {}, 5, 0.01);
    EXPECT_FALSE(negatives.requires_grad());
    EXPECT_FALSE(negatives.grad_fn());
    EXPECT_GT((negatives - start.detach()).abs().sum().item<float>(), 0.0f);  // the generator did move them
    EXPECT_TRUE(net->is_training());                                        // mode restored

    const auto feasible = random_index(8, prime_shape());
    const auto y = torch::randn({8});
    auto loss_with = [&](const torch::Tensor& negs) {
        net->zero_grad();
        net->eval();  // no dropout in the MLP anyway; keeps both passes identical
        auto t = conservative_loss(net->forward(feasible), y, {}, net->forward_onehot(negs), {0, 1.0, -3, -6, 6});
        t.total.backward();
        std::vector<torch::Tensor> grads;
        for (const auto& p : net->parameters()) grads.push_back(p.grad().clone());
        return grads;
    };
    const auto g1 = loss_with(negatives);
    EXPECT_FALSE(start.grad().defined());  // nothing reached the generator's input
    const auto g2 = loss_with(negatives.clone());  // the same values as plain constants
    for (std::size_t i = 0; i < g1.size(); ++i) EXPECT_TRUE(torch::equal(g1[i], g2[i]));

    // Scoring for the evolutionary population builds no graph and leaves gradients alone.
    net->zero_grad();
    const auto s = score_without_grad(net, index, {});
    EXPECT_FALSE(s.requires_grad());
    for (const auto& p : net->parameters()) EXPECT_FALSE(p.grad().defined() && p.grad().abs().sum().item<float>() != 0);
}
