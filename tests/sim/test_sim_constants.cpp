// Simulator constants: JSON round trip, partial files, and clear errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "sim/sim_constants.h"
#include "util/errors.h"

using namespace prime;
using nlohmann::json;

TEST(SimConstants, JsonRoundTripKeepsEveryValue) {
    SimConstants c;
    c.clock_ghz = 0.75;
    c.channel_chunk = 16;
    c.activation_buffering = 2;
    c.residency = ResidencyPolicy::strict;
    c.core_model = CoreModel::systolic_os;
    c.split_reduction = false;
    c.cost_hswish = 7.5;
    c.area_scale = 1.27;
    c.sram_pj_per_byte = {{1024, 0.1}, {1 << 20, 2.0}};
    const SimConstants back = constants_from_json(constants_to_json(c));
    EXPECT_EQ(constants_to_json(back), constants_to_json(c));
    EXPECT_EQ(back.residency, ResidencyPolicy::strict);
    EXPECT_EQ(back.core_model, CoreModel::systolic_os);
    EXPECT_EQ(back.channel_chunk, 16);
    EXPECT_FALSE(back.split_reduction);
    EXPECT_DOUBLE_EQ(back.cost_hswish, 7.5);
    EXPECT_EQ(back.sram_pj_per_byte.size(), 2u);
}

TEST(SimConstants, EveryScalarConstantIsDocumentedAndSerialised) {
    const json j = constants_to_json(SimConstants{});
    for (const auto& info : constant_descriptions()) {
        EXPECT_TRUE(j.contains(std::string(info.name))) << info.name;
        EXPECT_FALSE(info.description.empty()) << info.name;
    }
    EXPECT_EQ(j.size(), constant_descriptions().size() + 2);  // + format, version
}

TEST(SimConstants, PartialFilesKeepDefaults) {
    const SimConstants c = constants_from_json(json{{"layer_overhead_cycles", 512}, {"residency", "strict"}});
    EXPECT_DOUBLE_EQ(c.layer_overhead_cycles, 512);
    EXPECT_EQ(c.residency, ResidencyPolicy::strict);
    EXPECT_DOUBLE_EQ(c.clock_ghz, SimConstants{}.clock_ghz);
}

TEST(SimConstants, RejectsUnknownNamesAndBadValues) {
    EXPECT_THROW(constants_from_json(json{{"clock_ghzz", 1.0}}, "c.json"), InputError);
    EXPECT_THROW(constants_from_json(json{{"clock_ghz", "fast"}}), InputError);
    EXPECT_THROW(constants_from_json(json{{"clock_ghz", -1}}), InputError);
    EXPECT_THROW(constants_from_json(json{{"channel_chunk", 2.5}}), InputError);
    EXPECT_THROW(constants_from_json(json{{"residency", "sometimes"}}), InputError);
    EXPECT_THROW(constants_from_json(json{{"sram_pj_per_byte", {{2048, 1.0}, {1024, 0.5}}}}), InputError);
    EXPECT_THROW(constants_from_json(json{{"format", "prime-space"}}), InputError);
    try {
        constants_from_json(json{{"clock_ghzz", 1.0}}, "c.json");
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "c.json");
        EXPECT_NE(e.detail().find("clock_ghzz"), std::string::npos);
    }
}

TEST(SimConstants, SaveAndLoadFile) {
    const auto path = std::filesystem::temp_directory_path() / "prime_sim_constants_test.json";
    SimConstants c;
    c.instructions_per_layer = 40;
    save_constants(c, path);
    EXPECT_DOUBLE_EQ(load_constants(path).instructions_per_layer, 40);
    std::filesystem::remove(path);
    EXPECT_THROW(load_constants(path), InputError);
}
