#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "space/space_json.h"
#include "util/errors.h"

using namespace prime;
namespace fs = std::filesystem;

namespace {
fs::path temp_file(const std::string& name, const std::string& text) {
    const fs::path p = fs::temp_directory_path() / ("prime_space_test_" + name);
    std::ofstream(p) << text;
    return p;
}
}  // namespace

TEST(SpaceJson, SaveLoadRoundTrip) {
    const SearchSpace s = builtin_edgetpu_space();
    const fs::path p = fs::temp_directory_path() / "prime_space_roundtrip.json";
    save_space(s, p);
    const SearchSpace back = load_space(p);
    EXPECT_TRUE(back == s);
    EXPECT_EQ(back.fingerprint(), s.fingerprint());
    EXPECT_EQ(back.parameter(4).unit, "bytes");
    EXPECT_EQ(back.parameter(4).aliases, (std::vector<std::string>{"param_5"}));
}

TEST(SpaceJson, FingerprintChangesWithValues) {
    SearchSpace a("a", {Parameter{"x", "", "", {}, {1, 2}}});
    SearchSpace b("a", {Parameter{"x", "", "", {}, {1, 3}}});
    EXPECT_NE(a.fingerprint(), b.fingerprint());
}

TEST(SpaceJson, SyntaxErrorNamesTheLine) {
    const auto p = temp_file("syntax.json", "{\n  \"parameters\": [\n    {\"name\": \"a\", \"values\": [1, 2,]}\n  ]\n}\n");
    try {
        load_space(p);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), p.string());
        EXPECT_EQ(e.position(), 3u) << e.what();
    }
}

TEST(SpaceJson, StructuralErrorsAreExplained) {
    auto message = [](const std::string& text) {
        try {
            space_from_json(nlohmann::json::parse(text), "spec.json");
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(message(R"({"parameters": []})").find("non-empty \"parameters\""), std::string::npos);
    EXPECT_NE(message(R"({"parameters": [{"name": "a", "values": [1, "x"]}]})").find("not a number"), std::string::npos);
    EXPECT_NE(message(R"({"parameters": [{"name": "a", "values": [2, 1]}]})").find("strictly increasing"), std::string::npos);
    EXPECT_NE(message(R"({"format": "other", "parameters": [{"name": "a", "values": [1]}]})").find("prime-space"), std::string::npos);
    EXPECT_NE(message(R"({"version": 99, "parameters": [{"name": "a", "values": [1]}]})").find("version"), std::string::npos);
    EXPECT_EQ(message(R"({"parameters": [{"name": "a", "values": [1, 2]}]})"), "no error");
}
