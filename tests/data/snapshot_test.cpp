#include <gtest/gtest.h>

#include "data/csv_log_reader.h"
#include "data/log_io.h"
#include "data/snapshot.h"
#include "test_support.h"

using namespace prime;
using namespace prime::test;

namespace {
DesignLog sample_with_extras() {
    DesignLog log = read_csv_log(fixture("prime-sample.csv"));
    DesignLog other = read_csv_log(fixture("prime-sample.csv"), [] { ReadOptions o; o.app_name = "second"; return o; }());
    log.append(other);
    log.reason_id("PE_MEM_ACTIVATIONS");
    log.reason_column().assign(log.rows(), 0);
    for (std::size_t r = 0; r < log.rows(); ++r)
        if (!log.feasible()[r]) log.reason_column()[r] = 1;
    log.add_metric("energy_mj", "mJ");
    for (std::size_t r = 0; r < log.rows(); ++r) log.metric_columns()[0].values[r] = static_cast<float>(r) * 0.5f;
    return log;
}
}  // namespace

TEST(Snapshot, RoundTripIsExact) {
    TempDir dir;
    const DesignLog a = sample_with_extras();
    write_snapshot(a, dir / "a.primelog");
    const DesignLog b = read_snapshot(dir / "a.primelog");
    ASSERT_EQ(b.rows(), a.rows());
    EXPECT_TRUE(b.space() == a.space());
    EXPECT_EQ(b.space().parameter(0).display_name, "PEs in X");
    EXPECT_EQ(b.app_names(), a.app_names());
    EXPECT_EQ(b.reason_names(), a.reason_names());
    for (std::size_t p = 0; p < a.space().dimension(); ++p)
        EXPECT_TRUE(std::equal(a.parameter(p).begin(), a.parameter(p).end(), b.parameter(p).begin()));
    EXPECT_TRUE(std::equal(a.latency_ms().begin(), a.latency_ms().end(), b.latency_ms().begin()));
    EXPECT_TRUE(std::equal(a.reason().begin(), a.reason().end(), b.reason().begin()));
    EXPECT_EQ(b.metrics()[0].values, a.metrics()[0].values);
}

TEST(Snapshot, CorruptionIsDetected) {
    TempDir dir;
    write_snapshot(sample_with_extras(), dir / "a.primelog");
    std::string bytes = read_bytes(dir / "a.primelog");

    std::string flipped = bytes;
    flipped[bytes.size() - 100] ^= 0x40;
    auto e = expect_input_error([&] { read_snapshot(write_file(dir / "f.primelog", flipped)); });
    EXPECT_NE(std::string(e.what()).find("checksum mismatch"), std::string::npos) << e.what();

    e = expect_input_error([&] { read_snapshot(write_file(dir / "t.primelog", bytes.substr(0, bytes.size() / 2))); });
    EXPECT_NE(std::string(e.what()).find("truncated"), std::string::npos) << e.what();

    e = expect_input_error([&] { read_snapshot(write_file(dir / "n.primelog", "hello world, not a snapshot")); });
    EXPECT_NE(std::string(e.what()).find("PRIMELOG"), std::string::npos) << e.what();

    std::string newer = bytes;
    newer[8] = 9;  // format version
    e = expect_input_error([&] { read_snapshot(write_file(dir / "v.primelog", newer)); });
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
}

TEST(LogIo, DispatchesOnExtensionAndConvertsBetweenFormats) {
    TempDir dir;
    const DesignLog a = sample_with_extras();
    for (const char* name : {"x.csv", "x.primelog", "x.tfrecord"}) {
        write_log(a, dir / name);
        const DesignLog b = read_log(dir / name);
        EXPECT_EQ(b.rows(), a.rows()) << name;
        EXPECT_TRUE(b.space() == a.space()) << name;
    }
    EXPECT_TRUE(std::filesystem::is_directory(dir / "x.tfrecord"));  // two applications
    EXPECT_THROW(log_format_for(dir / "x.xlsx"), std::invalid_argument);
    EXPECT_THROW(read_log(dir / "missing.csv"), InputError);
}

TEST(LogIo, ReadLogsJoinsApplicationsByName) {
    const auto csv = fixture("prime-sample.csv");
    const DesignLog log = read_logs({csv, fixture("prime-sample.tfrecord")});
    EXPECT_EQ(log.rows(), 400u);
    EXPECT_EQ(log.app_names(), (std::vector<std::string>{"prime-sample"}));
}
