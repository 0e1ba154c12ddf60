// The built-in simulator oracle agrees with the simulator, does not depend on
// the thread count, and its results close the loop into a log.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "sim/workload_library.h"
#include "space/space_json.h"
#include "data/log_io.h"
#include "study/builtin_oracle.h"
#include "study/design_export.h"
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

namespace prime {
namespace {

// A design that maps some networks and not others, each failing for its own
// reason: every application keeps its own reason, in the result, in the log
// that closing the loop appends to, and in the exported CSV.
TEST(BuiltinOracle, EachFailingApplicationKeepsItsOwnReason) {
    const SearchSpace space = builtin_edgetpu_space();
    const Design d = space.encode(std::vector<double>{12, 4, 128, 16, 262144, 65536, 8192, 32768, 4096, 25});
    const std::vector<std::string> apps = builtin_workload_names();
    BuiltinSimulatorOracle oracle(space);
    const OracleResult r = oracle.evaluate({d}, apps).at(0);
    ASSERT_EQ(r.app_reason.size(), apps.size());
    std::set<std::string> reasons;
    std::size_t failing = 0;
    for (std::size_t a = 0; a < apps.size(); ++a) {
        EXPECT_EQ(r.app_reason[a].empty(), bool(r.app_feasible[a])) << apps[a];
        if (!r.app_feasible[a]) ++failing, reasons.insert(r.app_reason[a]);
        EXPECT_EQ(reason_for_app(r, a, apps[a]), r.app_feasible[a] ? std::string("INFEASIBLE") : r.app_reason[a])
            << "the application's own reason, not the first failure's";
    }
    ASSERT_GE(failing, 2u) << "the design must fail on several networks for this test to mean anything";
    EXPECT_GE(reasons.size(), 2u) << "and for different reasons";
    // Closing the loop: each appended row carries its application's reason.
    DesignLog log(space);
    append_verified(log, {d}, apps, {r});
    for (RowIndex row = 0; row < log.rows(); ++row) {
        const std::size_t a = row;  // one row per application, in order
        if (r.app_feasible[a]) continue;
        ASSERT_GT(log.reason()[row], 0);
        EXPECT_EQ(log.reason_names()[log.reason()[row] - 1], r.app_reason[a]) << apps[a];
    }
    // The exported CSV, read back as a log, and the JSON round trip keep them too.
    ExportedDesigns e;
    e.space = space;
    e.apps = apps;
    Proposal p;
    p.design = d;
    p.predicted_app_latency_ms.assign(apps.size(), 1.0);
    p.verified = r;
    e.proposals = {p};
    const auto dir = std::filesystem::temp_directory_path() / "prime_oracle_reasons";
    std::filesystem::create_directories(dir);
    write_designs_csv(e, dir / "designs.csv");
    const DesignLog back = read_log(dir / "designs.csv");
    for (RowIndex row = 0; row < back.rows(); ++row) {
        const std::string app = back.app_names()[back.app()[row]];
        const auto a = static_cast<std::size_t>(std::find(apps.begin(), apps.end(), app) - apps.begin());
        ASSERT_LT(a, apps.size()) << app;
        if (!r.app_feasible[a]) {
            EXPECT_EQ(back.reason_names()[back.reason()[row] - 1], r.app_reason[a]) << app;
        }
    }
    const ExportedDesigns again = designs_from_json(designs_to_json(e));
    EXPECT_EQ(again.proposals.at(0).verified->app_reason, r.app_reason);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace prime
