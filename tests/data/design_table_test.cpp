#include <gtest/gtest.h>

#include "data/design_table.h"
#include "space/space_json.h"
#include "test_support.h"

using namespace prime;
using namespace prime::test;

TEST(DesignTable, WriteReadRoundTripAndAliases) {
    TempDir dir;
    const SearchSpace space = builtin_edgetpu_space();
    Rng rng(4);
    std::vector<Design> designs;
    for (int i = 0; i < 20; ++i) designs.push_back(space.sample(rng));
    write_design_table(designs, space, dir / "d.csv");
    EXPECT_EQ(read_design_table(dir / "d.csv", space), designs);

    // PRIME's names, another column order and an extra column read the same.
    const auto p = write_file(dir / "alias.csv",
                              "note,param_10,param_9,param_8,param_7,param_6,param_5,param_4,param_3,param_2,param_1\n"
                              "x,20,8192,32768,8192,131072,2097152,4,64,4,4\n");
    const auto read = read_design_table(p, space);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(space.decode(read[0]), (std::vector<double>{4, 4, 64, 4, 2097152, 131072, 8192, 32768, 8192, 20}));
}

TEST(DesignTable, ErrorsNameFileAndLine) {
    TempDir dir;
    const SearchSpace space = builtin_edgetpu_space();
    auto message = [&](const std::string& text) {
        const auto p = write_file(dir / "bad.csv", text);
        return std::string(expect_input_error([&] { read_design_table(p, space); }).what());
    };
    const std::string header = "param_1,param_2,param_3,param_4,param_5,param_6,param_7,param_8,param_9,param_10\n";
    EXPECT_NE(message("param_1,param_2\n1,2\n").find("missing required column for parameter 'compute_lanes'"), std::string::npos);
    EXPECT_NE(message(header + "4,4,64,4,2097152,131072,8192,32768,8192\n").find("line 2: expected 10 fields"), std::string::npos);
    EXPECT_NE(message(header + "4,4,63,4,2097152,131072,8192,32768,8192,20\n").find("line 2: value '63' is not allowed for parameter 'compute_lanes'"),
              std::string::npos);
    EXPECT_NE(message(header + "4,4,abc,4,2097152,131072,8192,32768,8192,20\n").find("holds 'abc'"), std::string::npos);
    EXPECT_NE(message(header).find("no designs"), std::string::npos);
    EXPECT_NE(message("").find("empty"), std::string::npos);
}
