#pragma once
// Options shared by every design-log reader.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "data/column_roles.h"
#include "space/search_space.h"

namespace prime {

// Progress callback: (units done, units total; 0 = unknown). Returning false
// cancels: the reader throws prime::Cancelled and nothing is kept.
using ProgressFn = std::function<bool(std::uint64_t done, std::uint64_t total)>;

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
    ProgressFn progress;
};

}  // namespace prime
