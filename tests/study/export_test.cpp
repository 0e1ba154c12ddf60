// Exported designs carry provenance and read back exactly (JSON), and the
// CSV is plain, with parameter names and raw values, its provenance beside it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "small_space.h"
#include "data/csv_log_reader.h"
#include "study/design_export.h"
#include "study/provenance.h"
#include "test_support.h"

using namespace prime;
using prime::test::tiny;
using prime::test::tiny_space;

namespace {
ExportedDesigns sample_export() {
    ExportedDesigns e;
    e.space = tiny_space();
    e.apps = {"x", "y"};
    Proposal a;
    a.design = tiny(2, 1);
    a.score = -1.25;
    a.predicted_latency_ms = 3.5;
    a.predicted_app_latency_ms = {3, 4};
    a.area_mm2 = 7.25;
    OracleResult v;
    v.feasible = true;
    v.latency_ms = {2.5, 4.5};
    v.app_feasible = {true, true};
    v.area_mm2 = 7.25;
    v.power_w = 1.5;
    a.verified = v;
    Proposal b;  // not verified
    b.design = tiny(0, 0);
    b.score = -2;
    b.predicted_latency_ms = 5;
    b.predicted_app_latency_ms = {5, 5};
    b.area_mm2 = 1;
    Proposal c = a;  // verified infeasible on y
    c.design = tiny(1, 0);
    c.verified->feasible = false;
    c.verified->reason = "y: PE_MEM_ACTIVATIONS";
    c.verified->latency_ms = {2.5, NAN};
    c.verified->app_feasible = {true, false};
    c.verified->power_w = NAN;
    e.proposals = {a, b, c};
    e.provenance.log_files = {"log.csv"};
    e.provenance.log_hash = "0123456789abcdef";
    e.provenance.model_hash = "fedcba9876543210";
    e.provenance.settings = {{"optimizer", "evolution"}, {"k", 3}};
    e.provenance.seed = 42;
    e.provenance.oracle = "builtin simulator";
    e.provenance.created_utc = now_utc();
    return e;
}
}  // namespace

TEST(Export, JsonRoundTripsWithProvenance) {
    test::TempDir dir;
    const ExportedDesigns e = sample_export();
    write_designs_json(e, dir / "designs.json");
    const ExportedDesigns back = read_designs_json(dir / "designs.json");
    EXPECT_TRUE(back.space == e.space);
    EXPECT_EQ(back.apps, e.apps);
    ASSERT_EQ(back.proposals.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const Proposal &p = e.proposals[i], &q = back.proposals[i];
        EXPECT_EQ(q.design, p.design);
        EXPECT_DOUBLE_EQ(q.score, p.score);
        EXPECT_DOUBLE_EQ(q.predicted_latency_ms, p.predicted_latency_ms);
        EXPECT_EQ(q.predicted_app_latency_ms, p.predicted_app_latency_ms);
        EXPECT_DOUBLE_EQ(q.area_mm2, p.area_mm2);
        ASSERT_EQ(q.verified.has_value(), p.verified.has_value());
        if (!p.verified) continue;
        EXPECT_EQ(q.verified->feasible, p.verified->feasible);
        EXPECT_EQ(q.verified->reason, p.verified->reason);
        EXPECT_EQ(q.verified->app_feasible, p.verified->app_feasible);
        for (std::size_t a = 0; a < 2; ++a)
            if (p.verified->app_feasible[a]) {
                EXPECT_DOUBLE_EQ(q.verified->latency_ms[a], p.verified->latency_ms[a]);
            } else {
                EXPECT_TRUE(std::isnan(q.verified->latency_ms[a]));
            }
        EXPECT_EQ(std::isnan(q.verified->power_w), std::isnan(p.verified->power_w));
    }
    EXPECT_EQ(back.provenance.log_hash, e.provenance.log_hash);
    EXPECT_EQ(back.provenance.model_hash, e.provenance.model_hash);
    EXPECT_EQ(back.provenance.seed, 42u);
    EXPECT_EQ(back.provenance.settings, e.provenance.settings);
    EXPECT_EQ(back.provenance.version, std::string(PRIME_VERSION));
    EXPECT_EQ(back.provenance.created_utc, e.provenance.created_utc);
    // Raw values, not indices, are what a person (and the file) sees.
    const auto j = nlohmann::json::parse(test::read_bytes(dir / "designs.json"));
    EXPECT_DOUBLE_EQ(j["designs"][0]["parameters"]["a"].get<double>(), 3);
    EXPECT_DOUBLE_EQ(j["designs"][0]["parameters"]["b"].get<double>(), 20);
}

TEST(Export, CsvIsPlainWithOneRowPerDesignAndApplicationAndAProvenanceSidecar) {
    test::TempDir dir;
    write_designs_csv(sample_export(), dir / "designs.csv");
    const std::string csv = test::read_bytes(dir / "designs.csv");
    EXPECT_EQ(csv.find('#'), std::string::npos) << "no comment lines: plain CSV readers must read it";
    EXPECT_EQ(csv.rfind("rank,a,b,app,latency_ms,area_mm2,feasible,reason,predicted_latency_ms,predicted_area_mm2,score,"
                        "power_w\n",
                        0),
              0u)
        << csv;
    EXPECT_NE(csv.find("\n1,3,20,x,2.5,7.25,1,,3,7.25,-1.25,1.5\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\n1,3,20,y,4.5,7.25,1,,4,7.25,-1.25,1.5\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\n2,1,10,x,,1,,,5,1,-2,\n"), std::string::npos) << "unverified: latency and feasibility unknown\n" << csv;
    // The row of application y carries y's own reason (the "y: " of the design-level reason is the row's app column).
    EXPECT_NE(csv.find("\n3,2,10,y,,7.25,0,PE_MEM_ACTIVATIONS,4,7.25,-1.25,\n"), std::string::npos) << csv;
    // Every data row has as many fields as the header (no field holds a comma here).
    std::size_t header_fields = 0, line_no = 0;
    std::istringstream in(csv);
    for (std::string line; std::getline(in, line);) {
        const std::size_t fields = std::count(line.begin(), line.end(), ',') + 1;
        if (line_no++ == 0) header_fields = fields;
        else EXPECT_EQ(fields, header_fields) << line;
    }
    EXPECT_EQ(line_no, 7u);  // header + 3 designs x 2 applications
    const auto side = nlohmann::json::parse(test::read_bytes(dir / "designs.provenance.json"));
    EXPECT_EQ(side["csv"], "designs.csv");
    EXPECT_EQ(side["provenance"]["log_hash"], "0123456789abcdef");
    EXPECT_EQ(side["provenance"]["seed"], 42);
}

TEST(Export, AVerifiedCsvOpensAsADesignLog) {
    test::TempDir dir;
    ExportedDesigns e = sample_export();
    e.proposals.erase(e.proposals.begin() + 1);  // keep the two verified designs
    write_designs_csv(e, dir / "designs.csv");
    const DesignLog log = read_csv_log(dir / "designs.csv");
    ASSERT_EQ(log.rows(), 4u);  // 2 designs x 2 applications
    EXPECT_EQ(log.app_names(), (std::vector<std::string>{"x", "y"}));
    EXPECT_EQ(log.space().dimension(), 2u) << "rank and the predicted columns are not parameters";
    std::size_t feasible = 0;
    for (auto f : log.feasible()) feasible += f;
    EXPECT_EQ(feasible, 3u);  // design 3 does not run y
    EXPECT_FLOAT_EQ(log.latency_ms()[0], 2.5f);
    EXPECT_FLOAT_EQ(log.area_mm2()[0], 7.25f);
    bool has_predicted = false;
    for (const auto& m : log.metrics()) has_predicted |= m.name == "predicted_latency_ms";
    EXPECT_TRUE(has_predicted);
}

TEST(Export, BadFilesNameTheProblem) {
    test::TempDir dir;
    test::write_file(dir / "x.json", "{\"format\": \"something-else\"}");
    EXPECT_THROW(read_designs_json(dir / "x.json"), InputError);
    test::write_file(dir / "y.json", "{not json");
    EXPECT_THROW(read_designs_json(dir / "y.json"), InputError);
    auto j = designs_to_json(sample_export());
    j["designs"][0]["parameters"]["a"] = 99;  // not an allowed value
    test::write_file(dir / "z.json", j.dump());
    EXPECT_THROW(read_designs_json(dir / "z.json"), InputError);
}

TEST(Provenance, HashesFollowContent) {
    test::TempDir dir;
    test::write_file(dir / "a", "hello");
    test::write_file(dir / "b", "hello");
    test::write_file(dir / "c", "hellp");
    EXPECT_EQ(hash_path(dir / "a"), hash_path(dir / "b"));
    EXPECT_NE(hash_path(dir / "a"), hash_path(dir / "c"));
    EXPECT_EQ(hash_path(dir / "a").size(), 16u);
    std::filesystem::create_directories(dir / "model");
    test::write_file(dir / "model" / "w", "1");
    const std::string h1 = hash_path(dir / "model");
    test::write_file(dir / "model" / "w", "2");
    EXPECT_NE(hash_path(dir / "model"), h1);
    EXPECT_THROW(hash_path(dir / "missing"), InputError);
}
