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
    bool verify_crc = true;   // TFRecord: check the masked CRC32C of every frame
    unsigned threads = 0;     // CSV: parser threads, 0 = one per core (files without quotes)
    // Progress (bytes read of the total) and cancel: a cancelled job makes the
    // reader throw prime::Cancelled and nothing is kept. May be null.
    JobControl* job = nullptr;
};

}  // namespace prime
