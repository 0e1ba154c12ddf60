#include <gtest/gtest.h>

#include <cmath>

#include "data/design_log.h"
#include "space/space_json.h"

using namespace prime;

namespace {
SearchSpace tiny() { return SearchSpace("tiny", {Parameter{"a", "", "", {}, {1, 2, 3}}, Parameter{"b", "", "", {}, {10, 20}}}); }
}  // namespace

TEST(DesignLog, AppendAndReadColumns) {
    DesignLog log(tiny());
    const AppId x = log.app_id("x");
    const AppId y = log.app_id("y");
    EXPECT_EQ(log.app_id("x"), x);
    const std::vector<ValueIndex> d1{0, 1}, d2{2, 0};
    log.append(d1, 5.0f, 1.5f, true, x);
    log.append(d2, 0.0f, 9.0f, false, y, log.reason_id("TOO_BIG"));
    ASSERT_EQ(log.rows(), 2u);
    EXPECT_EQ(log.design(1).index, d2);
    EXPECT_EQ(log.parameter(0)[1], 2);
    EXPECT_EQ(log.feasible()[0], 1);
    EXPECT_EQ(log.reason()[0], 0);
    EXPECT_EQ(log.reason_names()[log.reason()[1] - 1], "TOO_BIG");
    EXPECT_EQ(log.rows_of_app(y), (Selection{1}));
    EXPECT_EQ(log.feasible_rows(), (Selection{0}));
    EXPECT_EQ(log.feasible_rows(std::nullopt, 1.0), Selection{});
    EXPECT_NO_THROW(log.check_consistent());
    EXPECT_EQ(log.column_bytes(), 2 * 2 * sizeof(ValueIndex) + 2 * (4 + 4 + 1 + 2) + 2);
}

TEST(DesignLog, AppendLogRemapsApplicationsAndReasons) {
    DesignLog a(tiny()), b(tiny());
    const std::vector<ValueIndex> d{1, 1};
    a.append(d, 1, 1, true, a.app_id("first"));
    b.append(d, 2, 2, false, b.app_id("second"), b.reason_id("R"));
    b.append(d, 3, 3, true, b.app_id("first"));
    a.append(b);
    ASSERT_EQ(a.rows(), 3u);
    EXPECT_EQ(a.app_names(), (std::vector<std::string>{"first", "second"}));
    EXPECT_EQ(a.app()[1], 1);
    EXPECT_EQ(a.app()[2], 0);
    EXPECT_EQ(a.reason()[0], 0);
    EXPECT_EQ(a.reason_names()[a.reason()[1] - 1], "R");
    EXPECT_NO_THROW(a.check_consistent());
}

TEST(DesignLog, AppendRejectsOtherSpaceAndWrongWidth) {
    DesignLog a(tiny());
    DesignLog b(SearchSpace("other", {Parameter{"a", "", "", {}, {1, 2}}}));
    EXPECT_THROW(a.append(b), std::invalid_argument);
    const std::vector<ValueIndex> wrong{0};
    EXPECT_THROW(a.append(wrong, 1, 1, true, 0), std::invalid_argument);
}

TEST(DesignLog, MetricColumnsStayAligned) {
    DesignLog log(tiny());
    const std::vector<ValueIndex> d{0, 0};
    log.append(d, 1, 1, true, log.app_id("a"));
    log.add_metric("energy_mj", "mJ");  // added after a row: earlier rows get NaN
    const std::vector<float> m{4.5f};
    log.append(d, 2, 2, true, 0, 0, m);
    ASSERT_EQ(log.metrics()[0].values.size(), 2u);
    EXPECT_TRUE(std::isnan(log.metrics()[0].values[0]));
    EXPECT_FLOAT_EQ(log.metrics()[0].values[1], 4.5f);
}
