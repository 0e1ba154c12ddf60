// Fuzz-style malformed inputs for every log reader (CSV, TFRecord, snapshot),
// each made here: every one is refused with an error naming the file, the
// line / record / byte, and, where one value is at fault, its column or
// feature; the few that are right are accepted. All go through read_log, the
// dispatcher users reach, so content (not the extension) picks the reader.
#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <zlib.h>

#include "data/design_log.h"
#include "data/log_io.h"
#include "data/snapshot.h"
#include "data/tf_example.h"
#include "data/tfrecord_frames.h"
#include "data/value_indexer.h"
#include "space/space_json.h"
#include "test_support.h"
#include "util/crc32c.h"

using namespace prime;
using namespace prime::test;

namespace {

constexpr std::uint64_t kAnywhere = ~std::uint64_t{0};

struct Expect {
    std::string unit;        // line, record, byte
    std::uint64_t position;  // the line / record / byte at fault; kAnywhere: where zlib stops, which zlib decides
    std::string fragment;    // must be in the message: the column or feature and what was expected
};

// Reads `bytes` saved as `name` and checks the refusal.
void expect_refused(const std::string& name, const std::string& bytes, const Expect& want) {
    TempDir dir;
    const auto p = write_file(dir / name, bytes);
    SCOPED_TRACE(name + ": expecting " + want.unit + " " + std::to_string(want.position) + ": " + want.fragment);
    try {
        read_log(p);
        ADD_FAILURE() << "accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file().rfind(p.string(), 0), 0u) << e.what();  // the file (maybe "(gzip ..., decompressed)" after it)
        EXPECT_EQ(e.unit(), want.unit) << e.what();
        if (want.position != kAnywhere) {
            EXPECT_EQ(e.position(), want.position) << e.what();
        }
        EXPECT_NE(e.detail().find(want.fragment), std::string::npos) << e.what();
    }
}

std::size_t rows_read(const std::string& name, const std::string& bytes) {
    TempDir dir;
    return read_log(write_file(dir / name, bytes)).rows();
}

const std::string kHeader = "param_1,param_2,runtime,area,infeasible\n";
const std::string kRow = "1,2,3.5,4,0\n";

std::string gzip(const std::string& plain) {
    z_stream z{};
    deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // +16: gzip framing
    std::string out(deflateBound(&z, plain.size()) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
    z.avail_in = static_cast<uInt>(plain.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

// --- TFRecord --------------------------------------------------------------

std::vector<FeatureValue> record(double p1 = 1, double runtime = 3.5, double area = 4, double infeasible = 0) {
    return {{"param_1", FeatureKind::Float, p1}, {"param_2", FeatureKind::Float, 2},
            {"runtime", FeatureKind::Float, runtime}, {"area", FeatureKind::Float, area},
            {"infeasible", FeatureKind::Int64, infeasible}};
}

std::string frames(const std::vector<std::vector<FeatureValue>>& records) {
    std::string out, payload;
    for (const auto& r : records) {
        encode_scalar_example(r, payload);
        append_tfrecord_frame(out, payload);
    }
    return out;
}

// --- snapshot --------------------------------------------------------------

SearchSpace two_params() {
    return SearchSpace("two", {Parameter{"a", "", "", {}, {1, 2}}, Parameter{"b", "", "", {}, {10, 20, 30}}});
}

std::string snapshot_bytes(const DesignLog& log) {
    TempDir dir;
    write_snapshot(log, dir / "s.primelog");
    return read_bytes(dir / "s.primelog");
}

DesignLog small_log(float latency = 2.5f, float area = 7.0f) {
    DesignLog log(two_params());
    log.app_id("net");
    const std::vector<ValueIndex> d0{0, 1}, d1{1, 2};
    log.append(d0, 1.0f, 3.0f, true, 0);
    log.append(d1, latency, area, true, 0);
    return log;
}

// The checksum covers the JSON header and the columns: after patching
// bytes, recompute it so the reader's value checks (not the CRC) must catch it.
std::string with_fixed_crc(std::string bytes) {
    const std::uint32_t crc = crc32c(bytes.data() + 16, bytes.size() - 20);
    std::memcpy(bytes.data() + bytes.size() - 4, &crc, 4);
    return bytes;
}

std::uint32_t header_length(const std::string& bytes) {
    std::uint32_t h;
    std::memcpy(&h, bytes.data() + 12, 4);
    return h;
}

}  // namespace

TEST(MalformedLogs, Csv) {
    expect_refused("e.csv", "", {"line", 0, "the file is empty"});
    expect_refused("h.csv", kHeader, {"line", 0, "header but no data rows"});
    expect_refused("blank.csv", "\n\n\n", {"line", 0, "empty"});
    expect_refused("n.csv", kHeader + kRow + "1,2,fast,4,0\n", {"line", 3, "column 'runtime' holds 'fast'; expected a number"});
    expect_refused("x.csv", kHeader + kRow + "1,2,3.5e,4,0\n", {"line", 3, "column 'runtime' holds '3.5e'"});
    expect_refused("few.csv", kHeader + "1,2,3.5,4\n", {"line", 2, "expected 5 fields (as in the header), found 4"});
    expect_refused("many.csv", kHeader + kRow + "1,2,3.5,4,0,9\n", {"line", 3, "expected 5 fields (as in the header), found 6"});
    // Cut in the middle of the last row, as a half-finished download leaves it.
    expect_refused("cut.csv", kHeader + kRow + "1,2,3.", {"line", 3, "expected 5 fields"});
    expect_refused("nanp.csv", kHeader + "nan,2,3.5,4,0\n", {"line", 2, "column 'param_1' holds 'nan'; expected a finite number"});
    expect_refused("infl.csv", kHeader + "1,2,inf,4,0\n", {"line", 2, "column 'runtime' holds 'inf'; expected a finite number"});
    expect_refused("nana.csv", kHeader + "1,2,3.5,NaN,1\n", {"line", 2, "column 'area' holds 'NaN'"});
    expect_refused("big.csv", kHeader + "1,2,1e999,4,0\n", {"line", 2, "column 'runtime' holds '1e999'"});
    // Finite as a double, but beyond float32, which the log stores.
    expect_refused("f32.csv", kHeader + "1,2,1e300,4,0\n", {"line", 2, "column 'runtime' holds '1e300'; expected a finite number"});
    expect_refused("neg.csv", kHeader + kRow + "1,2,3.5,-0.5,0\n", {"line", 3, "column 'area' holds a negative area ('-0.5')"});
    expect_refused("emptyp.csv", kHeader + ",2,3.5,4,0\n", {"line", 2, "column 'param_1' is empty; expected a number"});
    expect_refused("flag.csv", kHeader + "1,2,3.5,4,yes\n", {"line", 2, "column 'infeasible' holds 'yes'"});
    expect_refused("quote.csv", kHeader + "1,2,\"3.5,4,0\n", {"line", 2, "quote"});
    expect_refused("bin.csv", std::string("\x00\x01\x02\x03garbage\xff\xfe", 13), {"line", 1, "binary data"});
    expect_refused("u16.csv", std::string("\xff\xfep\0a\0r\0", 8), {"line", 1, "UTF-16"});
    expect_refused("nohdr.csv", "1,2,3.5,4,0\n", {"line", 1, "missing required column 'runtime'"});
    expect_refused("gz.csv", gzip(kHeader + "1,2,x,4,0\n"), {"line", 2, "column 'runtime' holds 'x'"});
    expect_refused("gzcut.csv", gzip(kHeader + kRow + kRow).substr(0, 20), {"byte", 20, "the gzip-compressed data ends before its end marker"});

    // Right, so accepted: CRLF, a BOM, blank lines, an infeasible row that never ran.
    EXPECT_EQ(rows_read("crlf.csv", "\xEF\xBB\xBFparam_1,param_2,runtime,area,infeasible\r\n1,2,3.5,4,0\r\n\r\n1,2,,,1\r\n"), 2u);
}

TEST(MalformedLogs, TfRecord) {
    expect_refused("e.tfrecord", "", {"line", 0, "the file is empty"});  // read_log's content check, before any reader
    const std::string two = frames({record(), record(2)});
    expect_refused("cut.tfrecord", two.substr(0, two.size() - 7), {"record", 2, "truncated"});
    expect_refused("cutlen.tfrecord", two.substr(0, two.size() / 2 + 5), {"record", 2, ""});
    std::string bad_crc = two;
    bad_crc[9] ^= 0x10;  // the length's CRC of record 1
    expect_refused("crc.tfrecord", bad_crc, {"record", 1, "CRC"});
    std::string bad_payload = two;
    bad_payload[14] ^= 0x01;  // a payload byte of record 1
    expect_refused("pcrc.tfrecord", bad_payload, {"record", 1, "CRC"});
    expect_refused("text.tfrecord", "param_1,runtime\n1,2\n", {"record", 0, "the file is text"});
    expect_refused("nanp.tfrecord", frames({record(), record(std::numeric_limits<double>::quiet_NaN())}),
                   {"record", 2, "feature 'param_1' is not finite"});
    expect_refused("infr.tfrecord", frames({record(1, std::numeric_limits<double>::infinity())}),
                   {"record", 1, "feature 'runtime' holds 'inf'; expected a finite number"});
    expect_refused("nanr.tfrecord", frames({record(), record(1, std::numeric_limits<double>::quiet_NaN())}),
                   {"record", 2, "feature 'runtime' is empty (or NaN) on a feasible design"});
    expect_refused("neg.tfrecord", frames({record(), record(1, 3.5, -2)}), {"record", 2, "feature 'area' holds a negative area ('-2')"});
    expect_refused("negi.tfrecord", frames({record(1, 3.5, -2, 1)}), {"record", 1, "feature 'area' holds a negative area"});
    auto extra = record();
    extra.push_back({"surprise", FeatureKind::Float, 1});
    expect_refused("extra.tfrecord", frames({record(), extra}), {"record", 2, "unexpected feature 'surprise'"});
    auto twice = record();
    twice.push_back({"area", FeatureKind::Float, 4});
    expect_refused("twice.tfrecord", frames({twice}), {"record", 1, "feature 'area' appears twice"});
    auto no_flag = record();
    no_flag.pop_back();
    expect_refused("noflag.tfrecord", frames({no_flag}), {"record", 1, "missing required feature 'infeasible'"});
    auto no_param = record();
    no_param.erase(no_param.begin());
    expect_refused("noparam.tfrecord", frames({record(), no_param}), {"record", 2, "missing required feature 'param_1'"});
    auto half = record();
    half[4] = {"infeasible", FeatureKind::Float, 0.5};  // a float list: TFRecords may carry any numeric kind
    expect_refused("flag.tfrecord", frames({half}), {"record", 1, "feature 'infeasible' holds '0.5'"});
    // A payload that is not a tf.train.Example.
    std::string junk;
    append_tfrecord_frame(junk, std::string("\x0a\x7f\x01\x02", 4));
    expect_refused("proto.tfrecord", junk, {"record", 1, "runs past the end"});
    // Wrong magic: frames whose length field is absurd (a random binary file).
    expect_refused("rand.tfrecord", std::string("\x13\x37\xca\xfe\xba\xbe\x00\x01\x99\x98\x97\x96 random bytes", 25), {"record", 1, ""});
    expect_refused("gz.tfrecord", gzip(frames({record(), record(1, 3.5, -1)})), {"record", 2, "feature 'area' holds a negative area"});
    expect_refused("gzcut.tfrecord", gzip(two).substr(0, 30), {"byte", 30, "truncated"});
    std::string damaged = gzip(two);
    damaged[12] ^= 0x5a;
    expect_refused("gzbad.tfrecord", damaged, {"byte", kAnywhere, "the gzip-compressed data is damaged"});

    // Right, so accepted: an infeasible first record that never ran.
    auto never_ran = record(1, 0, 0, 1);
    never_ran.erase(never_ran.begin() + 2, never_ran.begin() + 4);
    EXPECT_EQ(rows_read("ok.tfrecord", frames({never_ran, record()})), 2u);
}

TEST(MalformedLogs, Snapshot) {
    const std::string good = snapshot_bytes(small_log());
    ASSERT_EQ(rows_read("ok.primelog", good), 2u);
    const std::uint64_t columns_at = 16 + header_length(good);
    expect_refused("sig.primelog", "PRIMELOX" + good.substr(8), {"byte", 0, "expected the signature PRIMELOG at byte 0"});
    expect_refused("sig8.primelog", good.substr(0, 6), {"byte", 0, "PRIMELOG"});
    std::string newer = good;
    newer[8] = 7;
    expect_refused("ver.primelog", newer, {"byte", 8, "newer"});
    expect_refused("head.primelog", good.substr(0, 30), {"byte", 16, "truncated"});
    expect_refused("cols.primelog", good.substr(0, good.size() - 10), {"byte", columns_at, "truncated"});
    expect_refused("crc.primelog", good.substr(0, good.size() - 2), {"byte", good.size() - 4, "truncated"});
    std::string flipped = good;
    flipped[columns_at + 1] ^= 0x01;
    expect_refused("flip.primelog", flipped, {"byte", good.size() - 4, "checksum mismatch"});
    expect_refused("tail.primelog", good + "x", {"byte", good.size(), "unexpected data after the checksum"});
    std::string json = good;
    json[16] = '[';
    expect_refused("json.primelog", with_fixed_crc(json), {"byte", 16, "malformed snapshot header"});
    // A damaged row count must not allocate: "rows": 2 -> 9 digits.
    std::string rows = good;
    const auto at = rows.find("\"rows\":2");
    ASSERT_NE(at, std::string::npos);
    rows.replace(at + 7, 1, "9");
    expect_refused("rows.primelog", with_fixed_crc(rows), {"byte", columns_at, "the header says 9 rows"});

    // Values with a valid checksum: the writer was wrong, the reader says where.
    // Columns: a (2 rows x uint16), b, latency (float32), area, feasible (uint8), app (uint16).
    std::string index = good;
    index[columns_at + 2] = 5;  // parameter a, row 2: index 5 of 2 values
    expect_refused("index.primelog", with_fixed_crc(index), {"byte", columns_at + 2, "row 2: parameter 'a' holds index 5"});
    const std::uint64_t latency_at = columns_at + 8, area_at = latency_at + 8;
    expect_refused("neg.primelog", snapshot_bytes(small_log(2.5f, -3.0f)),
                   {"byte", area_at + 4, "row 2: the area column holds a negative area ('-3')"});
    expect_refused("nan.primelog", snapshot_bytes(small_log(std::numeric_limits<float>::quiet_NaN())),
                   {"byte", latency_at + 4, "row 2: the latency column is empty (or NaN) on a feasible design"});
    expect_refused("inf.primelog", snapshot_bytes(small_log(std::numeric_limits<float>::infinity())),
                   {"byte", latency_at + 4, "row 2: the latency column holds 'inf'"});
    std::string flag = good;
    flag[area_at + 8] = 2;  // feasible, row 1
    expect_refused("flag.primelog", with_fixed_crc(flag), {"byte", area_at + 8, "row 1: the feasible column holds 2"});
    std::string app = good;
    app[area_at + 10 + 2] = 3;  // application id, row 2
    expect_refused("app.primelog", with_fixed_crc(app), {"byte", area_at + 10 + 2, "row 2: the application column holds id 3"});
}
