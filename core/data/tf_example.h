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
    // Where a single float or int64 value's bytes lie in the payload (for
    // ExampleTemplate); null for other features.
    const char* value_at = nullptr;
    std::uint8_t value_size = 0;
};

// Parses `payload` into `out` (cleared first). On malformed input returns
// false and sets `error` to what was wrong.
bool decode_scalar_example(std::string_view payload, std::vector<ScalarFeature>& out, std::string& error);

// The layout of one decoded record: every byte but the values' (keys,
// tags, lengths). Records of one writer share it, so a record laid out the
// same way is read by comparing its bytes with the template's (a masked
// word compare) and loading the values from known offsets, with no parsing.
class ExampleTemplate {
public:
    // Learns the layout of `payload`, which decode_scalar_example turned into
    // `features`. False (and no template) unless every feature is a single
    // float or int64.
    bool learn(std::string_view payload, const std::vector<ScalarFeature>& features);
    // True when `payload` has exactly the template's layout; then features()
    // holds its values (keys point into the template). False leaves the
    // template as it was: decode the record in full.
    bool match(std::string_view payload);
    const std::vector<ScalarFeature>& features() const { return features_; }
    bool empty() const { return bytes_.empty(); }

private:
    std::string bytes_;                // the template record
    std::vector<std::uint64_t> mask_;  // per 8 bytes: 0xff where a byte must match
    std::vector<ScalarFeature> features_;  // keys point into bytes_
    std::vector<std::uint32_t> offsets_;   // each feature's value, in the payload
};

struct FeatureValue {
    std::string key;
    FeatureKind kind;  // Float or Int64
    double value;
};
// Serializes an Example with one single-valued feature per entry, in order.
void encode_scalar_example(const std::vector<FeatureValue>& features, std::string& out);

}  // namespace prime
