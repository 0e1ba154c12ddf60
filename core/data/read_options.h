#pragma once
// Options shared by every design-log reader.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "data/column_roles.h"
#include "space/search_space.h"
#include "util/job_control.h"

namespace prime {

struct ReadOptions {
    // The space designs must lie in. Without one, PRIME-named columns adopt
    // the built-in prime-edgetpu space and anything else gets an inferred space.
    std::optional<SearchSpace> space;
    // CSV: header name -> role, overriding detection.
    std::map<std::string, ColumnRole> roles;
    // Application name when the file has no application column (default: the
    // file's stem; for a folder of TFRecords, the folder's name).
    std::string app_name;
    char delimiter = 0;       // CSV: 0 = detect
    // One name per application: maps a name (a folder's, a column's) to its
    // canonical spelling, e.g. "mobilenet_v2" -> "MobileNetV2" for built-in
    // workloads (session/app_contexts.h); applications with the same canonical
    // name become one. Empty = names as they are.
    std::function<std::string(const std::string&)> canonical_app;
    // Without a feasibility column, every row is a feasible design (the user
    // says so; it is never assumed).
    bool all_feasible = false;
    bool verify_crc = true;   // TFRecord: check the masked CRC32C of every frame
    // Threads: CSV parser threads, 0 = one per core (above 8 MB); TFRecord
    // buckets read one file per core unless this is 1.
    unsigned threads = 0;
    // Progress (bytes read of the total) and cancel: a cancelled job makes the
    // reader throw prime::Cancelled and nothing is kept. May be null.
    JobControl* job = nullptr;
};

}  // namespace prime
