#pragma once
// Turns raw parameter values into value indices while a log is read.
// With a known space the index is a lookup; without one, indices are handed
// out in first-seen order and sorted once at the end (settle_space), so a
// million-row log never has to hold its raw values.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/design_log.h"
#include "space/search_space.h"

namespace prime {

class ValueIndexer {
public:
    // `parameter` is the fixed parameter to look values up in, or null to learn values.
    explicit ValueIndexer(const Parameter* parameter) : fixed_(parameter) {}

    // Index for `value`, or nullopt when a fixed parameter does not allow it
    // (or a learned column exceeds 65535 distinct values).
    std::optional<ValueIndex> index(double value) {
        if (fixed_) return fixed_->index_of(value);
        if (value == last_value_ && has_last_) return last_index_;
        std::optional<ValueIndex> found;
        if (seen_.size() <= kLinear) {
            for (std::size_t i = 0; i < seen_.size(); ++i)
                if (seen_[i] == value) found = static_cast<ValueIndex>(i);
        } else if (auto it = lookup_.find(value); it != lookup_.end()) {
            found = it->second;
        }
        if (!found) {
            if (seen_.size() >= 65535) return std::nullopt;
            found = static_cast<ValueIndex>(seen_.size());
            seen_.push_back(value);
            if (seen_.size() > kLinear) {
                if (lookup_.empty())
                    for (std::size_t i = 0; i < seen_.size(); ++i) lookup_.emplace(seen_[i], static_cast<ValueIndex>(i));
                else
                    lookup_.emplace(value, *found);
            }
        }
        last_value_ = value;
        last_index_ = *found;
        has_last_ = true;
        return found;
    }

    bool learning() const { return fixed_ == nullptr; }
    const std::vector<double>& seen_values() const { return seen_; }

private:
    static constexpr std::size_t kLinear = 24;
    const Parameter* fixed_;
    std::vector<double> seen_;
    std::unordered_map<double, ValueIndex> lookup_;
    double last_value_ = 0;
    ValueIndex last_index_ = 0;
    bool has_last_ = false;
};

// After reading with learning indexers: gives `log` its space and rewrites the
// parameter columns to index into it. When every column is named like a
// parameter of `preferred` (for PRIME logs: the built-in prime-edgetpu space)
// and all its values are allowed there, the preferred space is adopted;
// otherwise the space is the sorted distinct values, named `space_name`.
void settle_space(DesignLog& log, const std::vector<std::string>& column_names,
                  const std::vector<ValueIndexer>& indexers, const SearchSpace* preferred,
                  const std::string& space_name);

// The built-in space if its resource file can be read, else nullopt. Readers
// use it as the preferred space for PRIME-named columns.
const SearchSpace* builtin_space_or_null();

}  // namespace prime
