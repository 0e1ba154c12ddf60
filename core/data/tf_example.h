#pragma once
// A small codec for tf.train.Example records whose features are scalars, which
// is what PRIME's logs hold (13 features). Hand-written rather than generated
// by protoc because a design record is ~200 bytes and a log has millions: this
// decoder allocates nothing and reports exactly which feature is malformed.
// tests/data check it against libprotobuf's parser on the real schema.
//
// Wire shape: Example{1: Features{1: repeated MapEntry{1: key, 2: Feature{
//   1: BytesList | 2: FloatList{1: packed float} | 3: Int64List{1: packed varint}}}}}
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace prime {

enum class FeatureKind : std::uint8_t { Bytes, Float, Int64 };

struct ScalarFeature {
    std::string_view key;  // points into the payload
    FeatureKind kind;
    std::uint32_t count;   // values in the list; PRIME's are all 1
    double value;          // first value (0 for bytes and empty lists)
};

// Parses `payload` into `out` (cleared first). On malformed input returns
// false and sets `error` to what was wrong.
bool decode_scalar_example(std::string_view payload, std::vector<ScalarFeature>& out, std::string& error);

struct FeatureValue {
    std::string key;
    FeatureKind kind;  // Float or Int64
    double value;
};
// Serializes an Example with one single-valued feature per entry, in order.
void encode_scalar_example(const std::vector<FeatureValue>& features, std::string& out);

}  // namespace prime
