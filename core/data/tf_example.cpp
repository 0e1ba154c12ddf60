#include "data/tf_example.h"

#include <cstring>

namespace prime {

namespace {

enum WireType : std::uint32_t { kVarint = 0, kFixed64 = 1, kLen = 2, kFixed32 = 5 };

struct Cursor {
    const unsigned char* p;
    const unsigned char* end;
    bool done() const { return p >= end; }

    bool varint(std::uint64_t& v) {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p >= end) return false;
            const unsigned char b = *p++;
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return true;
        }
        return false;
    }
    bool tag(std::uint32_t& field, std::uint32_t& wire) {
        std::uint64_t t;
        if (!varint(t)) return false;
        field = static_cast<std::uint32_t>(t >> 3);
        wire = static_cast<std::uint32_t>(t & 7);
        return field != 0;
    }
    bool bytes(Cursor& inner) {
        std::uint64_t n;
        if (!varint(n) || n > static_cast<std::uint64_t>(end - p)) return false;
        inner = Cursor{p, p + n};
        p += n;
        return true;
    }
    bool skip(std::uint32_t wire) {
        std::uint64_t v;
        Cursor c{};
        switch (wire) {
            case kVarint: return varint(v);
            case kFixed64: if (end - p < 8) return false; p += 8; return true;
            case kFixed32: if (end - p < 4) return false; p += 4; return true;
            case kLen: return bytes(c);
            default: return false;
        }
    }
};

float load_float(const unsigned char* p) {
    std::uint32_t bits = static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
                         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

// Parses a FloatList / Int64List / BytesList body.
bool decode_list(Cursor list, FeatureKind kind, ScalarFeature& f) {
    f.count = 0;
    f.value = 0;
    while (!list.done()) {
        std::uint32_t field, wire;
        if (!list.tag(field, wire)) return false;
        if (field != 1) {
            if (!list.skip(wire)) return false;
            continue;
        }
        if (kind == FeatureKind::Float) {
            if (wire == kLen) {  // packed
                Cursor packed{};
                if (!list.bytes(packed) || (packed.end - packed.p) % 4 != 0) return false;
                if (f.count == 0 && packed.end > packed.p) f.value = load_float(packed.p), f.value_at = reinterpret_cast<const char*>(packed.p);
                f.count += static_cast<std::uint32_t>((packed.end - packed.p) / 4);
            } else if (wire == kFixed32) {
                if (list.end - list.p < 4) return false;
                if (f.count == 0) f.value = load_float(list.p), f.value_at = reinterpret_cast<const char*>(list.p);
                list.p += 4;
                ++f.count;
            } else {
                return false;
            }
        } else if (kind == FeatureKind::Int64) {
            std::uint64_t v;
            if (wire == kLen) {
                Cursor packed{};
                if (!list.bytes(packed)) return false;
                const unsigned char* first = packed.p;
                while (!packed.done()) {
                    if (!packed.varint(v)) return false;
                    if (f.count++ == 0) {
                        f.value = static_cast<double>(static_cast<std::int64_t>(v));
                        f.value_at = reinterpret_cast<const char*>(first);
                        f.value_size = static_cast<std::uint8_t>(packed.p - first);
                    }
                }
            } else if (wire == kVarint) {
                const unsigned char* first = list.p;
                if (!list.varint(v)) return false;
                if (f.count++ == 0) {
                    f.value = static_cast<double>(static_cast<std::int64_t>(v));
                    f.value_at = reinterpret_cast<const char*>(first);
                    f.value_size = static_cast<std::uint8_t>(list.p - first);
                }
            } else {
                return false;
            }
        } else {
            if (!list.skip(wire)) return false;
            ++f.count;
        }
    }
    return true;
}

bool decode_entry(Cursor entry, ScalarFeature& f, std::string& error) {
    bool have_key = false, have_value = false;
    while (!entry.done()) {
        std::uint32_t field, wire;
        if (!entry.tag(field, wire)) return error = "malformed field tag in a feature map entry", false;
        if (field == 1 && wire == kLen) {
            Cursor key{};
            if (!entry.bytes(key)) return error = "feature name runs past the end of the record", false;
            f.key = std::string_view(reinterpret_cast<const char*>(key.p), static_cast<std::size_t>(key.end - key.p));
            have_key = true;
        } else if (field == 2 && wire == kLen) {
            Cursor feature{};
            if (!entry.bytes(feature)) return error = "feature value runs past the end of the record", false;
            // Feature is a oneof; an empty Feature has no list at all.
            f.kind = FeatureKind::Bytes;
            f.count = 0;
            f.value = 0;
            while (!feature.done()) {
                std::uint32_t kf, kw;
                if (!feature.tag(kf, kw)) return error = "malformed Feature", false;
                if (kw != kLen || kf < 1 || kf > 3) {
                    if (!feature.skip(kw)) return error = "malformed Feature", false;
                    continue;
                }
                Cursor list{};
                if (!feature.bytes(list)) return error = "feature list runs past the end of the record", false;
                f.kind = kf == 1 ? FeatureKind::Bytes : kf == 2 ? FeatureKind::Float : FeatureKind::Int64;
                if (!decode_list(list, f.kind, f))
                    return error = "malformed value list for feature '" + std::string(f.key) + "'", false;
            }
            have_value = true;
        } else if (!entry.skip(wire)) {
            return error = "malformed feature map entry", false;
        }
    }
    if (!have_key) return error = "a feature has no name", false;
    if (!have_value) f.count = 0, f.kind = FeatureKind::Bytes, f.value = 0;
    return true;
}

void put_varint(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}
void put_len(std::string& out, std::uint32_t field, const std::string& body) {
    put_varint(out, (field << 3) | kLen);
    put_varint(out, body.size());
    out += body;
}

}  // namespace

bool decode_scalar_example(std::string_view payload, std::vector<ScalarFeature>& out, std::string& error) {
    out.clear();
    Cursor example{reinterpret_cast<const unsigned char*>(payload.data()),
                   reinterpret_cast<const unsigned char*>(payload.data()) + payload.size()};
    while (!example.done()) {
        std::uint32_t field, wire;
        if (!example.tag(field, wire)) return error = "malformed protobuf (bad field tag); expected a tf.train.Example", false;
        if (field != 1 || wire != kLen) {
            if (!example.skip(wire)) return error = "malformed protobuf; expected a tf.train.Example", false;
            continue;
        }
        Cursor features{};
        if (!example.bytes(features)) return error = "Features message runs past the end of the record", false;
        while (!features.done()) {
            std::uint32_t ff, fw;
            if (!features.tag(ff, fw)) return error = "malformed Features message", false;
            if (ff != 1 || fw != kLen) {
                if (!features.skip(fw)) return error = "malformed Features message", false;
                continue;
            }
            Cursor entry{};
            if (!features.bytes(entry)) return error = "feature map entry runs past the end of the record", false;
            ScalarFeature f{};
            if (!decode_entry(entry, f, error)) return false;
            out.push_back(f);
        }
    }
    return true;
}

bool ExampleTemplate::learn(std::string_view payload, const std::vector<ScalarFeature>& features) {
    bytes_.assign(payload);
    mask_.assign((payload.size() + 7) / 8, ~std::uint64_t{0});
    features_ = features;
    offsets_.clear();
    for (ScalarFeature& f : features_) {
        if (f.count != 1 || !f.value_at || (f.kind != FeatureKind::Float && f.kind != FeatureKind::Int64)) {
            bytes_.clear();
            return false;
        }
        const auto at = static_cast<std::size_t>(f.value_at - payload.data());
        if (f.kind == FeatureKind::Float) f.value_size = 4;
        for (std::size_t b = at; b < at + f.value_size; ++b) mask_[b / 8] &= ~(std::uint64_t{0xff} << (8 * (b % 8)));
        offsets_.push_back(static_cast<std::uint32_t>(at));
        f.key = std::string_view(bytes_.data() + (f.key.data() - payload.data()), f.key.size());
        f.value_at = bytes_.data() + at;
    }
    return true;
}

bool ExampleTemplate::match(std::string_view payload) {
    if (bytes_.empty() || payload.size() != bytes_.size()) return false;
    // Words compared under the mask; the last, partial word through a copy.
    std::uint64_t differ = 0;
    const std::size_t whole = payload.size() / 8;
    for (std::size_t w = 0; w < whole; ++w) {
        std::uint64_t a, b;
        std::memcpy(&a, payload.data() + 8 * w, 8);
        std::memcpy(&b, bytes_.data() + 8 * w, 8);
        differ |= (a ^ b) & mask_[w];
    }
    if (const std::size_t tail = payload.size() - 8 * whole) {
        std::uint64_t a = 0, b = 0;
        std::memcpy(&a, payload.data() + 8 * whole, tail);
        std::memcpy(&b, bytes_.data() + 8 * whole, tail);
        differ |= (a ^ b) & mask_[whole];
    }
    if (differ) return false;
    // Same layout: the values sit at the template's offsets. A float is any
    // four bytes; a varint must end exactly where its length says. (On a
    // false return the values are stale, and the caller decodes in full.)
    const auto* base = reinterpret_cast<const unsigned char*>(payload.data());
    for (std::size_t i = 0; i < features_.size(); ++i) {
        ScalarFeature& f = features_[i];
        const unsigned char* p = base + offsets_[i];
        if (f.kind == FeatureKind::Float) {
            f.value = load_float(p);
            continue;
        }
        Cursor c{p, p + f.value_size};
        std::uint64_t v;
        if (!c.varint(v) || !c.done()) return false;
        f.value = static_cast<double>(static_cast<std::int64_t>(v));
    }
    return true;
}

void encode_scalar_example(const std::vector<FeatureValue>& features, std::string& out) {
    std::string body, entry, feature, list;
    for (const auto& fv : features) {
        list.clear();
        if (fv.kind == FeatureKind::Float) {
            const float v = static_cast<float>(fv.value);
            std::uint32_t bits;
            std::memcpy(&bits, &v, 4);
            std::string packed;
            for (int i = 0; i < 4; ++i) packed.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
            put_len(list, 1, packed);
        } else {
            std::string packed;
            put_varint(packed, static_cast<std::uint64_t>(static_cast<std::int64_t>(fv.value)));
            put_len(list, 1, packed);
        }
        feature.clear();
        put_len(feature, fv.kind == FeatureKind::Float ? 2 : 3, list);
        entry.clear();
        put_len(entry, 1, fv.key);
        put_len(entry, 2, feature);
        put_len(body, 1, entry);
    }
    out.clear();
    put_len(out, 1, body);
}

}  // namespace prime
