#pragma once
// Turns raw parameter values into value indices while a log is read.
// With a known space the index is a lookup; without one, indices are handed
// out in first-seen order and sorted once at the end (settle_space), so a
// million-row log never has to hold its raw values.
#include <optional>
#include <string>
#include <cstdint>
#include <cstring>
#include <vector>

#include "data/design_log.h"
#include "space/search_space.h"

namespace prime {

class ValueIndexer {
public:
    // `parameter` is the fixed parameter to look values up in, or null to learn values.
    explicit ValueIndexer(const Parameter* parameter) : fixed_(parameter), slots_(64) {}

    // Index for `value`, or nullopt when a fixed parameter does not allow it
    // (or a learned column exceeds 65535 distinct values).
    std::optional<ValueIndex> index(double value) {
        // A small open-addressing table keyed by the value's bits: one or two
        // well-predicted probes, where a search over the value list mispredicts
        // on every random design.
        std::uint64_t bits;
        std::memcpy(&bits, &value, sizeof bits);
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash(bits) & mask;
        while (slots_[i].used) {
            if (slots_[i].bits == bits) return slots_[i].index;
            i = (i + 1) & mask;
        }
        std::optional<ValueIndex> found;
        if (fixed_) {
            found = fixed_->index_of(value);
            if (!found) return std::nullopt;
        } else {
            if (seen_.size() >= 65535) return std::nullopt;
            found = static_cast<ValueIndex>(seen_.size());
            seen_.push_back(value);
        }
        insert(bits, *found);
        return found;
    }

    bool learning() const { return fixed_ == nullptr; }
    const std::vector<double>& seen_values() const { return seen_; }

private:
    struct Slot {
        std::uint64_t bits = 0;
        ValueIndex index = 0;
        bool used = false;
    };
    // A full 64-bit mix: doubles such as powers of two differ only in their
    // top bits, which a plain multiply would leave out of the low slot bits.
    static std::size_t hash(std::uint64_t x) {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        return static_cast<std::size_t>(x);
    }
    void insert(std::uint64_t bits, ValueIndex index) {
        if (2 * (++entries_) > slots_.size()) {  // keep the load under one half
            std::vector<Slot> old(slots_.size() * 2);
            old.swap(slots_);
            for (const Slot& s : old)
                if (s.used) place(s.bits, s.index);
        }
        place(bits, index);
    }
    void place(std::uint64_t bits, ValueIndex index) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash(bits) & mask;
        while (slots_[i].used) i = (i + 1) & mask;
        slots_[i] = Slot{bits, index, true};
    }

    const Parameter* fixed_;
    std::vector<double> seen_;
    std::vector<Slot> slots_;
    std::size_t entries_ = 0;
};

// After reading with learning indexers: gives `log` its space and rewrites the
// parameter columns to index into it. When every column is named like a
// parameter of `preferred` (for PRIME logs: the built-in prime-edgetpu space)
// and all its values are allowed there, the preferred space is adopted;
// otherwise the space is the sorted distinct values, named `space_name`.
// `seen[p]` lists parameter p's values in the order their indices were handed out.
// With `notes` (the reader's column notes, for `info`), each parameter's
// reason says which space it belongs to and, when the columns are named like
// the preferred space's but a value does not fit it, which value kept the
// preferred space from being adopted.
void settle_space(DesignLog& log, const std::vector<std::string>& column_names,
                  const std::vector<std::vector<double>>& seen, const SearchSpace* preferred,
                  const std::string& space_name, std::vector<ColumnNote>* notes = nullptr);

// Values seen by each indexer, for settle_space.
std::vector<std::vector<double>> seen_values(const std::vector<ValueIndexer>& indexers);

// The built-in space if its resource file can be read, else nullopt. Readers
// use it as the preferred space for PRIME-named columns.
const SearchSpace* builtin_space_or_null();

}  // namespace prime
