// Log generation: row layout, PRIME conventions, and reproducibility across
// thread counts and shards (the Slurm-array use case).
#include <gtest/gtest.h>

#include <cmath>

#include "sim/generate.h"
#include "sim/workload_library.h"
#include "space/space_json.h"
#include "util/errors.h"

using namespace prime;

namespace {

std::vector<Workload> two_workloads() { return {load_builtin_workload("MobileNetV2"), load_builtin_workload("U-Net")}; }

GenerateOptions options(std::uint64_t designs, unsigned jobs) {
    GenerateOptions o;
    o.designs = designs;
    o.seed = 42;
    o.jobs = jobs;
    return o;
}

bool same_float(float a, float b) { return a == b || (std::isnan(a) && std::isnan(b)); }

void expect_same_log(const DesignLog& a, const DesignLog& b) {
    ASSERT_EQ(a.rows(), b.rows());
    EXPECT_EQ(a.app_names(), b.app_names());
    EXPECT_EQ(a.reason_names(), b.reason_names());
    for (std::size_t p = 0; p < a.space().dimension(); ++p)
        EXPECT_TRUE(std::equal(a.parameter(p).begin(), a.parameter(p).end(), b.parameter(p).begin())) << "parameter " << p;
    for (std::size_t r = 0; r < a.rows(); ++r) {
        ASSERT_EQ(a.latency_ms()[r], b.latency_ms()[r]) << "row " << r;
        ASSERT_EQ(a.area_mm2()[r], b.area_mm2()[r]) << "row " << r;
        ASSERT_EQ(a.feasible()[r], b.feasible()[r]) << "row " << r;
        ASSERT_EQ(a.app()[r], b.app()[r]) << "row " << r;
        ASSERT_EQ(a.has_reasons() ? a.reason()[r] : 0, b.has_reasons() ? b.reason()[r] : 0) << "row " << r;
    }
    ASSERT_EQ(a.metrics().size(), b.metrics().size());
    for (std::size_t m = 0; m < a.metrics().size(); ++m)
        for (std::size_t r = 0; r < a.rows(); ++r)
            ASSERT_TRUE(same_float(a.metrics()[m].values[r], b.metrics()[m].values[r])) << a.metrics()[m].name << " row " << r;
}

}  // namespace

TEST(SimGenerateLog, OneRowPerDesignAndWorkloadWithPrimeConventions) {
    const SearchSpace space = builtin_edgetpu_space();
    const DesignLog log = generate_log(space, two_workloads(), options(500, 1));
    ASSERT_EQ(log.rows(), 1000u);
    log.check_consistent();
    EXPECT_EQ(log.app_names(), (std::vector<std::string>{"MobileNetV2", "U-Net"}));
    ASSERT_EQ(log.metrics().size(), 2u);
    EXPECT_EQ(log.metrics()[0].name, "energy_mj");
    int infeasible = 0;
    for (std::size_t r = 0; r < log.rows(); ++r) {
        EXPECT_EQ(log.app()[r], AppId(r % 2));  // design-major order
        EXPECT_GT(log.area_mm2()[r], 0.0f);
        if (r % 2 == 1) {
            EXPECT_EQ(log.area_mm2()[r], log.area_mm2()[r - 1]);  // same design
        }
        if (log.feasible()[r]) {
            EXPECT_GT(log.latency_ms()[r], 0.0f);
            EXPECT_EQ(log.has_reasons() ? log.reason()[r] : 0, 0);
            EXPECT_GT(log.metrics()[0].values[r], 0.0f);
        } else {
            ++infeasible;
            EXPECT_EQ(log.latency_ms()[r], 0.0f);
            ASSERT_TRUE(log.has_reasons());
            EXPECT_GT(log.reason()[r], 0);
            EXPECT_TRUE(std::isnan(log.metrics()[0].values[r]));
        }
    }
    EXPECT_GT(infeasible, 100);
    EXPECT_EQ(log.reason_names().front(), "PE_MEM_ACTIVATIONS");
}

TEST(SimGenerateLog, IdenticalForAnyNumberOfJobs) {
    const SearchSpace space = builtin_edgetpu_space();
    const DesignLog one = generate_log(space, two_workloads(), options(1200, 1));
    const DesignLog three = generate_log(space, two_workloads(), options(1200, 3));
    expect_same_log(one, three);
}

TEST(SimGenerateLog, ShardsConcatenateToTheFullRun) {
    const SearchSpace space = builtin_edgetpu_space();
    const DesignLog full = generate_log(space, two_workloads(), options(1001, 2));
    DesignLog joined(space);
    for (std::uint32_t k = 0; k < 3; ++k) {
        GenerateOptions o = options(1001, 1);
        o.shard_index = k;
        o.shard_count = 3;
        joined.append(generate_log(space, two_workloads(), o));
    }
    expect_same_log(full, joined);
}

TEST(SimGenerateLog, ShardRangesPartitionTheDesigns) {
    std::uint64_t next = 0;
    for (std::uint32_t k = 0; k < 7; ++k) {
        const ShardRange r = shard_range(100, k, 7);
        EXPECT_EQ(r.first, next);
        EXPECT_TRUE(r.count == 14 || r.count == 15);
        next += r.count;
    }
    EXPECT_EQ(next, 100u);
    EXPECT_THROW(shard_range(100, 7, 7), std::invalid_argument);
    EXPECT_THROW(shard_range(100, 0, 0), std::invalid_argument);
}

TEST(SimGenerateLog, AreaBudgetRedrawsLargeDesigns) {
    GenerateOptions o = options(300, 2);
    o.area_budget = 27.0;
    const DesignLog log = generate_log(builtin_edgetpu_space(), two_workloads(), o);
    ASSERT_EQ(log.rows(), 600u);
    for (float a : log.area_mm2()) EXPECT_LE(a, 27.0f);
}

TEST(SimGenerateLog, ProgressReportsAndCancelThrows) {
    const SearchSpace space = builtin_edgetpu_space();
    std::uint64_t last = 0, calls = 0;
    JobControl job;
    job.set_units_sink([&](std::uint64_t done, std::uint64_t total) {
        EXPECT_EQ(total, 400u);
        EXPECT_GE(done, last);
        last = done;
        ++calls;
    });
    generate_log(space, two_workloads(), options(400, 2), &job);
    EXPECT_EQ(last, 400u);
    EXPECT_GE(calls, 1u);
    JobControl cancelled;
    cancelled.cancel();
    EXPECT_THROW(generate_log(space, two_workloads(), options(400, 2), &cancelled), Cancelled);
}

TEST(SimGenerateLog, RejectsBadOptions) {
    GenerateOptions o = options(10, 1);
    o.shard_index = 2;
    o.shard_count = 2;
    EXPECT_THROW(generate_log(builtin_edgetpu_space(), two_workloads(), o), std::invalid_argument);
    EXPECT_THROW(generate_log(builtin_edgetpu_space(), {}, options(10, 1)), std::invalid_argument);
}
