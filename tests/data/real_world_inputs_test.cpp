// Files shaped like the ones architects actually have (../shared/cases/):
// which columns become parameters and why, content before extension,
// compressed TFRecords, Git LFS pointers, bucket-style folders. Fixtures are
// built here from the sample log, so each class is tested, not one file.
#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <sstream>

#include "data/log_io.h"
#include "test_support.h"
#include "util/errors.h"

using namespace prime;

namespace {

std::vector<std::string> sample_lines() {
    std::istringstream in(test::read_bytes(test::fixture("prime-sample.csv")));
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
}

// The sample with extra columns in front (`prefix(i)` for row i, i = -1 for the header) and at the end.
std::string sample_with(const std::function<std::string(int)>& prefix, const std::function<std::string(int)>& suffix) {
    const auto lines = sample_lines();
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) out += prefix(int(i) - 1) + lines[i] + suffix(int(i) - 1) + "\n";
    return out;
}

const ColumnNote& note(const DesignLog& log, const std::string& column) {
    for (const auto& n : log.column_notes())
        if (n.column == column) return n;
    throw std::runtime_error("no note for column '" + column + "'");
}

InputError read_error(const std::filesystem::path& p, const ReadOptions& o = {}) {
    try {
        read_log(p, o);
    } catch (const InputError& e) {
        return e;
    }
    ADD_FAILURE() << "no InputError for " << p;
    return InputError(p.string(), "line", 0, "");
}

void gzip_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    const std::string bytes = test::read_bytes(from);
    gzFile gz = gzopen(to.c_str(), "wb");
    gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
}

void zlib_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    const std::string bytes = test::read_bytes(from);
    uLongf size = compressBound(bytes.size());
    std::string out(size, '\0');
    compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()), bytes.size(), 6);
    out.resize(size);
    test::write_file(to, out);
}

TEST(ColumnRoles, APandasIndexIsDroppedAndPrimesSpaceKept) {
    test::TempDir dir;
    for (const std::string header : {"Unnamed: 0", ""}) {
        const auto p = test::write_file(dir.path() / "indexed.csv",
                                        sample_with([&](int i) { return (i < 0 ? header : std::to_string(i)) + ","; },
                                                    [](int) { return ""; }));
        const DesignLog log = read_log(p);
        EXPECT_EQ(log.space().dimension(), 10u) << "header '" << header << "'";
        EXPECT_EQ(log.space().name(), "prime-edgetpu");
        EXPECT_EQ(note(log, header).role, "ignore");
        EXPECT_NE(note(log, header).reason.find("identifier"), std::string::npos);
    }
}

TEST(ColumnRoles, OutcomeColumnsAreMetricsNotParameters) {
    test::TempDir dir;
    const auto p = test::write_file(
        dir.path() / "extra.csv",
        sample_with([](int) { return ""; },
                    [](int i) { return i < 0 ? ",total_cycles,energy_pj,throughput_fps,power_mw,LUT,BRAM_18K" : ",10,2.5,30,400,1000,12"; }));
    const DesignLog log = read_log(p);
    EXPECT_EQ(log.space().name(), "prime-edgetpu");
    EXPECT_EQ(log.metrics().size(), 6u);
    EXPECT_EQ(note(log, "total_cycles").role, "metric");
    EXPECT_EQ(note(log, "param_3").role, "parameter");
}

TEST(ColumnRoles, AnOptunaExportMapsParamsStateAndIgnoresIdsAndTimes) {
    test::TempDir dir;
    const auto p = test::write_file(dir.path() / "optuna.csv",
                                    "number,values_0,values_1,datetime_start,datetime_complete,duration,params_pes_x,"
                                    "params_pes_y,params_compute_lanes,state\n"
                                    "0,0.83,27.0,2026-11-20 10:01:02,2026-11-20 10:01:09,0 days 00:00:07,4,4,64,COMPLETE\n"
                                    "1,,,2026-11-20 10:01:09,2026-11-20 10:01:10,0 days 00:00:00.4,16,8,128,FAIL\n"
                                    "2,1.2,19.4,2026-11-20 10:01:10,2026-11-20 10:01:18,0 days 00:00:07.8,2,8,32,COMPLETE\n"
                                    "3,,,2026-11-20 10:01:18,2026-11-20 10:01:21,0 days 00:00:02.9,1,2,16,PRUNED\n");
    // Which objective is latency is the user's to say; the rest is recognised.
    ReadOptions o;
    o.roles = {{"values_0", ColumnRole::Latency}, {"values_1", ColumnRole::Area}};
    const DesignLog log = read_log(p, o);
    ASSERT_EQ(log.space().dimension(), 3u);
    EXPECT_EQ(log.space().parameter(0).name, "pes_x");
    EXPECT_EQ(log.rows(), 4u);
    EXPECT_EQ(std::vector<int>(log.feasible().begin(), log.feasible().end()), (std::vector<int>{1, 0, 1, 0}));
    EXPECT_EQ(note(log, "number").role, "ignore");
    EXPECT_EQ(note(log, "datetime_start").role, "ignore");
    EXPECT_EQ(note(log, "duration").role, "ignore");
    EXPECT_EQ(note(log, "state").role, "feasible");
    EXPECT_EQ(note(log, "values_0").reason, "mapped by the user");
}

TEST(ColumnRoles, UnfinishedOptunaTrialsAreSkippedAndPrefixedStatesRead) {
    test::TempDir dir;
    const auto p = test::write_file(dir.path() / "optuna-running.csv",
                                    "number,values_0,values_1,params_pes_x,state\n"
                                    "0,0.83,27.0,4,TrialState.COMPLETE\n"
                                    "1,,,16,RUNNING\n"
                                    "2,1.2,19.4,2,COMPLETE\n"
                                    "3,,,8,TrialState.WAITING\n"
                                    "4,,,1,TrialState.FAIL\n");
    ReadOptions o;
    o.roles = {{"values_0", ColumnRole::Latency}, {"values_1", ColumnRole::Area}};
    const DesignLog log = read_log(p, o);
    EXPECT_EQ(log.rows(), 3u) << "the running and waiting trials have no result yet";
    EXPECT_EQ(std::vector<int>(log.feasible().begin(), log.feasible().end()), (std::vector<int>{1, 1, 0}));
    EXPECT_EQ(log.space().parameter(0).values, (std::vector<double>{1, 2, 4})) << "16 and 8 were never measured";
    EXPECT_NE(note(log, "state").reason.find("2 unfinished trials (RUNNING/WAITING) skipped"), std::string::npos)
        << note(log, "state").reason;
    // Any other word is refused with the words that are understood.
    const auto bad = test::write_file(dir.path() / "optuna-bad.csv", "number,values_0,values_1,params_pes_x,state\n0,1,2,4,MAYBE\n");
    const InputError e = read_error(bad, o);
    EXPECT_NE(e.detail().find("COMPLETE/OK = feasible"), std::string::npos) << e.what();
}

TEST(ColumnRoles, AnUnknownColumnWithADistinctValueOnEveryRowStopsTheLoad) {
    test::TempDir dir;
    std::string csv = "pe,serial,latency,area,feasible\n";
    for (int i = 0; i < 40; ++i) csv += std::to_string(1 << (i % 4)) + "," + std::to_string(1000 + i) + ",1.5,2.5,1\n";
    const auto p = test::write_file(dir.path() / "serial.csv", csv);
    const InputError e = read_error(p);
    EXPECT_NE(e.detail().find("'serial'"), std::string::npos) << e.what();
    EXPECT_NE(e.detail().find("identifier"), std::string::npos) << e.what();
    ReadOptions o;
    o.roles = {{"serial", ColumnRole::Ignore}};
    EXPECT_EQ(read_log(p, o).space().dimension(), 1u);
}

TEST(ColumnRoles, APerDesignIdRepeatedForEveryApplicationStopsTheLoadToo) {
    // One row per (design, application): the id repeats once per application,
    // so "a different value on every row" misses it; half as many distinct
    // values as designs still gives it away.
    test::TempDir dir;
    std::string csv = "pe,serial,app,latency,area,feasible\n";
    for (int d = 0; d < 30; ++d)
        for (const char* app : {"a", "b", "c"})
            csv += std::to_string(1 << (d % 4)) + "," + std::to_string(5000 + d) + "," + app + ",1.5,2.5,1\n";
    const auto p = test::write_file(dir.path() / "multi.csv", csv);
    const InputError e = read_error(p);
    EXPECT_NE(e.detail().find("'serial'"), std::string::npos) << e.what();
    EXPECT_NE(e.detail().find("30 per application"), std::string::npos) << e.what();
    EXPECT_NE(e.detail().find("--map 'serial=parameter'"), std::string::npos) << e.what();
}

TEST(ColumnRoles, IdsSeedsVersionsAttributesAndOtherLatencyUnitsAreNeverParameters) {
    test::TempDir dir;
    const auto p = test::write_file(
        dir.path() / "extra-ids.csv",
        sample_with([](int i) { return i < 0 ? std::string("design_id,seed,sim_version,system_attrs_grid_id,") : std::to_string(i % 7) + ",3,2,1,"; },
                    [](int i) { return i < 0 ? ",latency_us,area_um2" : ",830,27000000"; }));
    const DesignLog log = read_log(p);
    EXPECT_EQ(log.space().name(), "prime-edgetpu") << "PRIME's ten parameters, nothing added";
    for (const char* c : {"design_id", "seed", "sim_version", "system_attrs_grid_id"}) EXPECT_EQ(note(log, c).role, "ignore") << c;
    EXPECT_EQ(note(log, "latency_us").role, "metric");
    EXPECT_EQ(note(log, "area_um2").role, "metric");
    // `info` says why a column is a parameter: the space it belongs to.
    EXPECT_NE(note(log, "param_1").reason.find("prime-edgetpu"), std::string::npos) << note(log, "param_1").reason;
}

TEST(ColumnRoles, AValueThePrimeSpaceCannotHoldIsNamedWhenASpaceIsInferred) {
    test::TempDir dir;
    auto lines = sample_lines();
    // param_3 (compute lanes) = 48 on the first row: not one of PRIME's values.
    auto& row = lines[1];
    std::vector<std::string> cells;
    std::stringstream ss(row);
    for (std::string c; std::getline(ss, c, ',');) cells.push_back(c);
    std::size_t col = 0;
    std::stringstream hs(lines[0]);
    for (std::string h; std::getline(hs, h, ','); ++col)
        if (h == "param_3") break;
    cells[col] = "48";
    row.clear();
    for (std::size_t i = 0; i < cells.size(); ++i) row += (i ? "," : "") + cells[i];
    std::string csv;
    for (const auto& l : lines) csv += l + "\n";
    const DesignLog log = read_log(test::write_file(dir.path() / "bad-value.csv", csv));
    EXPECT_NE(log.space().name(), "prime-edgetpu");
    EXPECT_NE(note(log, "param_3").reason.find("value 48 of 'param_3' is not allowed in the space 'prime-edgetpu'"),
              std::string::npos)
        << note(log, "param_3").reason;
}

TEST(ColumnRoles, EveryRowFeasibleOnlyWhenTheUserSaysSo) {
    test::TempDir dir;
    const auto p = test::write_file(dir.path() / "ok.csv", "pe,latency,area\n1,2.5,3\n2,1.5,4\n1,2.4,3\n");
    const InputError e = read_error(p);
    EXPECT_NE(e.detail().find("--all-feasible"), std::string::npos) << e.what();
    ReadOptions o;
    o.all_feasible = true;
    const DesignLog log = read_log(p, o);
    EXPECT_EQ(log.rows(), 3u);
    for (auto f : log.feasible()) EXPECT_EQ(f, 1);
}

TEST(ColumnRoles, ANegativeAreaIsRejectedWithLineAndColumn) {
    test::TempDir dir;
    const auto p = test::write_file(dir.path() / "neg.csv", "pe,latency,area,feasible\n1,2.5,3,1\n2,1.5,-4,1\n1,2,3,1\n");
    const InputError e = read_error(p);
    EXPECT_EQ(e.position(), 3u);
    EXPECT_NE(e.detail().find("'area'"), std::string::npos) << e.what();
    EXPECT_NE(e.detail().find("negative"), std::string::npos) << e.what();
}

TEST(ColumnRoles, AMissingLatencyNamesTheMetricsThatCouldBeIt) {
    test::TempDir dir;
    const auto p = test::write_file(dir.path() / "o.csv", "params_pe,values_0,area,state\n1,2.5,3,COMPLETE\n2,1.5,4,FAIL\n");
    const InputError e = read_error(p);
    EXPECT_NE(e.detail().find("--map COLUMN=latency"), std::string::npos) << e.what();
    EXPECT_NE(e.detail().find("values_0"), std::string::npos) << e.what();
}

TEST(FileContent, CompressedTfRecordsReadLikePlainOnes) {
    test::TempDir dir;
    const DesignLog plain = read_log(test::fixture("prime-sample.tfrecord"));
    gzip_file(test::fixture("prime-sample.tfrecord"), dir.path() / "gz.tfrecord");        // TF's GZIP option
    zlib_file(test::fixture("prime-sample.tfrecord"), dir.path() / "zl.tfrecord");        // TF's ZLIB option
    gzip_file(test::fixture("prime-sample.tfrecord"), dir.path() / "named.tfrecord.gz");  // *.tfrecord.gz
    for (const char* name : {"gz.tfrecord", "zl.tfrecord", "named.tfrecord.gz"}) {
        const DesignLog log = read_log(dir.path() / name);
        ASSERT_EQ(log.rows(), plain.rows()) << name;
        EXPECT_TRUE(std::equal(log.latency_ms().begin(), log.latency_ms().end(), plain.latency_ms().begin())) << name;
        EXPECT_EQ(log.space(), plain.space()) << name;
    }
    EXPECT_EQ(read_log(dir.path() / "named.tfrecord.gz").app_names().at(0), "named");
    // A damaged stream is named as such.
    std::string cut = test::read_bytes(dir.path() / "gz.tfrecord");
    cut.resize(cut.size() / 2);
    test::write_file(dir.path() / "cut.tfrecord", cut);
    const InputError e = read_error(dir.path() / "cut.tfrecord");
    EXPECT_NE(std::string(e.what()).find("gzip"), std::string::npos) << e.what();
}

TEST(FileContent, AGitLfsPointerIsNamedInEveryFormat) {
    test::TempDir dir;
    const std::string pointer =
        "version https://git-lfs.github.com/spec/v1\noid sha256:df219bbcf0e8233f33eb83454ef9b3451adf471db29618acfb36d2dacc40ed3f\n"
        "size 175385569\n";
    for (const char* name : {"log.csv", "log.tfrecord", "log.primelog"}) {
        const InputError e = read_error(test::write_file(dir.path() / name, pointer));
        EXPECT_NE(e.detail().find("Git LFS pointer"), std::string::npos) << name << ": " << e.what();
        EXPECT_NE(e.detail().find("175385569"), std::string::npos) << e.what();
        EXPECT_NE(e.detail().find("git lfs pull"), std::string::npos) << e.what();
    }
}

TEST(FileContent, TheExtensionDoesNotOverruleTheContent) {
    test::TempDir dir;
    // A TFRecord named .csv is read as what it is.
    test::write_file(dir.path() / "really.csv", test::read_bytes(test::fixture("prime-sample.tfrecord")));
    EXPECT_EQ(read_log(dir.path() / "really.csv").rows(), 200u);
    // Text named .tfrecord: said, not "CRC mismatch".
    test::write_file(dir.path() / "text.tfrecord", test::read_bytes(test::fixture("prime-sample.csv")));
    const InputError e = read_error(dir.path() / "text.tfrecord");
    EXPECT_NE(e.detail().find("text"), std::string::npos) << e.what();
}

TEST(FileContent, ABucketDownloadIsFoundAtAnyDepthIncludingTfdsShards) {
    test::TempDir dir;
    const auto deep = dir.path() / "download" / "prime" / "MobileNetV2";
    std::filesystem::create_directories(deep);
    std::filesystem::create_directories(dir.path() / "download" / "prime" / "M4");
    std::filesystem::copy_file(test::fixture("prime-sample.tfrecord"), deep / "data.tfrecord-00000-of-00002");
    std::filesystem::copy_file(test::fixture("prime-sample.tfrecord"), deep / "data.tfrecord-00001-of-00002");
    gzip_file(test::fixture("prime-sample.tfrecord"), dir.path() / "download" / "prime" / "M4" / "data.tfrecord.gz");
    const DesignLog log = read_log(dir.path() / "download");
    EXPECT_EQ(log.rows(), 600u);
    EXPECT_EQ(log.app_names(), (std::vector<std::string>{"M4", "MobileNetV2"}));
}

TEST(FileContent, ShardsWithoutAnExtensionAreFoundByTheirContent) {
    // tf.data writes shards named "train-00000-of-00002", no extension: the
    // shard suffix says where to look, the content decides what is read.
    test::TempDir dir;
    const auto app = dir.path() / "bucket" / "U-Net";
    std::filesystem::create_directories(app);
    std::filesystem::copy_file(test::fixture("prime-sample.tfrecord"), app / "train-00000-of-00002");
    gzip_file(test::fixture("prime-sample.tfrecord"), app / "train-00001-of-00002");
    test::write_file(app / "notes-00000-of-00001", "not a TFRecord, just text that happens to share the suffix\n");
    const DesignLog log = read_log(dir.path() / "bucket");
    EXPECT_EQ(log.rows(), 400u) << "both shards, and not the text file";
    EXPECT_EQ(log.app_names(), (std::vector<std::string>{"U-Net"}));
}

TEST(FileContent, AWorkloadGivenAsALogSaysWhereItBelongs) {
    test::TempDir dir;
    for (const char* text : {"Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                             "Conv1, 224, 224, 3, 3, 3, 64, 1,\n",
                             "Layer, M, N, K\nfc1, 64, 1000, 4096\n"}) {
        const auto p = test::write_file(dir.path() / "topology.csv", text);
        const InputError e = read_error(p);
        EXPECT_NE(e.detail().find("prime-cli simulate --workload"), std::string::npos) << e.what();
    }
}

TEST(FileContent, TwoSpellingsOfOneApplicationBecomeOne) {
    test::TempDir dir;
    for (const char* folder : {"MobileNetEdgeTPU", "MobilenetEdgeTPU", "m4"}) {
        std::filesystem::create_directories(dir.path() / "prime" / folder);
        std::filesystem::copy_file(test::fixture("prime-sample.tfrecord"), dir.path() / "prime" / folder / "data-00000.tfrecord");
    }
    ReadOptions o;  // the session passes the built-in workloads' canonical names; here: case-folding
    o.canonical_app = [](const std::string& name) {
        std::string l;
        for (char c : name) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return l;
    };
    const DesignLog log = read_logs({dir.path() / "prime"}, o);
    EXPECT_EQ(log.rows(), 600u);
    EXPECT_EQ(log.app_names(), (std::vector<std::string>{"mobilenetedgetpu", "m4"}));  // first seen in path order
}

}  // namespace
