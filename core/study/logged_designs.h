// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which designs a log already holds, for "propose only new designs"
// (StudyOptions::propose_new_only). Built on first use (thread-safe), so a
// GUI that constructs a session on its main thread pays nothing there; the
// search worker builds it with its first batch. It keeps one 64-bit hash per
// distinct design, read straight from the parameter columns: ~32 bytes per
// design (a 7M-row log of 780,000 designs: ~25 MB, ~0.1 s), and a false
// "already logged" has a chance of about n^2 / 2^65 (below 10^-7 for 10^6 designs).
#include <memory>
#include <mutex>
#include <unordered_set>

#include "data/design_log.h"

namespace prime {

class LoggedDesigns {
public:
    /// `log` must outlive this object.
    explicit LoggedDesigns(std::shared_ptr<const DesignLog> log) : log_(std::move(log)) {}
    bool contains(const Design& design) const;
    std::size_t size() const;

private:
    void build() const;
    std::shared_ptr<const DesignLog> log_;
    mutable std::once_flag built_;
    mutable std::unordered_set<std::uint64_t> hashes_;
};

/// The hash LoggedDesigns keeps for a design's value indices.
std::uint64_t design_hash64(const ValueIndex* index, std::size_t dimension);

}  // namespace prime
