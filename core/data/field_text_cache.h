#pragma once
// Remembers, per column, the id that a field's exact text was given, so the
// next row with the same text ("16777216", "MobileNetEdgeTPU") skips number
// parsing, validation and the value lookup. Design logs repeat a handful of
// values per column millions of times. Only fields of at most 8 * Words
// bytes are cached; the text is the key, so "16" and "16.0" are two entries
// for one index, and a text is only ever entered after it was parsed and
// accepted.
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace prime {

template <std::size_t Words>
class FieldTextCache {
public:
    static constexpr std::size_t kMaxText = 8 * Words;

    FieldTextCache() : slots_(256) {}

    // The id remembered for `text`, or nullopt. `text` must be readable for
    // kMaxText bytes from its start (CsvReader::kFieldSlack promises 16).
    std::optional<std::uint16_t> find(std::string_view text) const {
        if (text.size() > kMaxText || text.empty()) return std::nullopt;
        const Key key = key_of(text);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash(key, text.size()) & mask; slots_[i].length; i = (i + 1) & mask)
            if (slots_[i].length == text.size() && same(slots_[i].key, key)) return slots_[i].index;
        return std::nullopt;
    }

    // Remembers `index` for `text` (ignored when the text is too long or
    // the cache already holds 4096 texts: a column of unique values gains nothing).
    void remember(std::string_view text, std::uint16_t index) {
        if (text.size() > kMaxText || text.empty() || entries_ >= 4096) return;
        if (4 * (entries_ + 1) > slots_.size()) grow();  // sparse: most lookups hit on the first probe
        place(key_of(text), static_cast<std::uint8_t>(text.size()), index);
        ++entries_;
    }

private:
    using Key = std::array<std::uint64_t, Words>;  // the text's bytes, zero past its end
    struct Slot {
        Key key{};
        std::uint16_t index = 0;
        std::uint8_t length = 0;  // 0 = empty slot
    };
    static bool same(const Key& a, const Key& b) {
        std::uint64_t differ = 0;  // word by word: std::array's == may become a memcmp call
        for (std::size_t w = 0; w < Words; ++w) differ |= a[w] ^ b[w];
        return differ == 0;
    }
    static Key key_of(std::string_view text) {
        Key k;
        std::memcpy(k.data(), text.data(), sizeof k);  // over-reads into the slack, masked off below
        for (std::size_t w = 0; w < Words; ++w) {
            const std::size_t bytes = text.size() > 8 * w ? text.size() - 8 * w : 0;
            if (bytes < 8) k[w] &= bytes ? (std::uint64_t{1} << (8 * bytes)) - 1 : 0;
        }
        return k;
    }
    static std::size_t hash(const Key& k, std::size_t length) {
        std::uint64_t x = length;
        for (std::uint64_t w : k) x = (x ^ w) * 0x9e3779b97f4a7c15ULL;
        return static_cast<std::size_t>(x >> 40);
    }
    void place(const Key& key, std::uint8_t length, std::uint16_t index) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash(key, length) & mask;
        while (slots_[i].length) i = (i + 1) & mask;
        slots_[i] = Slot{key, index, length};
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.length) place(s.key, s.length, s.index);
    }

    std::vector<Slot> slots_;
    std::size_t entries_ = 0;
};

}  // namespace prime
