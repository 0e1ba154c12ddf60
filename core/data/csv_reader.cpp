#include "data/csv_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "util/errors.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace prime {

void CsvReader::open(const std::filesystem::path& path) {
    file_ = std::fopen(path_.c_str(), "rb");
    if (!file_) throw InputError(path_, "line", 0, std::string("cannot open: ") + std::strerror(errno));
    std::error_code ec;
    file_size_ = std::filesystem::file_size(path, ec);
}

CsvReader::CsvReader(const std::filesystem::path& path, char delimiter, std::uint64_t begin, std::uint64_t end,
                     std::uint64_t first_line, std::size_t block_size)
    : path_(path.string()), buf_(block_size + kFieldSlack), end_(end), delimiter_(delimiter), line_(first_line) {
    open(path);
    if (std::fseek(file_, static_cast<long>(begin), SEEK_SET) != 0)
        throw InputError(path_, "line", first_line, "cannot seek in the file");
    consumed_ = begin;
    stop_[static_cast<unsigned char>(delimiter_)] = stop_['\n'] = stop_['"'] = true;
}

CsvReader::CsvReader(const std::filesystem::path& path, char delimiter, std::size_t block_size)
    : path_(path.string()), buf_(block_size + kFieldSlack), delimiter_(delimiter) {
    open(path);
    fill();
    check_encoding();
    if (delimiter_ == 0) {
        // The candidate that appears most often on the first line wins.
        const char* end = static_cast<const char*>(std::memchr(buf_.data() + pos_, '\n', len_ - pos_));
        const std::string_view first(buf_.data() + pos_, end ? static_cast<std::size_t>(end - buf_.data()) - pos_ : len_ - pos_);
        std::size_t best = 0;
        delimiter_ = ',';
        for (char c : {',', ';', '\t', '|'}) {
            const auto n = static_cast<std::size_t>(std::count(first.begin(), first.end(), c));
            if (n > best) best = n, delimiter_ = c;
        }
    }
    stop_[static_cast<unsigned char>(delimiter_)] = stop_['\n'] = stop_['"'] = true;
}

CsvReader::~CsvReader() {
    if (file_) std::fclose(file_);
}

void CsvReader::check_encoding() {
    const auto* b = reinterpret_cast<const unsigned char*>(buf_.data());
    if (len_ >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff)))
        throw InputError(path_, "line", 1, "the file is UTF-16 encoded; expected UTF-8 or ASCII text (re-save it as UTF-8 CSV)");
    if (len_ >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf) pos_ = 3;  // UTF-8 byte-order mark
    if (std::memchr(buf_.data(), '\0', std::min<std::size_t>(len_, 4096)))
        throw InputError(path_, "line", 1, "the file contains NUL bytes; expected a text (CSV) file");
}

bool CsvReader::fill() {
    if (eof_) return false;
    if (pos_ > 0) {
        std::memmove(buf_.data(), buf_.data() + pos_, len_ - pos_);
        consumed_ += pos_;
        len_ -= pos_;
        pos_ = 0;
    }
    if (len_ == capacity()) buf_.resize(capacity() * 2 + kFieldSlack);  // a single row larger than the buffer
    const std::size_t got = std::fread(buf_.data() + len_, 1, capacity() - len_, file_);
    if (got == 0) {
        if (std::ferror(file_)) throw InputError(path_, "line", line_, std::string("read error: ") + std::strerror(errno));
        eof_ = true;
        return false;
    }
    len_ += got;
    return true;
}

bool CsvReader::parse_row(std::vector<std::string_view>& fields, std::size_t& row_end, std::uint64_t& newlines) {
    fields.clear();
    scratch_.clear();
    const char* data = buf_.data();
    std::size_t i = pos_;
    newlines = 0;
    // Quoted fields are unescaped into scratch_; reserving the rest of the
    // buffer keeps earlier views into scratch_ valid.
    bool scratch_reserved = false;
    while (true) {
        if (i < len_ && data[i] == '"') {
            if (!scratch_reserved) {
                scratch_.reserve(len_ - pos_ + kFieldSlack);
                scratch_reserved = true;
            }
            const std::size_t start = scratch_.size();
            ++i;
            while (true) {
                if (i >= len_) {
                    if (!eof_) return false;
                    throw InputError(path_, "line", line_, "a quoted field is never closed (missing '\"')");
                }
                const char c = data[i];
                if (c == '"') {
                    if (i + 1 >= len_ && !eof_) return false;
                    if (i + 1 < len_ && data[i + 1] == '"') {
                        scratch_.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == '\n') ++newlines;
                scratch_.push_back(c);
                ++i;
            }
            fields.emplace_back(scratch_.data() + start, scratch_.size() - start);
            if (i < len_ && data[i] == '\r') ++i;
            if (i >= len_) {
                if (!eof_) return false;
                row_end = i;
                return true;
            }
            if (data[i] == delimiter_) {
                ++i;
                continue;
            }
            if (data[i] == '\n') {
                row_end = i + 1;
                return true;
            }
            throw InputError(path_, "line", line_ + newlines,
                             "unexpected text after a closing quote in field " + std::to_string(fields.size()));
        }
        const std::size_t start = i;
        // One table lookup per byte: stops at the delimiter, '\n' and '"'.
        while (i < len_ && !stop_[static_cast<unsigned char>(data[i])]) ++i;
        if (i < len_ && data[i] == '"')
            throw InputError(path_, "line", line_,
                             "a quote inside unquoted field " + std::to_string(fields.size() + 1) +
                                 "; quote the whole field and double inner quotes (RFC 4180)");
        if (i >= len_ && !eof_) return false;
        std::size_t end = i;
        if (end > start && data[end - 1] == '\r' && (i >= len_ || data[i] == '\n')) --end;
        fields.emplace_back(data + start, end - start);
        if (i >= len_) {
            row_end = i;
            return true;
        }
        if (data[i] == '\n') {
            row_end = i + 1;
            return true;
        }
        ++i;  // delimiter
    }
}

bool CsvReader::parse_plain_row(std::vector<std::string_view>& fields, std::size_t& row_end) {
#if defined(__SSE2__)
    const char* data = buf_.data();
    const char* const limit = data + len_;
    const __m128i delim = _mm_set1_epi8(delimiter_), newline = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"');
    fields.clear();
    const char* start = data + pos_;
    // Loads may reach past len_ into the buffer's slack; bits from there are masked off.
    for (const char* block = start; block < limit; block += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
        const unsigned valid = limit - block < 16 ? (1u << (limit - block)) - 1 : 0xffffu;
        auto delims = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, delim))) & valid;
        const auto ends = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline))) & valid;
        const auto quotes = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote))) & valid;
        const unsigned first_end = ends ? ends & (0u - ends) : 0;  // lowest newline bit
        if (quotes && (!first_end || (quotes & (first_end - 1)))) return false;  // a quote in the row: the general parser
        if (first_end) delims &= first_end - 1;  // delimiters after the newline are the next row's
        for (; delims; delims &= delims - 1) {
            const char* d = block + __builtin_ctz(delims);
            fields.emplace_back(start, static_cast<std::size_t>(d - start));
            start = d + 1;
        }
        if (first_end) {
            const char* nl = block + __builtin_ctz(first_end);
            const char* end = nl > start && nl[-1] == '\r' ? nl - 1 : nl;
            fields.emplace_back(start, static_cast<std::size_t>(end - start));
            row_end = static_cast<std::size_t>(nl - data) + 1;
            return true;
        }
    }
    return false;  // the row runs past the buffer: the general parser refills
#else
    (void)fields;
    (void)row_end;
    return false;
#endif
}

bool CsvReader::next_row(std::vector<std::string_view>& fields) {
    while (true) {
        if (consumed_ + pos_ >= end_) return false;
        if (pos_ >= len_ && !fill()) return false;
        std::size_t row_end = 0;
        std::uint64_t newlines = 0;
        if (!parse_plain_row(fields, row_end) && !parse_row(fields, row_end, newlines)) {
            fill();
            continue;
        }
        row_line_ = line_;
        line_ += newlines + ((row_end > 0 && buf_[row_end - 1] == '\n') ? 1 : 0);
        pos_ = row_end;
        // Blank lines (a single empty field) are skipped.
        if (fields.size() == 1 && fields[0].find_first_not_of(" \t\r") == std::string_view::npos) continue;
        return true;
    }
}

}  // namespace prime
