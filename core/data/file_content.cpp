#include "data/file_content.h"

#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string_view>
#include <vector>

#include "util/crc32c.h"
#include "util/errors.h"
#include "util/text_content.h"

namespace prime {

namespace fs = std::filesystem;

std::string FileSniff::description() const {
    switch (content) {
        case FileContent::Missing: return "missing";
        case FileContent::Empty: return "an empty file";
        case FileContent::GitLfsPointer: return describe(LfsPointer{size, lfs_object_size});
        case FileContent::Gzip: return "gzip-compressed data";
        case FileContent::Zlib: return "zlib-compressed data";
        case FileContent::Snapshot: return "a PRIME Studio snapshot (.primelog)";
        case FileContent::TfRecord: return "TFRecord frames";
        case FileContent::Utf16Text: return "UTF-16 text";
        case FileContent::Text: return "text";
        case FileContent::Binary: return "binary data";
    }
    return "unknown";
}

FileSniff sniff_file(const fs::path& path) {
    FileSniff s;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return s;
    s.size = fs::file_size(path, ec);
    if (s.size == 0) {
        s.content = FileContent::Empty;
        return s;
    }
    std::ifstream in(path, std::ios::binary);
    std::string head(512, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const auto b = [&](std::size_t i) { return i < head.size() ? static_cast<unsigned char>(head[i]) : 0u; };
    if (const auto lfs = as_lfs_pointer(head, s.size)) {
        s.content = FileContent::GitLfsPointer;
        s.lfs_object_size = lfs->object_bytes;
        return s;
    }
    if (b(0) == 0x1f && b(1) == 0x8b) {
        s.content = FileContent::Gzip;
        return s;
    }
    // A zlib header as zlib (and so TensorFlow) writes it: deflate with a 32K
    // window (0x78) and one of the four level markers. Looser checks would
    // mistake text starting with "x " for compressed data.
    if (b(0) == 0x78 && (b(1) == 0x01 || b(1) == 0x5e || b(1) == 0x9c || b(1) == 0xda)) {
        s.content = FileContent::Zlib;
        return s;
    }
    // Before the printable check, which UTF-16's zero bytes would fail.
    if (starts_utf16(head)) {
        s.content = FileContent::Utf16Text;
        return s;
    }
    if (head.compare(0, 8, "PRIMELOG") == 0) {
        s.content = FileContent::Snapshot;
        return s;
    }
    // TFRecord: uint64 length, then the masked CRC32C of those 8 bytes.
    if (head.size() >= 12) {
        std::uint32_t stored;
        std::memcpy(&stored, head.data() + 8, 4);
        if (mask_crc(crc32c(head.data(), 8)) == stored) {
            s.content = FileContent::TfRecord;
            return s;
        }
    }
    std::size_t printable = 0;
    for (unsigned char c : head) printable += (c >= 0x20 || c == '\n' || c == '\r' || c == '\t' || c >= 0x80);
    s.content = printable == head.size() ? FileContent::Text : FileContent::Binary;
    return s;
}

DecompressedFile::DecompressedFile(const fs::path& source) {
    static std::atomic<unsigned> counter{0};
    std::string name = source.filename().string();
    for (std::string_view ext : {".gz", ".zz", ".z"})
        if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0)
            name.resize(name.size() - ext.size());
    path_ = fs::temp_directory_path() /
            ("prime-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + name);
    std::FILE* in = std::fopen(source.c_str(), "rb");
    std::FILE* out = std::fopen(path_.c_str(), "wb");
    if (!in || !out) {
        if (in) std::fclose(in);
        if (out) std::fclose(out);
        throw InputError(source.string(), "byte", 0, "cannot open the file to decompress it");
    }
    z_stream z{};
    inflateInit2(&z, 15 + 32);  // 32: detect gzip or zlib headers
    std::vector<unsigned char> ibuf(1 << 16), obuf(1 << 18);
    int rc = Z_OK;
    std::uint64_t consumed = 0;
    // Only a stream that reaches its end marker is whole: running out of
    // input before it is a truncated file (a half-finished download), which
    // must not be read as the shorter file it would decompress to.
    bool complete = false;
    std::string kind = "compressed";
    while (true) {
        if (z.avail_in == 0) {
            z.avail_in = static_cast<uInt>(std::fread(ibuf.data(), 1, ibuf.size(), in));
            z.next_in = ibuf.data();
            if (z.avail_in == 0) break;  // end of input
            if (consumed == 0) kind = ibuf[0] == 0x1f ? "gzip" : "zlib";
        }
        z.next_out = obuf.data();
        z.avail_out = static_cast<uInt>(obuf.size());
        const uInt before = z.avail_in;
        rc = inflate(&z, Z_NO_FLUSH);
        consumed += before - z.avail_in;
        if (rc != Z_OK && rc != Z_STREAM_END) break;
        std::fwrite(obuf.data(), 1, obuf.size() - z.avail_out, out);
        complete = rc == Z_STREAM_END;
        // Concatenated gzip members (a stream written in parts) continue.
        if (complete) {
            if (z.avail_in == 0 && std::feof(in)) break;
            inflateReset(&z);
            complete = false;
        }
    }
    const std::string zmsg = z.msg ? z.msg : "";
    inflateEnd(&z);
    std::fclose(in);
    const bool written = std::fclose(out) == 0;
    if (!complete || !written) {
        fs::remove(path_);
        throw InputError(source.string(), "byte", consumed,
                         rc == Z_OK || rc == Z_BUF_ERROR
                             ? "the " + kind + "-compressed data ends before its end marker; the file is truncated"
                             : "the " + kind + "-compressed data is damaged (zlib: " + (zmsg.empty() ? std::string("error ") + std::to_string(rc) : zmsg) + ")");
    }
}

DecompressedFile::~DecompressedFile() {
    std::error_code ec;
    fs::remove(path_, ec);
}

}  // namespace prime
