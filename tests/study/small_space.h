#pragma once
// A two-parameter space small enough to compute report numbers by hand.
#include "data/design_log.h"
#include "space/search_space.h"

namespace prime::test {

inline SearchSpace tiny_space() {
    return SearchSpace("tiny", {Parameter{"a", "A", "", {}, {1, 2, 3}}, Parameter{"b", "B", "", {}, {10, 20}}});
}

inline Design tiny(ValueIndex a, ValueIndex b) { return Design{{a, b}}; }

}  // namespace prime::test
