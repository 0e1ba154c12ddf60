// The CSV and TFRecord readers apply one set of value rules
// (data/value_rules.h): the same design written both ways is accepted or
// refused alike, and the refusal says the same thing, naming the file, the
// line or record, and the column or feature.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "data/csv_log_reader.h"
#include "data/tf_example.h"
#include "data/tfrecord_frames.h"
#include "data/tfrecord_log.h"
#include "data/value_indexer.h"
#include "data/value_rules.h"
#include "test_support.h"

using namespace prime;
using namespace prime::test;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

// One design of the built-in space with an energy metric, as (name, value).
std::vector<std::pair<std::string, double>> a_design() {
    const std::vector<double> p{4, 8, 64, 2, 1048576, 65536, 1024, 16384, 8192, 20};
    std::vector<std::pair<std::string, double>> d;
    for (std::size_t i = 0; i < p.size(); ++i) d.emplace_back("param_" + std::to_string(i + 1), p[i]);
    d.emplace_back("runtime", 1.5);
    d.emplace_back("area", 5.0);
    d.emplace_back("infeasible", 0);
    d.emplace_back("energy", 0.25);
    return d;
}

// A header and one row; NaN is an empty cell (CSV's "unknown").
std::string as_csv(const std::vector<std::pair<std::string, double>>& d) {
    std::string header, row;
    for (const auto& [name, v] : d) {
        header += (header.empty() ? "" : ",") + name;
        row += (row.empty() ? "" : ",") + (std::isnan(v) ? std::string() : shown_number(v));
    }
    // A first valid row, so the bad one is line 3 / record 2 and a reader
    // that only checks the first row is caught.
    std::string good;
    for (const auto& [name, v] : a_design()) good += (good.empty() ? "" : ",") + shown_number(v);
    return header + "\n" + good + "\n" + row + "\n";
}

// NaN is TFRecord's "unknown" (what our writer stores).
std::string as_tfrecord(const std::vector<std::pair<std::string, double>>& d) {
    std::string out, payload;
    for (const auto& design : {a_design(), d}) {
        std::vector<FeatureValue> f;
        for (const auto& [name, v] : design) {
            const bool integer_flag = name == "infeasible" && v == std::floor(v);
            f.push_back({name, integer_flag ? FeatureKind::Int64 : FeatureKind::Float, v});
        }
        encode_scalar_example(f, payload);
        append_tfrecord_frame(out, payload);
    }
    return out;
}

ReadOptions with_builtin_space() {
    ReadOptions o;
    if (builtin_space_or_null()) o.space = *builtin_space_or_null();
    return o;
}

struct Rule {
    const char* what;
    std::string name;
    double value;
    std::string expected;  // after "column 'NAME'" / "feature 'NAME'"; empty = accepted
    std::string name2 = {};
    double value2 = 0;
};

// `expected` as each reader words it: "value '48' of column 'param_3' ..." or
// "column 'area' holds ...".
std::string in_words(const Rule& r, const std::string& noun) {
    if (r.expected.rfind("value ", 0) == 0) {
        const auto at = r.expected.find(" is not allowed");
        return r.expected.substr(0, at) + " of " + noun + " '" + r.name + "'" + r.expected.substr(at);
    }
    return noun + " '" + r.name + "'" + r.expected;
}

}  // namespace

TEST(ReaderRules, CsvAndTfRecordRefuseTheSameValuesInTheSameWords) {
    ASSERT_TRUE(builtin_space_or_null()) << "the built-in space is needed (PRIME_RESOURCE_DIR)";
    const std::vector<Rule> rules = {
        {"a value outside the given space", "param_3", 48,
         "value '48' is not allowed for parameter 'compute_lanes' of space 'prime-edgetpu'; expected one of 4, 8, 16"},
        {"a negative area", "area", -1, " holds a negative area ('-1'); expected mm² >= 0"},
        {"a negative area on an infeasible design", "area", -1, " holds a negative area ('-1'); expected mm² >= 0",
         "infeasible", 1},
        {"an infinite latency", "runtime", kInf, " holds 'inf'; expected a finite number"},
        {"an unknown latency on a feasible design", "runtime", kNaN, " is empty (or NaN) on a feasible design"},
        {"an unknown area on a feasible design", "area", kNaN, " is empty (or NaN) on a feasible design"},
        {"a negative latency on a feasible design", "runtime", -2, " is negative ('-2') on a feasible design"},
        {"a fractional infeasible flag", "infeasible", 0.5, " holds '0.5'; expected an integer (0 = feasible)"},
        {"an infinite metric", "energy", kInf, " holds 'inf'; expected a finite number"},
        // Accepted by both:
        {"an unknown latency and area on an infeasible design", "runtime", kNaN, "", "infeasible", 1},
        {"an unknown metric", "energy", kNaN, ""},
        {"a negative latency on an infeasible design (a tool's -1 'did not run')", "runtime", -1, "", "infeasible", 1},
    };
    TempDir dir;
    for (const Rule& r : rules) {
        auto d = a_design();
        for (auto& [name, v] : d) {
            if (name == r.name) v = r.value;
            if (name == r.name2) v = r.value2;
        }
        if (r.name == "runtime" && r.expected.empty() && std::isnan(r.value))
            for (auto& [name, v] : d)
                if (name == "area") v = kNaN;
        const auto csv = write_file(dir / "rule.csv", as_csv(d));
        const auto tfr = write_file(dir / "rule.tfrecord", as_tfrecord(d));
        const ReadOptions o = with_builtin_space();
        if (r.expected.empty()) {
            EXPECT_EQ(read_csv_log(csv, o).rows(), 2u) << r.what;
            EXPECT_EQ(read_tfrecord_log(tfr, o).rows(), 2u) << r.what;
            continue;
        }
        const InputError c = expect_input_error([&] { read_csv_log(csv, o); });
        EXPECT_EQ(c.file(), csv.string()) << r.what;
        EXPECT_EQ(c.unit() + " " + std::to_string(c.position()), "line 3") << r.what;
        EXPECT_NE(c.detail().find(in_words(r, "column")), std::string::npos) << r.what << ": " << c.what();
        const InputError t = expect_input_error([&] { read_tfrecord_log(tfr, o); });
        EXPECT_EQ(t.file(), tfr.string()) << r.what;
        EXPECT_EQ(t.unit() + " " + std::to_string(t.position()), "record 2") << r.what;
        EXPECT_NE(t.detail().find(in_words(r, "feature")), std::string::npos) << r.what << ": " << t.what();
    }
}

// Without a given space, a value outside the built-in space is no error: the
// log gets an inferred space instead (formats.md, "The search space of a log
// without a spec"), in both readers alike.
TEST(ReaderRules, WithoutASpaceAnUnusualValueInfersASpaceInBothReaders) {
    TempDir dir;
    auto d = a_design();
    d[2].second = 48;
    const DesignLog c = read_csv_log(write_file(dir / "i.csv", as_csv(d)));
    const DesignLog t = read_tfrecord_log(write_file(dir / "i.tfrecord", as_tfrecord(d)));
    EXPECT_NE(c.space().name(), "prime-edgetpu");
    EXPECT_EQ(c.space().parameter(2).values, (std::vector<double>{48, 64}));
    EXPECT_EQ(t.space().parameter(2).values, c.space().parameter(2).values);
}
