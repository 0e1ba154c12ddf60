// The descriptive context vector: fixed length, named, distinct per workload.
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

#include "sim/workload_context.h"
#include "sim/workload_library.h"

using namespace prime;

TEST(SimWorkloadContext, FixedLengthWithUniqueNames) {
    const auto& names = workload_context_names();
    std::set<std::string_view> unique(names.begin(), names.end());
    EXPECT_EQ(unique.size(), kContextSize);
    for (auto name : names) EXPECT_FALSE(name.empty());
}

TEST(SimWorkloadContext, FiniteDeterministicAndDistinctPerWorkload) {
    const auto all = load_builtin_workloads();
    std::set<std::array<float, kContextSize>> seen;
    for (const auto& w : all) {
        const auto v = workload_context(w);
        for (float x : v) EXPECT_TRUE(std::isfinite(x)) << w.name;
        EXPECT_EQ(v, workload_context(w)) << w.name;
        seen.insert(v);
    }
    EXPECT_EQ(seen.size(), all.size());
}

TEST(SimWorkloadContext, EntriesDescribeTheNetwork) {
    const auto& names = workload_context_names();
    auto at = [&](const std::array<float, kContextSize>& v, std::string_view name) {
        for (std::size_t i = 0; i < kContextSize; ++i)
            if (names[i] == name) return v[i];
        ADD_FAILURE() << "no entry " << name;
        return 0.0f;
    };
    const auto v2 = workload_context(load_builtin_workload("MobileNetV2"));
    const auto enc = workload_context(load_builtin_workload("t-RNN Enc"));
    const auto unet = workload_context(load_builtin_workload("U-Net"));
    EXPECT_NEAR(at(v2, "log_dwconv"), std::log1p(17.0), 1e-5);
    EXPECT_NEAR(at(v2, "log10_macs"), std::log10(1.0 + double(load_builtin_workload("MobileNetV2").total_macs())), 1e-4);
    EXPECT_EQ(at(v2, "log_lstm"), 0.0f);
    EXPECT_GT(at(enc, "log_lstm"), 0.0f);
    EXPECT_GT(at(enc, "share_macs_vector"), 0.99f);
    EXPECT_GT(at(unet, "log10_largest_activation"), at(v2, "log10_largest_activation"));
    EXPECT_GT(at(enc, "log10_params"), at(unet, "log10_params"));
}
