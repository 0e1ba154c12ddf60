#pragma once
#include <cstdint>
#include <filesystem>
#include <utility>
#include <vector>

#include "data/design_log.h"
#include "data/read_options.h"

namespace prime {

// Reads a design-log CSV (docs/formats.md). Throws InputError naming the file,
// the line and what was expected for any malformed content: ragged rows,
// non-numeric or non-finite numbers, values outside the space, missing
// required columns, an empty file, a non-UTF-8 encoding.
DesignLog read_csv_log(const std::filesystem::path& path, const ReadOptions& options = {});

// How read_csv_log splits bytes [begin, size) of a file for `parts` threads:
// the newlines (an upper bound on rows) and up to parts - 1 split points
// (byte offset, newlines before it), each the first record start at or after
// an even share of the bytes. Records, not lines: a newline inside a quoted
// field is never a split (quote parity). Fewer splits than parts - 1 when the
// file is too short or a record too long. Throws InputError when unreadable.
struct CsvSplits {
    std::uint64_t newlines = 0;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> splits;
};
CsvSplits split_csv_records(const std::filesystem::path& path, std::uint64_t begin, std::uint64_t size, unsigned parts);

}  // namespace prime
