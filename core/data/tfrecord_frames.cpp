#include "data/tfrecord_frames.h"

#include <cerrno>
#include <cstring>

#include "util/crc32c.h"
#include "util/errors.h"

namespace prime {

namespace {
std::uint64_t load_u64(const char* p) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}
std::uint32_t load_u32(const char* p) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}
void store_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
constexpr std::uint64_t kMaxRecord = 1ull << 30;  // a design record is ~200 bytes; 1 GiB means corruption
}  // namespace

TfRecordFrameReader::TfRecordFrameReader(const std::filesystem::path& path, bool verify_crc, std::size_t block_size)
    : path_(path.string()), verify_(verify_crc), buf_(block_size) {
    file_ = std::fopen(path_.c_str(), "rb");
    if (!file_) throw InputError(path_, "record", 0, std::string("cannot open: ") + std::strerror(errno));
    std::error_code ec;
    file_size_ = std::filesystem::file_size(path, ec);
}

TfRecordFrameReader::~TfRecordFrameReader() {
    if (file_) std::fclose(file_);
}

bool TfRecordFrameReader::ensure(std::size_t n) {
    while (len_ - pos_ < n) {
        if (pos_ > 0) {
            std::memmove(buf_.data(), buf_.data() + pos_, len_ - pos_);
            consumed_ += pos_;
            len_ -= pos_;
            pos_ = 0;
        }
        if (buf_.size() < n) buf_.resize(n);
        const std::size_t got = std::fread(buf_.data() + len_, 1, buf_.size() - len_, file_);
        if (got == 0) {
            if (std::ferror(file_)) throw InputError(path_, "record", record_, std::string("read error: ") + std::strerror(errno));
            return false;
        }
        len_ += got;
    }
    return true;
}

bool TfRecordFrameReader::next(std::string_view& payload) {
    if (!ensure(1)) return false;  // clean end of file
    ++record_;
    record_offset_ = consumed_ + pos_;
    auto truncated = [&](const std::string& part) {
        return InputError(path_, "record", record_,
                          "the file ends inside this record (at byte " + std::to_string(file_size_) + ", while reading its " +
                              part + "); the file is truncated");
    };
    if (!ensure(12)) throw truncated("length header");
    const char* head = buf_.data() + pos_;
    const std::uint64_t length = load_u64(head);
    if (verify_ && mask_crc(crc32c(head, 8)) != load_u32(head + 8))
        throw InputError(path_, "record", record_,
                         "CRC mismatch in the length header at byte " + std::to_string(record_offset_) +
                             "; the file is corrupt or not a TFRecord file");
    if (length > kMaxRecord)
        throw InputError(path_, "record", record_, "implausible record length " + std::to_string(length) + " bytes; expected a TFRecord file");
    if (!ensure(12 + length + 4)) throw truncated(length > 0 && len_ - pos_ < 12 + length ? "payload" : "payload CRC");
    const char* data = buf_.data() + pos_ + 12;
    if (verify_ && mask_crc(crc32c(data, length)) != load_u32(data + length))
        throw InputError(path_, "record", record_,
                         "payload CRC mismatch (record at byte " + std::to_string(record_offset_) + "); the data is corrupt");
    payload = std::string_view(data, length);
    pos_ += 12 + length + 4;
    return true;
}

void append_tfrecord_frame(std::string& out, std::string_view payload) {
    const std::uint64_t length = payload.size();
    char len_bytes[8];
    for (int i = 0; i < 8; ++i) len_bytes[i] = static_cast<char>((length >> (8 * i)) & 0xff);
    out.append(len_bytes, 8);
    store_u32(out, mask_crc(crc32c(len_bytes, 8)));
    out.append(payload);
    store_u32(out, mask_crc(crc32c(payload.data(), payload.size())));
}

}  // namespace prime
