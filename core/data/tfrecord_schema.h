#pragma once
// What each feature of a PRIME-style TFRecord means. The same rules as a CSV
// header (data/column_roles.h: known names, param_N, params_*, identifiers,
// timestamps, outcome-like names, --map), so a log converted CSV -> TFRecord
// -> CSV keeps every column in its role.
//
// The schema is learned from the first record, with one exception: an
// infeasible design may omit latency and area (it never ran), so when the
// first record lacks them their slots stay open and the first later record
// that carries one binds it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/design_log.h"
#include "data/read_options.h"
#include "data/tf_example.h"

namespace prime {

enum class TfSlot : std::uint8_t { Parameter, Latency, Area, Infeasible, Feasible, Metric, Ignore };

struct TfSchemaKey {
    std::string key;       // for an open latency/area slot: the name it is expected under, until bound
    TfSlot slot;
    int index = 0;         // parameter or metric position
    bool bound = true;     // false: an open slot no record has named yet
    std::string role;      // role_name(), for `info`
    std::string reason;    // why the feature has that role
};

struct TfSchema {
    std::vector<TfSchemaKey> keys;
    std::vector<std::string> param_names;  // in parameter order
    std::vector<std::string> metric_names;
    std::vector<bool> assumed_param;       // per parameter: rule 8, its values must repeat
    bool has_flag = false;                 // an infeasible/feasible feature (else options.all_feasible)

    // Position of `key` in `keys`, trying `hint` first (writers keep one key order).
    std::optional<std::size_t> find(std::string_view key, std::size_t hint) const;
    // For a feature absent from the first record: binds an open latency or
    // area slot when `key` is one, and returns its position.
    std::optional<std::size_t> bind_late(std::string_view key, const ReadOptions& options);
    // Each feature's role and why, for `info` (DesignLog::column_notes).
    std::vector<ColumnNote> notes() const;
};

// Learns the schema from the first record's features. Throws InputError
// (file, record) for a missing parameter or feasibility feature, a text role
// TFRecords cannot hold, or two features claiming one role.
TfSchema learn_tf_schema(const std::vector<ScalarFeature>& first, const ReadOptions& options, const std::string& file,
                         std::uint64_t record);

}  // namespace prime
