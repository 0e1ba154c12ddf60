#pragma once
// Remembers, per column, the id that a field's exact text was given, so the
// next row with the same text ("16777216", "MobileNetEdgeTPU") skips number
// parsing, validation and the value lookup. Design logs repeat a handful of
// values per column millions of times. Only fields of at most 16 bytes are
// cached; the text is the key, so "16" and "16.0" are two entries for one
// index, and a text is only ever entered after it was parsed and accepted.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace prime {

class FieldTextCache {
public:
    static constexpr std::size_t kMaxText = 16;

    FieldTextCache() : slots_(256) {}

    // The id remembered for `text`, or nullopt. `text` must be readable
    // for 16 bytes from its start (CsvReader::kFieldSlack promises it).
    std::optional<std::uint16_t> find(std::string_view text) const {
        if (text.size() > kMaxText || text.empty()) return std::nullopt;
        const Key key = key_of(text);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash(key) & mask; slots_[i].length; i = (i + 1) & mask)
            if (slots_[i].key == key) return slots_[i].index;
        return std::nullopt;
    }

    // Remembers `index` for `text` (ignored when the text is too long or
    // the cache already holds 4096 texts: a column of unique values gains nothing).
    void remember(std::string_view text, std::uint16_t index) {
        if (text.size() > kMaxText || text.empty() || entries_ >= 4096) return;
        if (4 * (entries_ + 1) > slots_.size()) grow();  // sparse: most lookups hit on the first probe
        place(key_of(text), index);
        ++entries_;
    }

private:
    // The text's bytes, zero past its end, and its length.
    struct Key {
        std::uint64_t low = 0, high = 0;
        std::uint8_t length = 0;
        bool operator==(const Key&) const = default;
    };
    struct Slot {
        Key key;
        std::uint16_t index = 0;
        std::uint8_t length = 0;  // 0 = empty slot
    };
    static std::uint64_t masked(std::uint64_t word, std::size_t bytes) {
        return bytes >= 8 ? word : word & ((std::uint64_t{1} << (8 * bytes)) - 1);
    }
    static Key key_of(std::string_view text) {
        Key k;
        std::memcpy(&k.low, text.data(), 8);  // over-reads into the slack, masked off below
        std::memcpy(&k.high, text.data() + 8, 8);
        k.low = masked(k.low, text.size());
        k.high = text.size() > 8 ? masked(k.high, text.size() - 8) : 0;
        k.length = static_cast<std::uint8_t>(text.size());
        return k;
    }
    static std::size_t hash(const Key& k) {
        const std::uint64_t x = (k.low ^ (k.high * 0xff51afd7ed558ccdULL) ^ k.length) * 0x9e3779b97f4a7c15ULL;
        return static_cast<std::size_t>(x >> 40);
    }
    void place(const Key& key, std::uint16_t index) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash(key) & mask;
        while (slots_[i].length) i = (i + 1) & mask;
        slots_[i] = Slot{key, index, key.length};
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.length) place(s.key, s.index);
    }

    std::vector<Slot> slots_;
    std::size_t entries_ = 0;
};

}  // namespace prime
