// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A log small enough to check by hand, shared by the explorer's core tests
// (tests/explore) and its GUI tests (tests/ui/explorer_fixture.h).
// Two parameters: a in {1, 2} ("Knob A", KiB), b in {10, 20, 30}. Two
// applications, two reasons.
//
// row app  a  b  feasible lat  area  reason
//  0  x    1 10  yes      10    5
//  1  x    2 10  yes       8    6
//  2  x    2 20  yes       9    7      (dominated by row 1)
//  3  x    1 30  no        -    4    R1
//  4  y    1 10  yes       2    9
//  5  y    2 20  no        -    1    R2
//  6  y    1 20  yes       3    9      (same area as row 4, slower)
//  7  y    2 30  no        -   12    R1
//  8  y    1 10  yes       1   20
#include <vector>

#include "data/design_log.h"

namespace prime::test {

inline DesignLog hand_made_log() {
    DesignLog log(SearchSpace("s", {Parameter{"a", "Knob A", "KiB", {}, {1, 2}}, Parameter{"b", "", "", {}, {10, 20, 30}}}));
    const AppId x = log.app_id("x"), y = log.app_id("y");
    const std::uint8_t r1 = log.reason_id("R1"), r2 = log.reason_id("R2");
    auto add = [&](ValueIndex a, ValueIndex b, bool ok, float lat, float area, AppId app, std::uint8_t reason) {
        const std::vector<ValueIndex> d{a, b};
        log.append(d, ok ? lat : 0.0f, area, ok, app, reason);
    };
    add(0, 0, true, 10, 5, x, 0);
    add(1, 0, true, 8, 6, x, 0);
    add(1, 1, true, 9, 7, x, 0);
    add(0, 2, false, 0, 4, x, r1);
    add(0, 0, true, 2, 9, y, 0);
    add(1, 1, false, 0, 1, y, r2);
    add(0, 1, true, 3, 9, y, 0);
    add(1, 2, false, 0, 12, y, r1);
    add(0, 0, true, 1, 20, y, 0);
    return log;
}

}  // namespace prime::test
