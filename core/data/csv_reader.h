#pragma once
// A streaming RFC 4180 reader: big buffered blocks (no mmap, so the page
// cache does not count against the process), quoted fields with "" escapes
// and embedded newlines, CRLF or LF line ends. Fields are string_views into
// the reader's buffer, valid until the next call to next_row(). Every field
// view may be over-read by kFieldSlack bytes past its start (the buffers keep
// that much slack), so callers can load a short field as one word.
#include <cstdint>
#include <limits>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace prime {

class CsvReader {
public:
    static constexpr std::size_t kFieldSlack = 16;

    // delimiter 0 = detect from the first line (',', ';', tab or '|').
    explicit CsvReader(const std::filesystem::path& path, char delimiter = 0, std::size_t block_size = 4 << 20);
    // Reads only the rows that start in [begin, end), for parallel parsing of
    // a file without quotes; `first_line` is the line number at `begin`.
    CsvReader(const std::filesystem::path& path, char delimiter, std::uint64_t begin, std::uint64_t end,
              std::uint64_t first_line, std::size_t block_size = 4 << 20);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Reads the next non-blank row. Returns false at end of file. Throws
    // InputError (file, line) on malformed quoting.
    bool next_row(std::vector<std::string_view>& fields);

    // Line on which the last row returned started (1-based).
    std::uint64_t line() const { return row_line_; }
    // Line on which the next row will start.
    std::uint64_t next_line() const { return line_; }
    std::uint64_t bytes_consumed() const { return consumed_ + pos_; }
    std::uint64_t file_size() const { return file_size_; }
    char delimiter() const { return delimiter_; }
    const std::string& path() const { return path_; }

private:
    void open(const std::filesystem::path& path);
    bool fill();  // moves the unread tail to the front and reads more; false at EOF
    // Tries to parse one row starting at pos_. Returns false when the buffer
    // ends before the row does (and the file has more).
    bool parse_row(std::vector<std::string_view>& fields, std::size_t& row_end, std::uint64_t& newlines);
    // The common case, a whole unquoted row in the buffer: delimiters are
    // found 16 bytes at a time. Returns false (having done nothing) otherwise.
    bool parse_plain_row(std::vector<std::string_view>& fields, std::size_t& row_end);
    std::size_t capacity() const { return buf_.size() - kFieldSlack; }
    void check_encoding();

    std::string path_;
    std::FILE* file_ = nullptr;
    std::vector<char> buf_;
    std::size_t len_ = 0, pos_ = 0;
    std::uint64_t consumed_ = 0, file_size_ = 0;
    std::uint64_t end_ = std::numeric_limits<std::uint64_t>::max();  // rows starting at or after this byte are not ours
    bool eof_ = false;
    char delimiter_;
    std::uint64_t line_ = 1, row_line_ = 0;
    std::string scratch_;  // unescaped quoted fields
    bool stop_[256] = {};  // bytes that end an unquoted field
};

}  // namespace prime
