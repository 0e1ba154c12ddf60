// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "space/numeric_features.h"

using namespace prime;

TEST(NumericFeatures, PositiveValuesOnALog2ScaleOthersLinearEachInTheUnitRange) {
    const SearchSpace space("s", {{"pes", "", "", {}, {1, 2, 4, 16}},
                                  {"offset", "", "", {}, {-1, 0, 3}},
                                  {"fixed", "", "", {}, {7}}});
    const NumericFeatures f(space);
    ASSERT_EQ(f.width(), 3u);
    const std::vector<float> x = f.encode(std::vector<Design>{Design{{1, 1, 0}}, Design{{3, 2, 0}}});
    ASSERT_EQ(x.size(), 6u);
    EXPECT_FLOAT_EQ(x[0], 0.25f);  // log2(2) / log2(16): order and magnitude, not the index (1/3)
    EXPECT_FLOAT_EQ(x[1], 0.25f);  // (0 - -1) / (3 - -1): linear, a value is not positive
    EXPECT_FLOAT_EQ(x[2], 0.0f);   // one value: no information
    EXPECT_FLOAT_EQ(x[3], 1.0f);
    EXPECT_FLOAT_EQ(x[4], 1.0f);
}
