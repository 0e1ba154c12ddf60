// CommandOracle: the documented protocol with small scripts, in both file
// ({in}/{out}) and stdin/stdout mode, and clean failures on bad replies,
// failing commands and timeouts.
#include <gtest/gtest.h>

#include <cmath>

#include "small_space.h"
#include "study/command_oracle.h"
#include "test_support.h"

using namespace prime;
using prime::test::tiny;
using prime::test::tiny_space;

namespace {

// latency = a * b (raw values), area = a; feasible unless a == 3. It reads the
// request with awk so the test needs nothing but a POSIX shell.
const char* kSimulator = R"(#!/bin/sh
awk -F, 'NR == 1 { print "id,app,latency_ms,area_mm2,feasible,reason"; next }
         { feasible = ($3 == 3) ? 0 : 1
           printf "%s,%s,%g,%g,%d,%s\n", $1, $2, $3 * $4, $3, feasible, feasible ? "" : "TOO_BIG" }' "$@"
)";

std::string make_script(const test::TempDir& dir, const std::string& name, const std::string& body) {
    const auto path = dir / name;
    test::write_file(path, body);
    std::filesystem::permissions(path, std::filesystem::perms::owner_all);
    return path.string();
}

CommandOracleOptions options(const std::string& command, const test::TempDir& dir, double timeout = 30) {
    CommandOracleOptions o;
    o.command = command;
    o.timeout_seconds = timeout;
    o.work_dir = dir.path();
    return o;
}

}  // namespace

TEST(CommandOracle, RequestCsvHasIdAppAndRawValues) {
    EXPECT_EQ(command_request_csv(tiny_space(), {tiny(0, 1), tiny(2, 0)}, {"x"}), "id,app,a,b\n0,x,1,20\n1,x,3,10\n");
}

TEST(CommandOracle, FileModeWithPlaceholders) {
    test::TempDir dir;
    const std::string sim = make_script(dir, "sim.sh", kSimulator);
    CommandOracle oracle(tiny_space(), options(sim + " {in} > {out}", dir));
    const auto r = oracle.evaluate({tiny(0, 0), tiny(1, 1), tiny(2, 1)}, {"x"});
    ASSERT_EQ(r.size(), 3u);
    EXPECT_TRUE(r[0].feasible);
    EXPECT_DOUBLE_EQ(r[0].latency_ms[0], 10);
    EXPECT_DOUBLE_EQ(r[0].area_mm2, 1);
    EXPECT_DOUBLE_EQ(r[1].latency_ms[0], 40);
    EXPECT_FALSE(r[2].feasible);
    EXPECT_EQ(r[2].reason, "x: TOO_BIG");
    EXPECT_TRUE(std::isnan(r[2].latency_ms[0]));
    EXPECT_EQ(oracle.calls(), 3u);
    // Successful batches leave no files behind.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(CommandOracle, StdinStdoutModeAndSeveralApplications) {
    test::TempDir dir;
    const std::string sim = make_script(dir, "sim.sh", kSimulator);
    CommandOracle oracle(tiny_space(), options(sim, dir));  // no placeholders: stdin -> stdout
    const auto r = oracle.evaluate({tiny(0, 1), tiny(1, 0)}, {"x", "y"});
    ASSERT_EQ(r.size(), 2u);
    ASSERT_EQ(r[0].latency_ms.size(), 2u);
    EXPECT_DOUBLE_EQ(r[0].latency_ms[1], 20);
    EXPECT_DOUBLE_EQ(r[1].latency_ms[0], 20);
    EXPECT_TRUE(r[1].feasible);
    EXPECT_EQ(oracle.calls(), 4u);
}

TEST(CommandOracle, ParsesPrimeStyleRepliesInAnyOrder) {
    const auto r = parse_command_reply("# comment\nID,Runtime,Area,Infeasible\n1,5.5,2,0\n0,0,3,1\n", "reply.csv", 2, {""});
    EXPECT_FALSE(r[0].feasible);
    EXPECT_TRUE(r[1].feasible);
    EXPECT_DOUBLE_EQ(r[1].latency_ms[0], 5.5);
    EXPECT_DOUBLE_EQ(r[0].area_mm2, 3);
    EXPECT_EQ(r[0].reason, "INFEASIBLE");
}

TEST(CommandOracle, MalformedRepliesNameFileLineAndExpectation) {
    auto error = [](const std::string& text, std::size_t designs = 2, std::vector<std::string> apps = {"x"}) -> InputError {
        try {
            parse_command_reply(text, "reply.csv", designs, apps);
        } catch (const InputError& e) {
            return e;
        }
        ADD_FAILURE() << "no error for:\n" << text;
        return InputError("", "line", 0, "");
    };
    InputError e = error("id,feasible\n0,1\n1,1\n");
    EXPECT_EQ(e.file(), "reply.csv");
    EXPECT_EQ(e.position(), 1u);
    EXPECT_NE(e.detail().find("latency_ms"), std::string::npos);

    e = error("id,latency_ms,feasible\n0,12,1\n1,fast,1\n");
    EXPECT_EQ(e.position(), 3u);
    EXPECT_NE(e.detail().find("positive latency_ms"), std::string::npos);
    EXPECT_NE(e.detail().find("fast"), std::string::npos);

    e = error("id,latency_ms,feasible\n0,12,maybe\n1,1,1\n");
    EXPECT_EQ(e.position(), 2u);
    EXPECT_NE(e.detail().find("feasible"), std::string::npos);

    e = error("id,latency_ms,feasible\n0,12,1\n7,1,1\n");
    EXPECT_EQ(e.position(), 3u);
    EXPECT_NE(e.detail().find("design id"), std::string::npos);

    e = error("id,latency_ms,feasible\n0,12,1\n");
    EXPECT_NE(e.detail().find("design 1"), std::string::npos);

    e = error("id,latency_ms,feasible\n0,12,1\n0,12,1\n");
    EXPECT_NE(e.detail().find("twice"), std::string::npos);

    e = error("id,latency_ms,feasible\n0,12\n");
    EXPECT_NE(e.detail().find("fields"), std::string::npos);

    e = error("id,latency_ms,feasible\n0,1,1\n0,1,1\n", 1, {"x", "y"});
    EXPECT_NE(e.detail().find("'app'"), std::string::npos);

    e = error("");
    EXPECT_NE(e.detail().find("header"), std::string::npos);
}

TEST(CommandOracle, BadReplyFromACommandNamesTheReply) {
    test::TempDir dir;
    const std::string sim = make_script(dir, "bad.sh", "#!/bin/sh\necho 'id,latency_ms,feasible'\necho '0,oops,1'\n");
    CommandOracle oracle(tiny_space(), options(sim, dir));
    try {
        oracle.evaluate({tiny(0, 0)}, {"x"});
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.position(), 2u);
        EXPECT_NE(e.file().find("stdout of the oracle command"), std::string::npos);
    }
}

TEST(CommandOracle, FailingCommandReportsStatusAndStderr) {
    test::TempDir dir;
    CommandOracle oracle(tiny_space(), options("echo 'license server down' >&2; exit 3", dir));
    try {
        oracle.evaluate({tiny(0, 0)}, {"x"});
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("status 3"), std::string::npos) << what;
        EXPECT_NE(what.find("license server down"), std::string::npos) << what;
    }
    CommandOracle silent(tiny_space(), options("true {in} {out}", dir));
    EXPECT_THROW(silent.evaluate({tiny(0, 0)}, {"x"}), InputError);  // {out} never written
}

TEST(CommandOracle, TimeoutKillsTheCommand) {
    test::TempDir dir;
    CommandOracle oracle(tiny_space(), options("sleep 30", dir, 0.2));
    try {
        oracle.evaluate({tiny(0, 0)}, {"x"});
        FAIL() << "expected a timeout";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("did not finish"), std::string::npos) << e.what();
    }
}

TEST(CommandOracle, CancelKillsTheCommand) {
    test::TempDir dir;
    CommandOracle oracle(tiny_space(), options("sleep 30", dir));
    JobControl job;
    job.cancel();
    EXPECT_THROW(oracle.evaluate({tiny(0, 0)}, {"x"}, &job), Cancelled);
    EXPECT_THROW(CommandOracle(tiny_space(), options("  ", dir)), std::invalid_argument);
}
