// Cross-checks the hand-written tf.train.Example codec against libprotobuf,
// using the schema in proto/example.proto.
#include <gtest/gtest.h>

#include "data/tf_example.h"
#include "data/tfrecord_frames.h"
#include "data/tfrecord_log.h"
#include "proto/example.pb.h"
#include "test_support.h"

using namespace prime;
using namespace prime::test;

TEST(TfExampleProtobuf, OurEncoderParsesWithLibprotobuf) {
    std::string payload;
    encode_scalar_example({{"param_1", FeatureKind::Float, 32}, {"runtime", FeatureKind::Float, 412.5},
                           {"infeasible", FeatureKind::Int64, 1}},
                          payload);
    tensorflow::Example ex;
    ASSERT_TRUE(ex.ParseFromString(payload));
    const auto& f = ex.features().feature();
    ASSERT_EQ(f.size(), 3u);
    EXPECT_FLOAT_EQ(f.at("param_1").float_list().value(0), 32.0f);
    EXPECT_FLOAT_EQ(f.at("runtime").float_list().value(0), 412.5f);
    EXPECT_EQ(f.at("infeasible").int64_list().value(0), 1);
}

TEST(TfExampleProtobuf, LibprotobufRecordsReadWithOurDecoder) {
    // Packed and unpacked encodings, negative int64, extra unknown fields.
    tensorflow::Example ex;
    auto& f = *ex.mutable_features()->mutable_feature();
    f["runtime"].mutable_float_list()->add_value(123.25f);
    f["infeasible"].mutable_int64_list()->add_value(-3);
    f["note"].mutable_bytes_list()->add_value("hello");
    std::string payload;
    ASSERT_TRUE(ex.SerializeToString(&payload));

    std::vector<ScalarFeature> out;
    std::string error;
    ASSERT_TRUE(decode_scalar_example(payload, out, error)) << error;
    ASSERT_EQ(out.size(), 3u);
    for (const auto& s : out) {
        if (s.key == "runtime") {
            EXPECT_EQ(s.kind, FeatureKind::Float);
            EXPECT_DOUBLE_EQ(s.value, 123.25);
        } else if (s.key == "infeasible") {
            EXPECT_EQ(s.kind, FeatureKind::Int64);
            EXPECT_DOUBLE_EQ(s.value, -3);
        } else {
            EXPECT_EQ(s.key, "note");
            EXPECT_EQ(s.kind, FeatureKind::Bytes);
            EXPECT_EQ(s.count, 1u);
        }
    }
}

TEST(TfExampleProtobuf, WholeLogFromLibprotobufRecords) {
    TempDir dir;
    std::string frames;
    for (int i = 0; i < 50; ++i) {
        tensorflow::Example ex;
        auto& f = *ex.mutable_features()->mutable_feature();
        const float params[10] = {1, 2, 4, 6, 262144, 4096, 256, 8192, 2048, 5};
        for (int p = 0; p < 10; ++p) f["param_" + std::to_string(p + 1)].mutable_float_list()->add_value(params[p]);
        f["runtime"].mutable_float_list()->add_value(static_cast<float>(100 + i));
        f["area"].mutable_float_list()->add_value(static_cast<float>(i) / 4);
        f["infeasible"].mutable_int64_list()->add_value(i % 3 == 0 ? 1 : 0);
        append_tfrecord_frame(frames, ex.SerializeAsString());
    }
    const DesignLog log = read_tfrecord_log(write_file(dir / "pb.tfrecord", frames));
    ASSERT_EQ(log.rows(), 50u);
    EXPECT_EQ(log.space().name(), "prime-edgetpu");
    EXPECT_FLOAT_EQ(log.latency_ms()[49], 149);
    EXPECT_FLOAT_EQ(log.area_mm2()[10], 2.5f);
    EXPECT_EQ(log.feasible()[3], 0);
    EXPECT_EQ(log.feasible()[4], 1);
}
