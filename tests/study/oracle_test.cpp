// The built-in simulator oracle agrees with the simulator, does not depend on
// the thread count, and its results close the loop into a log.
#include <gtest/gtest.h>

#include <cmath>

#include "sim/workload_library.h"
#include "space/space_json.h"
#include "study/builtin_oracle.h"
#include "study/oracle.h"
#include "util/errors.h"

using namespace prime;

namespace {
std::vector<Design> random_designs(const SearchSpace& space, std::size_t n, std::uint64_t seed) {
    Rng rng(seed);
    std::vector<Design> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(space.sample(rng));
    return out;
}
}  // namespace

TEST(BuiltinOracle, MatchesTheSimulatorAndIgnoresJobs) {
    const SearchSpace space = builtin_edgetpu_space();
    const auto designs = random_designs(space, 300, 7);
    BuiltinSimulatorOracle one(space, {}, 1), two(space, {}, 2);
    const std::vector<std::string> apps{"MobileNetV2", "m4"};
    const auto a = one.evaluate(designs, apps);
    const auto b = two.evaluate(designs, apps);
    ASSERT_EQ(a.size(), designs.size());
    const Simulator sim;
    const PreparedWorkload w(load_builtin_workload("MobileNetV2"));
    std::size_t feasible = 0;
    for (std::size_t i = 0; i < designs.size(); ++i) {
        const SimSummary s = sim.evaluate_summary(designs[i], w);
        EXPECT_EQ(a[i].app_feasible[0], s.feasible);
        if (s.feasible) {
            EXPECT_DOUBLE_EQ(a[i].latency_ms[0], s.latency_ms);
        } else {
            EXPECT_TRUE(std::isnan(a[i].latency_ms[0]));
        }
        EXPECT_DOUBLE_EQ(a[i].area_mm2, sim.evaluate_area(designs[i]));
        EXPECT_EQ(a[i].feasible, a[i].app_feasible[0] && a[i].app_feasible[1]);
        EXPECT_EQ(a[i].feasible, a[i].reason.empty());
        feasible += a[i].feasible;
        EXPECT_EQ(a[i].feasible, b[i].feasible);
        EXPECT_EQ(a[i].reason, b[i].reason);
        for (std::size_t k = 0; k < 2; ++k) {
            if (a[i].app_feasible[k]) {
                // Exact on purpose: the simulator promises the same bits for any
                // number of jobs on one machine (docs/reproducibility.md).
                EXPECT_EQ(a[i].latency_ms[k], b[i].latency_ms[k]);
            }
        }
    }
    EXPECT_GT(feasible, 0u);
    EXPECT_EQ(one.calls(), 600u);
}

TEST(BuiltinOracle, RejectsUnknownApplicationsAndHonoursCancel) {
    const SearchSpace space = builtin_edgetpu_space();
    BuiltinSimulatorOracle oracle(space);
    const auto designs = random_designs(space, 4, 1);
    EXPECT_THROW(oracle.evaluate(designs, {"NoSuchNet"}), std::invalid_argument);
    JobControl job;
    job.cancel();
    EXPECT_THROW(oracle.evaluate(designs, {"MobileNetV2"}, &job), Cancelled);
}

TEST(Oracle, AppendVerifiedClosesTheLoop) {
    const SearchSpace space = builtin_edgetpu_space();
    DesignLog log(space);
    BuiltinSimulatorOracle oracle(space);
    const auto designs = random_designs(space, 20, 3);
    const std::vector<std::string> apps{"MobileNetV2", "M4"};
    const auto results = oracle.evaluate(designs, apps);
    append_verified(log, designs, apps, results);
    ASSERT_EQ(log.rows(), 40u);
    EXPECT_EQ(log.app_names(), apps);
    for (std::size_t i = 0; i < designs.size(); ++i) {
        for (std::size_t a = 0; a < 2; ++a) {
            const RowIndex r = static_cast<RowIndex>(2 * i + a);
            EXPECT_EQ(log.design(r), designs[i]);
            EXPECT_EQ(bool(log.feasible()[r]), bool(results[i].app_feasible[a]));
            EXPECT_FLOAT_EQ(log.area_mm2()[r], static_cast<float>(results[i].area_mm2));
            if (log.feasible()[r]) {
                EXPECT_FLOAT_EQ(log.latency_ms()[r], static_cast<float>(results[i].latency_ms[a]));
            } else {
                EXPECT_NE(log.reason()[r], 0);
            }
        }
    }
    EXPECT_THROW(append_verified(log, designs, apps, {}), std::invalid_argument);
}

// Many applications in one call: each must be simulated on its own workload.
// (Pointers into the workload cache were taken while it still grew, so with
// nine applications the earlier ones dangled: a crash in the GUI's verify.)
TEST(BuiltinOracle, ManyApplicationsInOneCallMatchOneAtATime) {
    const SearchSpace space = builtin_edgetpu_space();
    const auto designs = random_designs(space, 40, 11);
    std::vector<std::string> apps;
    for (const auto& w : load_builtin_workloads()) apps.push_back(w.name);
    ASSERT_GE(apps.size(), 9u);
    BuiltinSimulatorOracle all(space, {}, 2);
    const auto together = all.evaluate(designs, apps);
    for (std::size_t a = 0; a < apps.size(); ++a) {
        BuiltinSimulatorOracle single(space, {}, 1);
        const auto alone = single.evaluate(designs, {apps[a]});
        for (std::size_t i = 0; i < designs.size(); ++i) {
            ASSERT_EQ(together[i].app_feasible[a], alone[i].app_feasible[0]) << apps[a];
            // Exact on purpose: one workload's simulation does not depend on the
            // others in the call or on the jobs (the simulator's promise).
            if (alone[i].app_feasible[0]) {
                EXPECT_EQ(together[i].latency_ms[a], alone[i].latency_ms[0]) << apps[a];
            }
        }
    }
}
