#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "data/csv_log_reader.h"
#include "data/csv_log_writer.h"
#include "space/space_json.h"
#include "test_support.h"

using namespace prime;
using namespace prime::test;

namespace {
const char* kHeader = "param_1,param_2,param_3,param_4,param_5,param_6,param_7,param_8,param_9,param_10,runtime,area,infeasible\n";
const char* kRow = "4,8,64,2,1048576,65536,1024,16384,8192,20,";

std::string message_for(const std::string& body, const std::string& name = "bad.csv", ReadOptions options = {}) {
    TempDir dir;
    const auto p = write_file(dir / name, body);
    const auto e = expect_input_error([&] { read_csv_log(p, options); });
    EXPECT_EQ(e.file(), p.string());
    return e.what();
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
}  // namespace

TEST(CsvLog, ReadsPrimeSampleFromIndependentWriter) {
    const DesignLog log = read_csv_log(fixture("prime-sample.csv"));
    ASSERT_EQ(log.rows(), 200u);
    EXPECT_EQ(log.space().name(), "prime-edgetpu");  // PRIME names adopt the built-in space
    EXPECT_EQ(log.app_names(), (std::vector<std::string>{"prime-sample"}));
    std::size_t feasible = 0;
    for (auto f : log.feasible()) feasible += f;
    EXPECT_EQ(feasible, 55u);
    // First data row: 32,8,128,10,16777216,4194304,4096,8192,16384,10,0.0,270.766,1
    EXPECT_EQ(log.space().decode(log.design(0)),
              (std::vector<double>{32, 8, 128, 10, 16777216, 4194304, 4096, 8192, 16384, 10}));
    EXPECT_FLOAT_EQ(log.area_mm2()[0], 270.766f);
    EXPECT_EQ(log.feasible()[0], 0);
}

TEST(CsvLog, RoundTripKeepsEverything) {
    TempDir dir;
    const auto src = write_file(dir / "in.csv",
                                "x,y,latency_ms,area_mm2,feasible,app,reason,energy_mj\n"
                                "1,0.5,12.5,3,1,\"net, v2\",,0.25\n"
                                "2,0.25,,4,0,other,TOO_BIG,\n"
                                "1,0.25,7,2,true,other,,1\n");
    const DesignLog a = read_csv_log(src);
    ASSERT_EQ(a.rows(), 3u);
    EXPECT_EQ(a.space().dimension(), 2u);
    EXPECT_EQ(a.space().parameter(1).values, (std::vector<double>{0.25, 0.5}));  // inferred and sorted
    EXPECT_EQ(a.app_names(), (std::vector<std::string>{"net, v2", "other"}));
    EXPECT_TRUE(std::isnan(a.latency_ms()[1]));  // empty on an infeasible row: kept as "unknown"
    ASSERT_EQ(a.metrics().size(), 1u);
    EXPECT_EQ(a.metrics()[0].unit, "mJ");

    write_csv_log(a, dir / "out.csv");
    const DesignLog b = read_csv_log(dir / "out.csv");
    ASSERT_EQ(b.rows(), a.rows());
    EXPECT_TRUE(b.space() == a.space());
    EXPECT_EQ(b.app_names(), a.app_names());
    EXPECT_EQ(b.reason_names(), a.reason_names());
    for (std::size_t r = 0; r < a.rows(); ++r) {
        EXPECT_EQ(b.design(static_cast<RowIndex>(r)), a.design(static_cast<RowIndex>(r)));
        EXPECT_EQ(b.feasible()[r], a.feasible()[r]);
        EXPECT_EQ(b.app()[r], a.app()[r]);
        EXPECT_EQ(b.reason()[r], a.reason()[r]);
        EXPECT_TRUE(b.latency_ms()[r] == a.latency_ms()[r] || (std::isnan(b.latency_ms()[r]) && std::isnan(a.latency_ms()[r])));
        EXPECT_EQ(b.area_mm2()[r], a.area_mm2()[r]);
    }
}

TEST(CsvLog, ExplicitMappingOverridesDetection) {
    TempDir dir;
    const auto p = write_file(dir / "m.csv", "pe,t,chip,ok,notes\n1,5,2,1,x\n2,6,3,0,y\n");
    ReadOptions o;
    o.roles = {{"t", ColumnRole::Latency}, {"chip", ColumnRole::Area}, {"ok", ColumnRole::Feasible}, {"notes", ColumnRole::Ignore}};
    const DesignLog log = read_csv_log(p, o);
    EXPECT_EQ(log.space().dimension(), 1u);
    EXPECT_FLOAT_EQ(log.latency_ms()[1], 6);
    EXPECT_EQ(log.feasible()[1], 0);
}

TEST(CsvLog, GivenSpaceChecksValues) {
    ReadOptions o;
    o.space = builtin_edgetpu_space();
    const auto m = message_for(std::string(kHeader) + kRow + "1.0,5.0,0\n" + "3,8,64,2,1048576,65536,1024,16384,8192,20,1.0,5.0,0\n", "v.csv", o);
    EXPECT_TRUE(contains(m, ": line 3:")) << m;
    EXPECT_TRUE(contains(m, "not allowed for parameter 'pes_x'")) << m;
}

// Parameter fields are remembered by their text once parsed: differently
// written copies of one value ("4", " 4", "4.0", "04") are one value, and a
// value the space does not allow is still refused after thousands of rows
// whose text was remembered.
TEST(CsvLog, RememberedFieldTextsKeepValuesAndChecks) {
    std::string body = kHeader;
    const char* spellings[] = {"4", " 4", "4.0", "04", "4 "};
    for (int i = 0; i < 5000; ++i) body += std::string(spellings[i % 5]) + (kRow + 1) + "1.0,5.0,0\n";
    TempDir dir;
    const DesignLog log = read_csv_log(write_file(dir / "same.csv", body));
    ASSERT_EQ(log.rows(), 5000u);
    for (std::size_t r = 0; r < log.rows(); ++r) ASSERT_EQ(log.space().parameter(0).values[log.parameter(0)[r]], 4.0) << r;
    ReadOptions o;
    o.space = builtin_edgetpu_space();
    const auto m = message_for(body + "3" + (kRow + 1) + "1.0,5.0,0\n", "v.csv", o);
    EXPECT_TRUE(contains(m, ": line 5002:")) << m;
    EXPECT_TRUE(contains(m, "not allowed for parameter 'pes_x'")) << m;
}

TEST(CsvLog, RaggedRow) {
    const auto m = message_for(std::string(kHeader) + kRow + "1.0,5.0\n");
    EXPECT_TRUE(contains(m, "line 2: expected 13 fields")) << m;
    EXPECT_TRUE(contains(m, "found 12")) << m;
}

TEST(CsvLog, NonNumericCell) {
    const auto m = message_for(std::string(kHeader) + kRow + "fast,5.0,0\n");
    EXPECT_TRUE(contains(m, "line 2: column 'runtime' holds 'fast'; expected a number")) << m;
}

TEST(CsvLog, NanAndInfinityAreRejected) {
    EXPECT_TRUE(contains(message_for(std::string(kHeader) + kRow + "nan,5.0,0\n"), "expected a finite number"));
    EXPECT_TRUE(contains(message_for(std::string(kHeader) + kRow + "1.0,inf,0\n"), "column 'area' holds 'inf'"));
    EXPECT_TRUE(contains(message_for(std::string(kHeader) + kRow + "1e999,5.0,0\n"), "finite"));
}

TEST(CsvLog, EmptyCellOnFeasibleRow) {
    const auto m = message_for(std::string(kHeader) + kRow + ",5.0,0\n");
    EXPECT_TRUE(contains(m, "column 'runtime' is empty (or NaN) on a feasible design")) << m;
}

TEST(CsvLog, MissingRequiredColumns) {
    EXPECT_TRUE(contains(message_for("param_1,area,infeasible\n1,2,0\n"), "missing required column 'runtime'"));
    EXPECT_TRUE(contains(message_for("param_1,runtime,infeasible\n1,2,0\n"), "missing required column 'area'"));
    EXPECT_TRUE(contains(message_for("param_1,runtime,area\n1,2,0\n"), "missing required column 'infeasible'"));
    ReadOptions o;
    o.space = builtin_edgetpu_space();
    EXPECT_TRUE(contains(message_for("param_1,runtime,area,infeasible\n1,2,3,0\n", "s.csv", o),
                         "missing required column for parameter 'pes_y'"));
}

TEST(CsvLog, EmptyFileAndHeaderOnly) {
    EXPECT_TRUE(contains(message_for(""), "the file is empty"));
    EXPECT_TRUE(contains(message_for(kHeader), "no data rows"));
}

TEST(CsvLog, WrongEncoding) {
    EXPECT_TRUE(contains(message_for(std::string("\xfe\xff\0p", 4)), "UTF-16"));
    EXPECT_TRUE(contains(message_for("param_1,runtime,area,infeasible,app\n1,2,3,0,\xc3\x28\n"), "not valid UTF-8"));
}

TEST(CsvLog, BadFlag) {
    const auto m = message_for("param_1,runtime,area,feasible\n1,2,3,maybe\n");
    EXPECT_TRUE(contains(m, "line 2: column 'feasible' holds 'maybe'; expected 1/0, true/false or a trial status")) << m;
    EXPECT_TRUE(contains(message_for("param_1,runtime,area,infeasible\n1,2,3,0.5\n"), "expected an integer"));
}

TEST(CsvLog, AmbiguousColumns) {
    EXPECT_TRUE(contains(message_for("param_1,runtime,latency,area,infeasible\n1,2,2,3,0\n"), "both look like the latency column"));
    EXPECT_TRUE(contains(message_for("param_1,runtime,area,infeasible,feasible\n1,2,3,0,1\n"), "both a 'feasible' and an 'infeasible'"));
}

TEST(CsvLog, CancelThrowsAndKeepsNothing) {
    TempDir dir;
    std::string text = kHeader;
    for (int i = 0; i < 40000; ++i) text += std::string(kRow) + "1.5,5.0,0\n";
    const auto p = write_file(dir / "big.csv", text);
    ReadOptions o;
    JobControl job;
    int calls = 0;
    job.set_units_sink([&](std::uint64_t, std::uint64_t) {
        if (++calls == 2) job.cancel();  // the user presses Cancel after the second report
    }, 0.0);
    o.job = &job;
    EXPECT_THROW(read_csv_log(p, o), Cancelled);
    EXPECT_EQ(calls, 2);
}

TEST(CsvLog, ProgressReachesTheEnd) {
    ReadOptions o;
    JobControl job;
    std::uint64_t last_done = 0, last_total = 1;
    job.set_units_sink([&](std::uint64_t d, std::uint64_t t) { last_done = d, last_total = t; });
    o.job = &job;
    read_csv_log(fixture("prime-sample.csv"), o);
    EXPECT_EQ(last_done, last_total);
    EXPECT_GT(last_total, 0u);
}

TEST(CsvLog, ParallelChunksGiveTheSameLogAsOneThread) {
    TempDir dir;
    std::string text = "x,y,latency,area,feasible,app,reason\n";
    for (int i = 0; i < 3000; ++i) {
        text += std::to_string(i % 7) + "," + std::to_string((i * 13) % 5) + "," + std::to_string(i) + ".5," + std::to_string(i % 11) +
                (i % 3 ? ",1," : ",0,") + (i < 1500 ? "alpha" : (i % 2 ? "beta" : "gamma")) + "," + (i % 3 ? "" : (i % 2 ? "R1" : "R2")) + "\n";
        if (i % 500 == 0) text += "\n";  // blank lines leave gaps the merge must close
    }
    const auto p = write_file(dir / "par.csv", text);
    ReadOptions one, four;
    one.threads = 1;
    four.threads = 4;
    const DesignLog a = read_csv_log(p, one);
    const DesignLog b = read_csv_log(p, four);
    ASSERT_EQ(a.rows(), 3000u);
    ASSERT_EQ(b.rows(), a.rows());
    EXPECT_TRUE(a.space() == b.space());
    EXPECT_EQ(a.app_names(), b.app_names());
    EXPECT_EQ(a.reason_names(), b.reason_names());
    for (RowIndex r = 0; r < a.rows(); ++r) {
        ASSERT_EQ(a.design(r), b.design(r)) << r;
        ASSERT_EQ(a.latency_ms()[r], b.latency_ms()[r]) << r;
        ASSERT_EQ(a.app()[r], b.app()[r]) << r;
        ASSERT_EQ(a.reason()[r], b.reason()[r]) << r;
    }
    EXPECT_FLOAT_EQ(b.latency_ms()[2999], 2999.5f);
}

TEST(CsvLog, ParallelReadReportsTheEarliestBadLine) {
    TempDir dir;
    std::string text = kHeader;
    for (int i = 0; i < 2000; ++i) text += std::string(kRow) + (i == 1500 || i == 1900 ? "oops" : "1.5") + ",5.0,0\n";
    ReadOptions o;
    o.threads = 2;
    const auto e = expect_input_error([&] { read_csv_log(write_file(dir / "bad.csv", text), o); });
    EXPECT_EQ(e.position(), 1502u) << e.what();  // header is line 1, row i is line i + 2
}

namespace {
// 3,000 rows whose reason fields are quoted and hold delimiters, "" escapes
// and newlines, so a split at a plain newline would land inside a record.
std::string quoted_log_text() {
    std::string text = "x,y,latency,area,feasible,app,reason\n";
    for (int i = 0; i < 3000; ++i) {
        const bool feasible = i % 3 != 0;
        std::string reason = feasible ? "" : "\"too big,\nsays \"\"sim\"\"\n(" + std::to_string(i % 4) + ")\"";
        text += std::to_string(i % 7) + "," + std::to_string((i * 13) % 5) + "," + std::to_string(i) + ".25," +
                std::to_string(1 + i % 11) + (feasible ? ",1," : ",0,") + (i % 2 ? "\"a,b\"" : "plain") + "," + reason + "\n";
    }
    return text;
}
}  // namespace

TEST(CsvLog, SplitsOfAQuotedFileFallOnRecordStarts) {
    TempDir dir;
    const std::string text = quoted_log_text();
    const auto p = write_file(dir / "quoted.csv", text);
    const std::uint64_t data_begin = text.find('\n') + 1;
    const CsvSplits s = split_csv_records(p, data_begin, text.size(), 4);
    ASSERT_EQ(s.splits.size(), 3u);  // every share of the file has a record start
    EXPECT_EQ(s.newlines, static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n')) - 1);
    for (const auto& [at, newlines_before] : s.splits) {
        // A record start: an even number of quotes before it, right after a newline.
        EXPECT_EQ(text[at - 1], '\n');
        EXPECT_EQ(std::count(text.begin() + static_cast<std::ptrdiff_t>(data_begin), text.begin() + static_cast<std::ptrdiff_t>(at), '"') % 2, 0)
            << "split at byte " << at << " is inside a quoted field";
        EXPECT_EQ(newlines_before, static_cast<std::uint64_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(data_begin),
                                                                          text.begin() + static_cast<std::ptrdiff_t>(at), '\n')));
    }
}

TEST(CsvLog, AQuotedFileReadsOnSeveralThreadsAsOnOne) {
    TempDir dir;
    const auto p = write_file(dir / "quoted.csv", quoted_log_text());
    ReadOptions one;
    one.threads = 1;
    const DesignLog a = read_csv_log(p, one);
    ASSERT_EQ(a.rows(), 3000u);
    const auto& reasons = a.reason_names();
    EXPECT_NE(std::find(reasons.begin(), reasons.end(), "too big,\nsays \"sim\"\n(0)"), reasons.end());
    for (unsigned threads : {2u, 3u, 4u}) {
        ReadOptions o;
        o.threads = threads;
        const DesignLog b = read_csv_log(p, o);
        ASSERT_EQ(b.rows(), a.rows()) << threads;
        EXPECT_EQ(a.app_names(), b.app_names());
        EXPECT_EQ(a.reason_names(), b.reason_names());
        for (RowIndex r = 0; r < a.rows(); ++r) {
            ASSERT_EQ(a.design(r), b.design(r)) << r;
            ASSERT_EQ(a.latency_ms()[r], b.latency_ms()[r]) << r;  // the same parse of the same bytes: bit-identical
            ASSERT_EQ(a.app()[r], b.app()[r]) << r;
            ASSERT_EQ(a.reason()[r], b.reason()[r]) << r;
        }
    }
}

TEST(CsvLog, AQuotedFileReportsTheEarliestBadLineOnSeveralThreads) {
    TempDir dir;
    std::string text = quoted_log_text();
    // A stray quote in an unquoted field near the end, and an earlier bad number.
    const auto late = text.rfind("plain");
    text.replace(late, 5, "pl\"in");
    const auto early = text.find(",1500.25,");
    ASSERT_NE(early, std::string::npos);
    text.replace(early + 1, 7, "oops.25");
    const auto p = write_file(dir / "bad.csv", text);
    ReadOptions one, four;
    one.threads = 1;
    four.threads = 4;
    const auto e1 = expect_input_error([&] { read_csv_log(p, one); });
    const auto e4 = expect_input_error([&] { read_csv_log(p, four); });
    EXPECT_EQ(e4.position(), e1.position()) << e4.what();
    EXPECT_STREQ(e4.what(), e1.what());
}
