#pragma once
// TFRecord framing: each record is
//   uint64 length (little-endian) | uint32 masked CRC32C(length bytes)
//   | payload (length bytes)      | uint32 masked CRC32C(payload)
// The reader streams big blocks; payload views stay valid until the next call.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace prime {

class TfRecordFrameReader {
public:
    TfRecordFrameReader(const std::filesystem::path& path, bool verify_crc, std::size_t block_size = 4 << 20);
    ~TfRecordFrameReader();
    TfRecordFrameReader(const TfRecordFrameReader&) = delete;
    TfRecordFrameReader& operator=(const TfRecordFrameReader&) = delete;

    // Next payload; false at a clean end of file. Throws InputError naming the
    // record (1-based) and byte offset for truncation or CRC mismatch.
    bool next(std::string_view& payload);
    std::uint64_t record() const { return record_; }
    std::uint64_t offset() const { return record_offset_; }
    std::uint64_t bytes_consumed() const { return consumed_ + pos_; }
    std::uint64_t file_size() const { return file_size_; }

private:
    bool ensure(std::size_t n);  // at least n unread bytes buffered; false if the file ends first
    std::string path_;
    std::FILE* file_ = nullptr;
    bool verify_;
    std::vector<char> buf_;
    std::size_t len_ = 0, pos_ = 0;
    std::uint64_t consumed_ = 0, file_size_ = 0, record_ = 0, record_offset_ = 0;
};

// Appends one framed record to `out`.
void append_tfrecord_frame(std::string& out, std::string_view payload);

}  // namespace prime
