// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/enumeration.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "search/state_json.h"

namespace prime {

using nlohmann::json;

Enumeration::Enumeration(SearchSpace space, std::uint64_t seed) : Optimizer(std::move(space), seed) {
    const Count128 n = this->space().cardinality();
    if (n == 0 || n > (Count128(1) << 40)) throw std::invalid_argument("enumeration: the space is too large to score whole");
    size_ = static_cast<std::uint64_t>(n);
}

std::size_t Enumeration::generations_for(std::size_t population) const {
    return static_cast<std::size_t>((size_ + population - 1) / population);
}

std::vector<Design> Enumeration::propose(std::size_t n, Rng&) {
    std::vector<Design> out(n);
    const std::size_t dim = space().dimension();
    for (auto& d : out) {
        d.index.resize(dim);
        std::uint64_t x = next_;
        for (std::size_t p = 0; p < dim; ++p) {
            const std::uint64_t k = space().parameter(p).size();
            d.index[p] = static_cast<ValueIndex>(x % k);
            x /= k;
        }
        next_ = next_ + 1 == size_ ? 0 : next_ + 1;
    }
    return out;
}

json Enumeration::options_json() const { return json::object(); }
json Enumeration::algorithm_state() const { return {{"next", next_}}; }

void Enumeration::restore_algorithm(const json& options, const json& state) {
    search_json::require_object_with_keys(options, {}, "enumeration options");
    search_json::require_object_with_keys(state, {"next"}, "enumeration state");
    const auto next = state.at("next").get<std::uint64_t>();
    if (next >= size_) throw std::invalid_argument("enumeration state: position beyond the space");
    next_ = next;
}

}  // namespace prime
