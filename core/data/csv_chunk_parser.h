#pragma once
// Parses the data rows of one byte range of a CSV file straight into the
// log's pre-sized columns. Several chunks run on threads at once; each keeps
// its own value, application and reason tables, merged afterwards.
#include <atomic>
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include "data/csv_layout.h"
#include "data/value_indexer.h"

namespace prime {

class CsvReader;

// Where a chunk writes: raw column pointers, indexed by row.
struct ColumnTargets {
    std::vector<ValueIndex*> params;
    float* latency = nullptr;
    float* area = nullptr;
    std::uint8_t* feasible = nullptr;
    AppId* app = nullptr;          // local application ids until the merge
    std::uint8_t* reason = nullptr;  // null when the file has no reason column
    std::vector<float*> metrics;
    std::uint64_t capacity = 0;     // rows available
};

struct CsvChunk {
    std::uint64_t begin = 0, end = 0;  // byte range of rows that start here
    std::uint64_t first_line = 0;      // line number at `begin`
    std::uint64_t first_row = 0;       // row offset into the columns
    std::uint64_t rows = 0;            // rows parsed
    std::uint64_t unfinished = 0;      // rows skipped: trials still running or waiting
    std::uint64_t consumed_end = 0;    // byte after the last record read (== end unless one crossed it)
    std::vector<ValueIndexer> indexers;
    std::vector<std::string> apps, reasons;  // local tables
    std::exception_ptr error;
};

// Parses rows of `reader` into `targets` from chunk.first_row on. Adds the
// bytes it consumes to `bytes_done` every few thousand rows and stops with
// prime::Cancelled when `stop` is set. Throws InputError for malformed rows.
void parse_csv_chunk(CsvReader& reader, const CsvLayout& layout, const ReadOptions& options, CsvChunk& chunk,
                     const ColumnTargets& targets, std::atomic<std::uint64_t>& bytes_done,
                     const std::atomic<bool>& stop);

}  // namespace prime
