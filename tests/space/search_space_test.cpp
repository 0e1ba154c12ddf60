#include <gtest/gtest.h>

#include <set>

#include "space/search_space.h"
#include "space/space_json.h"

using namespace prime;

namespace {
SearchSpace small_space() {
    return SearchSpace("small", {Parameter{"a", "A", "", {"param_1"}, {1, 2, 4}},
                                 Parameter{"b", "B", "bytes", {}, {8, 16}},
                                 Parameter{"c", "C", "", {}, {5}}});
}
}  // namespace

TEST(SearchSpace, BuiltinEdgeTpuMatchesPrime) {
    const SearchSpace s = builtin_edgetpu_space();
    ASSERT_EQ(s.dimension(), 10u);
    const std::vector<std::size_t> sizes{10, 10, 7, 10, 7, 11, 7, 4, 5, 6};
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        EXPECT_EQ(s.parameter(i).size(), sizes[i]) << s.parameter(i).name;
        EXPECT_TRUE(s.parameter(i).answers_to("param_" + std::to_string(i + 1)));
    }
    EXPECT_EQ(static_cast<unsigned long long>(s.cardinality()), 452'760'000ull);
    EXPECT_DOUBLE_EQ(s.cardinality_double(), 452'760'000.0);
    EXPECT_EQ(s.one_hot_width(), 77u);
    EXPECT_EQ(s.parameter(0).display_name, "PEs in X");
    EXPECT_EQ(s.parameter(9).display_name, "DRAM bandwidth");
}

TEST(SearchSpace, EncodeDecodeRoundTrip) {
    const SearchSpace s = small_space();
    const std::vector<double> values{4, 8, 5};
    const Design d = s.encode(values);
    EXPECT_EQ(d.index, (std::vector<ValueIndex>{2, 0, 0}));
    EXPECT_EQ(s.decode(d), values);
    // float32 round trip of a power of two still matches.
    EXPECT_EQ(s.parameter(1).index_of(static_cast<float>(16.0)), std::optional<ValueIndex>(1));
}

TEST(SearchSpace, EncodeRejectsValueOutsideSpace) {
    const SearchSpace s = small_space();
    const std::vector<double> bad{3, 8, 5};
    try {
        s.encode(bad);
        FAIL() << "expected an exception";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("'a'"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find('3'), std::string::npos) << e.what();
    }
}

TEST(SearchSpace, OneHotLayout) {
    const SearchSpace s = small_space();
    ASSERT_EQ(s.one_hot_width(), 6u);
    std::vector<float> out(6, -1);
    s.one_hot(Design{{1, 1, 0}}, out.data());
    EXPECT_EQ(out, (std::vector<float>{0, 1, 0, 0, 1, 1}));
    EXPECT_EQ(s.one_hot_offset(2), 5u);
}

TEST(SearchSpace, SamplingCoversEveryValueAndIsDeterministic) {
    const SearchSpace s = builtin_edgetpu_space();
    Rng a(7), b(7);
    std::vector<std::set<ValueIndex>> seen(s.dimension());
    for (int i = 0; i < 2000; ++i) {
        const Design d = s.sample(a);
        ASSERT_EQ(d, s.sample(b));
        ASSERT_TRUE(s.contains(d));
        for (std::size_t p = 0; p < d.size(); ++p) seen[p].insert(d[p]);
    }
    for (std::size_t p = 0; p < s.dimension(); ++p) EXPECT_EQ(seen[p].size(), s.parameter(p).size());
}

TEST(SearchSpace, MutationAlwaysChangesAndStaysInside) {
    const SearchSpace s = builtin_edgetpu_space();
    Rng rng(3);
    const Design base = s.sample(rng);
    for (int i = 0; i < 500; ++i) {
        const Design m = s.mutate(base, rng, 0.0);  // rate 0 still changes one parameter
        EXPECT_TRUE(s.contains(m));
        int changed = 0;
        for (std::size_t p = 0; p < m.size(); ++p) changed += m[p] != base[p];
        EXPECT_EQ(changed, 1);
    }
}

TEST(SearchSpace, NeighboursDifferByOneStep) {
    const SearchSpace s = small_space();
    const auto n = s.neighbours(Design{{0, 1, 0}});
    // a: 0->1; b: 1->0; c has a single value.
    ASSERT_EQ(n.size(), 2u);
    EXPECT_EQ(n[0].index, (std::vector<ValueIndex>{1, 1, 0}));
    EXPECT_EQ(n[1].index, (std::vector<ValueIndex>{0, 0, 0}));
}

TEST(SearchSpace, CardinalityBeyond64Bits) {
    std::vector<Parameter> params;
    for (int i = 0; i < 30; ++i) {
        std::vector<double> v(10);
        for (int k = 0; k < 10; ++k) v[k] = k;
        params.push_back(Parameter{"p" + std::to_string(i), "", "", {}, v});
    }
    const SearchSpace s("big", params);  // 10^30 designs > 2^64
    const Count128 expected = [] {
        Count128 n = 1;
        for (int i = 0; i < 30; ++i) n *= 10;
        return n;
    }();
    EXPECT_TRUE(s.cardinality() == expected);
    EXPECT_NEAR(s.cardinality_double(), 1e30, 1e16);
}

TEST(SearchSpace, RejectsUnsortedOrDuplicateValues) {
    EXPECT_THROW(SearchSpace("x", {Parameter{"a", "", "", {}, {2, 1}}}), std::invalid_argument);
    EXPECT_THROW(SearchSpace("x", {Parameter{"a", "", "", {}, {1, 1}}}), std::invalid_argument);
    EXPECT_THROW(SearchSpace("x", {Parameter{"a", "", "", {}, {}}}), std::invalid_argument);
    EXPECT_THROW(SearchSpace("x", {Parameter{"a", "", "", {}, {1}}, Parameter{"A", "", "", {}, {1}}}), std::invalid_argument);
}

TEST(SearchSpace, InferSortsAndDeduplicates) {
    const SearchSpace s = infer_space("log", {"x"}, {{4, 1, 4, 2}});
    EXPECT_EQ(s.parameter(0).values, (std::vector<double>{1, 2, 4}));
}
