#pragma once
#include <filesystem>

#include "data/design_log.h"
#include "data/read_options.h"

namespace prime {

// Reads a design-log CSV (docs/formats.md). Throws InputError naming the file,
// the line and what was expected for any malformed content: ragged rows,
// non-numeric or non-finite numbers, values outside the space, missing
// required columns, an empty file, a non-UTF-8 encoding.
DesignLog read_csv_log(const std::filesystem::path& path, const ReadOptions& options = {});

}  // namespace prime
