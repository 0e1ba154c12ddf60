#pragma once
// A binary snapshot of a DesignLog for fast reloads: a JSON header (space,
// applications, reasons, metrics, row count) followed by the raw columns and a
// CRC32C. Loading is a few large reads, no parsing. Format in docs/formats.md.
#include <filesystem>

#include "data/design_log.h"
#include "data/read_options.h"

namespace prime {

void write_snapshot(const DesignLog& log, const std::filesystem::path& path);
// Throws InputError (byte offset) when the file is not a snapshot, is from a
// newer format version, is truncated or fails its checksum.
DesignLog read_snapshot(const std::filesystem::path& path, const ReadOptions& options = {});

}  // namespace prime
