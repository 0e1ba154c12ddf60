// SPDX-License-Identifier: GPL-3.0-or-later
#include "study/logged_designs.h"

#include <vector>

namespace prime {

std::uint64_t design_hash64(const ValueIndex* index, std::size_t dimension) {
    // FNV-1a over the indices, then a splitmix64 finaliser to spread the bits.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (std::size_t i = 0; i < dimension; ++i) {
        h ^= index[i];
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

void LoggedDesigns::build() const {
    const std::size_t dim = log_->space().dimension();
    std::vector<ValueIndex> row(dim);
    hashes_.reserve(log_->rows() / std::max<std::size_t>(1, log_->app_names().size()) + 1);
    for (RowIndex r = 0; r < log_->rows(); ++r) {
        for (std::size_t p = 0; p < dim; ++p) row[p] = log_->parameter(p)[r];
        hashes_.insert(design_hash64(row.data(), dim));
    }
}

bool LoggedDesigns::contains(const Design& design) const {
    std::call_once(built_, [this] { build(); });
    return hashes_.contains(design_hash64(design.index.data(), design.size()));
}

std::size_t LoggedDesigns::size() const {
    std::call_once(built_, [this] { build(); });
    return hashes_.size();
}

}  // namespace prime
