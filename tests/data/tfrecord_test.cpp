#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "data/csv_log_reader.h"
#include "data/tf_example.h"
#include "data/tfrecord_frames.h"
#include "data/tfrecord_log.h"
#include "data/value_indexer.h"
#include "test_support.h"
#include "util/crc32c.h"

using namespace prime;
using namespace prime::test;

namespace {

std::vector<FeatureValue> prime_features(double runtime = 1.5, double area = 5.0, double infeasible = 0) {
    const std::vector<double> p{4, 8, 64, 2, 1048576, 65536, 1024, 16384, 8192, 20};
    std::vector<FeatureValue> f;
    for (std::size_t i = 0; i < p.size(); ++i) f.push_back({"param_" + std::to_string(i + 1), FeatureKind::Float, p[i]});
    f.push_back({"runtime", FeatureKind::Float, runtime});
    f.push_back({"area", FeatureKind::Float, area});
    f.push_back({"infeasible", FeatureKind::Int64, infeasible});
    return f;
}

std::string frames_of(const std::vector<std::vector<FeatureValue>>& records) {
    std::string out, payload;
    for (const auto& r : records) {
        encode_scalar_example(r, payload);
        append_tfrecord_frame(out, payload);
    }
    return out;
}

std::string message_for(const std::string& bytes, ReadOptions options = {}) {
    TempDir dir;
    const auto p = write_file(dir / "bad.tfrecord", bytes);
    const auto e = expect_input_error([&] { read_tfrecord_log(p, options); });
    EXPECT_EQ(e.file(), p.string());
    return e.what();
}

bool contains(const std::string& s, const std::string& n) { return s.find(n) != std::string::npos; }

// Minimal protobuf writing for hand-made malformed records.
std::string len_field(int field, const std::string& body) {
    std::string out(1, static_cast<char>((field << 3) | 2));
    std::size_t n = body.size();
    while (n >= 0x80) out.push_back(static_cast<char>((n & 0x7f) | 0x80)), n >>= 7;
    out.push_back(static_cast<char>(n));
    return out + body;
}
std::string packed_floats(const std::vector<float>& values) {
    return len_field(1, std::string(reinterpret_cast<const char*>(values.data()), values.size() * 4));
}
// A framed record with the 12 other PRIME features and 'area' as Feature{list_field: list_body}.
std::string with_raw_area(int list_field, const std::string& list_body) {
    auto features = prime_features();
    features.erase(features.begin() + 11);
    // Rebuild Example{Features{entries...}} with one more entry for 'area'.
    std::string entries;
    for (const auto& f : features) {
        std::string one;
        encode_scalar_example({f}, one);
        // one = Example{1: Features{1: entry}}: the Features body is the entry field.
        entries += one.substr(2);  // a single entry is < 128 bytes: one-byte length
    }
    entries += len_field(1, len_field(1, "area") + len_field(2, len_field(list_field, list_body)));
    std::string out;
    append_tfrecord_frame(out, len_field(1, entries));
    return out;
}

}  // namespace

TEST(Crc32c, KnownVectors) {
    // RFC 3720 test vector and the classic "123456789" check value.
    EXPECT_EQ(crc32c("123456789", 9), 0xe3069283u);
    const std::string zeros(32, '\0');
    EXPECT_EQ(crc32c(zeros.data(), zeros.size()), 0x8a9136aau);
    // Incremental use gives the same result as one call.
    EXPECT_EQ(crc32c("6789", 4, crc32c("12345", 5)), 0xe3069283u);
}

TEST(TfRecord, SampleFromIndependentWriterMatchesItsCsv) {
    const DesignLog t = read_tfrecord_log(fixture("prime-sample.tfrecord"));
    const DesignLog c = read_csv_log(fixture("prime-sample.csv"));
    ASSERT_EQ(t.rows(), 200u);
    ASSERT_EQ(c.rows(), 200u);
    EXPECT_TRUE(t.space() == c.space());
    for (RowIndex r = 0; r < 200; ++r) {
        ASSERT_EQ(t.design(r), c.design(r)) << "row " << r;
        ASSERT_EQ(t.feasible()[r], c.feasible()[r]) << "row " << r;
        ASSERT_FLOAT_EQ(t.latency_ms()[r], c.latency_ms()[r]) << "row " << r;
        ASSERT_FLOAT_EQ(t.area_mm2()[r], c.area_mm2()[r]) << "row " << r;
    }
}

TEST(TfRecord, WriteReadRoundTripIsExact) {
    TempDir dir;
    const DesignLog a = read_tfrecord_log(fixture("prime-sample.tfrecord"));
    write_tfrecord_log(a, dir / "copy.tfrecord");
    const DesignLog b = read_tfrecord_log(dir / "copy.tfrecord");
    ASSERT_EQ(b.rows(), a.rows());
    EXPECT_EQ(b.app_names(), (std::vector<std::string>{"copy"}));
    for (RowIndex r = 0; r < a.rows(); ++r) {
        EXPECT_EQ(b.design(r), a.design(r));
        EXPECT_EQ(b.latency_ms()[r], a.latency_ms()[r]);
        EXPECT_EQ(b.area_mm2()[r], a.area_mm2()[r]);
        EXPECT_EQ(b.feasible()[r], a.feasible()[r]);
    }
}

TEST(TfRecord, MultiApplicationLogsBecomeOneFolderPerApplication) {
    TempDir dir;
    DesignLog a = read_tfrecord_log(fixture("prime-sample.tfrecord"), [] { ReadOptions o; o.app_name = "MobilenetV2"; return o; }());
    DesignLog b = read_tfrecord_log(fixture("prime-sample.tfrecord"), [] { ReadOptions o; o.app_name = "u-net"; return o; }());
    a.append(b);
    write_tfrecord_log(a, dir / "bucket");
    EXPECT_TRUE(std::filesystem::exists(dir / "bucket" / "MobilenetV2" / "MobilenetV2.tfrecord"));
    const DesignLog back = read_tfrecord_log(dir / "bucket");
    EXPECT_EQ(back.app_names(), (std::vector<std::string>{"MobilenetV2", "u-net"}));
    EXPECT_EQ(back.rows(), 400u);
    // A folder holding the files directly is one application named after the folder.
    const DesignLog one = read_tfrecord_log(dir / "bucket" / "u-net");
    EXPECT_EQ(one.app_names(), (std::vector<std::string>{"u-net"}));
    EXPECT_EQ(one.rows(), 200u);
}

TEST(TfRecord, FolderWithSeveralShardsIsOneApplication) {
    TempDir dir;
    std::filesystem::create_directories(dir / "m4");
    write_file(dir / "m4" / "part-0.tfrecord", frames_of({prime_features(1), prime_features(2)}));
    write_file(dir / "m4" / "part-1.tfrecord", frames_of({prime_features(3)}));
    const DesignLog log = read_tfrecord_log(dir / "m4");
    EXPECT_EQ(log.app_names(), (std::vector<std::string>{"m4"}));
    ASSERT_EQ(log.rows(), 3u);
    EXPECT_FLOAT_EQ(log.latency_ms()[2], 3);
}

TEST(TfRecord, TruncatedFileNamesTheRecord) {
    const std::string good = frames_of({prime_features(), prime_features(), prime_features()});
    const std::size_t one = good.size() / 3;
    // Cut inside the third record's length header, payload and trailing CRC.
    for (std::size_t cut : {2 * one + 5, 2 * one + 40, 3 * one - 2}) {
        const auto m = message_for(good.substr(0, cut));
        EXPECT_TRUE(contains(m, "record 3")) << m;
        EXPECT_TRUE(contains(m, "truncated")) << m;
    }
}

TEST(TfRecord, CrcMismatchIsDetectedAndCanBeSkipped) {
    std::string bytes = frames_of({prime_features(), prime_features(7.0)});
    const std::size_t one = bytes.size() / 2;
    std::string bad_payload_crc = bytes;
    bad_payload_crc[bytes.size() - 1] ^= 0x01;
    EXPECT_TRUE(contains(message_for(bad_payload_crc), "record 2: payload CRC mismatch"));
    std::string bad_length_crc = bytes;
    bad_length_crc[one + 9] ^= 0x10;
    EXPECT_TRUE(contains(message_for(bad_length_crc), "record 2: CRC mismatch in the length header"));
    // With verification off, the damaged CRC is not looked at.
    TempDir dir;
    const auto p = write_file(dir / "x.tfrecord", bad_payload_crc);
    ReadOptions no_crc;
    no_crc.verify_crc = false;
    EXPECT_EQ(read_tfrecord_log(p, no_crc).rows(), 2u);
}

TEST(TfRecord, MalformedProtobuf) {
    std::string out;
    append_tfrecord_frame(out, std::string("\x0a\x7f\x01\x02", 4));  // length says 127 bytes, 2 follow
    EXPECT_TRUE(contains(message_for(out), "record 1: Features message runs past the end"));
}

TEST(TfRecord, AnInfeasibleRecordMayLackLatencyAndAMappedFeatureIsIgnored) {
    TempDir dir;
    auto infeasible = prime_features(1.5, 5.0, 1);
    infeasible.erase(infeasible.begin() + 10);  // no runtime: it never ran
    auto with_id = prime_features();
    with_id.push_back({"trial_id", FeatureKind::Int64, 7});
    auto infeasible_with_id = infeasible;
    infeasible_with_id.push_back({"trial_id", FeatureKind::Int64, 8});
    const auto p = write_file(dir / "x.tfrecord", frames_of({with_id, infeasible_with_id}));
    ReadOptions o;
    o.roles = {{"trial_id", ColumnRole::Ignore}};
    const DesignLog log = read_tfrecord_log(p, o);
    ASSERT_EQ(log.rows(), 2u);
    EXPECT_TRUE(std::isnan(log.latency_ms()[1])) << "unknown, not 0";
    EXPECT_EQ(log.feasible()[1], 0);
    EXPECT_TRUE(log.metrics().empty()) << "the ignored feature is not a metric";
}

// The schema is learned from the first record, but an infeasible first
// record need not carry latency or area: designs that never ran have none.
TEST(TfRecord, AFirstInfeasibleRecordMayLackLatencyAndArea) {
    TempDir dir;
    auto never_ran = prime_features(0, 0, 1);
    never_ran.erase(never_ran.begin() + 10, never_ran.begin() + 12);  // runtime, area
    auto no_area = prime_features(0, 0, 1);
    no_area.erase(no_area.begin() + 11);
    const auto p = write_file(dir / "x.tfrecord", frames_of({never_ran, prime_features(1.5, 5.0, 0), no_area}));
    const DesignLog log = read_tfrecord_log(p);
    ASSERT_EQ(log.rows(), 3u);
    EXPECT_TRUE(std::isnan(log.latency_ms()[0]) && std::isnan(log.area_mm2()[0])) << "unknown, not 0";
    EXPECT_FLOAT_EQ(log.latency_ms()[1], 1.5f);  // bound late, to the feature the second record names
    EXPECT_FLOAT_EQ(log.area_mm2()[1], 5.0f);
    EXPECT_TRUE(std::isnan(log.area_mm2()[2]));
    EXPECT_EQ(log.space().name(), "prime-edgetpu");

    // A file of designs that never ran at all is still a log (of unknowns).
    const DesignLog all = read_tfrecord_log(write_file(dir / "all.tfrecord", frames_of({never_ran, never_ran})));
    EXPECT_EQ(all.rows(), 2u);
    EXPECT_TRUE(std::isnan(all.latency_ms()[1]));
    // (message_for uses its own folder, so this comes last.)
    // Only infeasible records may: a feasible one without runtime is refused, naming it.
    auto feasible_no_runtime = prime_features();
    feasible_no_runtime.erase(feasible_no_runtime.begin() + 10);
    const auto m = message_for(frames_of({never_ran, feasible_no_runtime}));
    EXPECT_TRUE(contains(m, "record 2: missing required feature 'runtime'")) << m;

}

TEST(TfRecord, MissingMultiValuedAndBytesFeatures) {
    auto missing = prime_features();
    missing.erase(missing.begin() + 10);  // runtime
    EXPECT_TRUE(contains(message_for(frames_of({missing})), "missing required feature 'runtime'"));
    // Second record lacks a feature the first had.
    EXPECT_TRUE(contains(message_for(frames_of({prime_features(), missing})), "record 2: missing required feature 'runtime'"));

    // 'area' as a two-valued float list, and as a bytes list.
    EXPECT_TRUE(contains(message_for(with_raw_area(2, packed_floats({1.0f, 2.0f}))), "feature 'area' has 2 values; expected exactly one"));
    EXPECT_TRUE(contains(message_for(with_raw_area(1, len_field(1, "abc"))), "feature 'area' is a bytes list"));
}

TEST(TfRecord, NonFiniteValues) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto f = prime_features();
    f[0].value = nan;
    EXPECT_TRUE(contains(message_for(frames_of({f})), "feature 'param_1' is not finite"));
    EXPECT_TRUE(contains(message_for(frames_of({prime_features(std::numeric_limits<double>::infinity())})),
                         "record 1: feature 'runtime' holds 'inf'; expected a finite number"));
    // An infeasible design may carry no latency.
    TempDir dir;
    const auto p = write_file(dir / "ok.tfrecord", frames_of({prime_features(nan, 5.0, 1)}));
    EXPECT_EQ(read_tfrecord_log(p).rows(), 1u);
}

TEST(TfRecord, ValueOutsideGivenSpace) {
    auto f = prime_features();
    f[2].value = 48;  // compute lanes: 48 is not a power of two in the set
    ReadOptions o;
    o.space = builtin_space_or_null() ? std::optional<SearchSpace>(*builtin_space_or_null()) : std::nullopt;
    ASSERT_TRUE(o.space);
    EXPECT_TRUE(contains(message_for(frames_of({f}), o), "not allowed for parameter 'compute_lanes'"));
    // Without a given space the log gets an inferred one instead.
    TempDir dir;
    const DesignLog log = read_tfrecord_log(write_file(dir / "i.tfrecord", frames_of({f})));
    EXPECT_NE(log.space().name(), "prime-edgetpu");
}

TEST(TfRecord, EmptyFileAndEmptyFolder) {
    EXPECT_TRUE(contains(message_for(""), "the file is empty"));
    TempDir dir;
    std::filesystem::create_directories(dir / "nothing");
    const auto e = expect_input_error([&] { read_tfrecord_log(dir / "nothing"); });
    EXPECT_TRUE(contains(e.what(), "no TFRecord files")) << e.what();
}

TEST(TfRecord, NotATfRecordFile) {
    const auto m = message_for("param_1,param_2\n1,2\n3,4\n");
    EXPECT_TRUE(contains(m, "record 1")) << m;
}

// Records laid out like the last decoded one are read from the template's
// offsets; anything but the values differing means a full decode.
TEST(TfExampleTemplate, MatchesOnlyTheSameLayout) {
    std::string a, b, other_key, other_size;
    encode_scalar_example(prime_features(1.5, 5.0, 0), a);
    encode_scalar_example(prime_features(7.25, 3.0, 1), b);
    auto renamed = prime_features();
    renamed[0].key = "param_X";  // same length, other name
    encode_scalar_example(renamed, other_key);
    encode_scalar_example(prime_features(1.5, 5.0, 300), other_size);  // a two-byte varint
    std::vector<ScalarFeature> features;
    std::string error;
    ASSERT_TRUE(decode_scalar_example(a, features, error)) << error;
    ExampleTemplate layout;
    ASSERT_TRUE(layout.learn(a, features));
    ASSERT_TRUE(layout.match(b));
    ASSERT_EQ(layout.features().size(), 13u);
    EXPECT_EQ(layout.features()[10].key, "runtime");
    EXPECT_EQ(layout.features()[10].value, 7.25);
    EXPECT_EQ(layout.features()[12].value, 1);
    EXPECT_EQ(layout.features()[4].value, 1048576);
    EXPECT_FALSE(layout.match(other_key));
    EXPECT_FALSE(layout.match(other_size));
    // A varint whose last byte says "more follows" is no value: no match.
    std::string broken = b;
    broken[broken.size() - 1] = static_cast<char>(0x81);
    EXPECT_FALSE(layout.match(broken));
}

// The template carries the features' slots, not the checks that depend on
// values: a feasible record laid out like an infeasible one without runtime
// is still refused.
TEST(TfRecord, RecordsLaidOutAlikeAreStillCheckedOnTheirValues) {
    auto never_ran = prime_features(0, 0, 1);
    never_ran.erase(never_ran.begin() + 10);
    auto feasible_alike = prime_features(0, 0, 0);
    feasible_alike.erase(feasible_alike.begin() + 10);
    const auto m = message_for(frames_of({never_ran, never_ran, feasible_alike}));
    EXPECT_TRUE(contains(m, "record 3: missing required feature 'runtime'")) << m;
    const auto m2 = message_for(frames_of({prime_features(), prime_features(), prime_features(1, -2, 0)}));
    EXPECT_TRUE(contains(m2, "record 3")) << m2;
    EXPECT_TRUE(contains(m2, "'area'")) << m2;
}

// A bucket's files are read on several threads and joined in file order: the
// log is the one a single thread reads, value for value. A file whose
// features differ from the first file's is read as one thread would, so the
// error is the sequential read's.
TEST(TfRecord, ABucketReadsOnSeveralThreadsAsOnOne) {
    TempDir dir;
    std::vector<std::string> apps{"a", "b", "c", "d"};
    for (std::size_t k = 0; k < apps.size(); ++k) {
        std::vector<std::vector<FeatureValue>> records;
        for (std::size_t i = 0; i < 50 * (k + 1); ++i) {
            auto f = prime_features(1.0 + static_cast<double>(i), 2.0 + static_cast<double>(k), i % 3 == 0);
            f[0].value = static_cast<double>(1 + (i * 7 + k) % 5);  // values first seen in different orders per file
            f[3].value = static_cast<double>(1 << ((i + k) % 4));
            records.push_back(f);
        }
        std::filesystem::create_directories(dir / "bucket" / apps[k]);
        write_file(dir / "bucket" / apps[k] / (apps[k] + ".tfrecord"), frames_of(records));
    }
    ReadOptions one;
    one.threads = 1;
    const DesignLog serial = read_tfrecord_log(dir / "bucket", one);
    const DesignLog parallel = read_tfrecord_log(dir / "bucket");
    ASSERT_EQ(parallel.rows(), serial.rows());
    EXPECT_EQ(parallel.app_names(), serial.app_names());
    EXPECT_TRUE(parallel.space() == serial.space());
    for (RowIndex r = 0; r < serial.rows(); ++r) {
        ASSERT_EQ(parallel.design(r), serial.design(r)) << r;
        ASSERT_EQ(parallel.app()[r], serial.app()[r]) << r;
        ASSERT_EQ(parallel.feasible()[r], serial.feasible()[r]) << r;
        ASSERT_EQ(parallel.latency_ms()[r], serial.latency_ms()[r]) << r;
    }
    auto extra = prime_features();
    extra.push_back({"temperature_c", FeatureKind::Float, 40});
    write_file(dir / "bucket" / "c" / "c.tfrecord", frames_of({extra}));
    std::string serial_error, parallel_error;
    try {
        read_tfrecord_log(dir / "bucket", one);
    } catch (const InputError& e) {
        serial_error = e.what();
    }
    try {
        read_tfrecord_log(dir / "bucket");
    } catch (const InputError& e) {
        parallel_error = e.what();
    }
    EXPECT_FALSE(serial_error.empty());
    EXPECT_EQ(parallel_error, serial_error);
}
