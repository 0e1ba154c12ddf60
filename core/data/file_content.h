#pragma once
// Content decides the format: what a file's first bytes say it is, checked
// before any reader parses it, so a compressed TFRecord, a Git LFS pointer or
// a file with the wrong extension gets a sentence that names what it is
// instead of a parse error deep inside (a CRC mismatch, a missing column).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace prime {

enum class FileContent {
    Missing,
    Empty,
    GitLfsPointer,  // "version https://git-lfs.github.com/spec/v1" + oid + size
    Gzip,           // 1f 8b: gzip (TensorFlow's GZIP TFRecord option, *.gz)
    Zlib,           // 78 01/5e/9c/da: zlib (TensorFlow's ZLIB TFRecord option)
    Snapshot,       // "PRIMELOG": PRIME Studio's snapshot
    TfRecord,       // a TFRecord frame header whose length CRC checks out
    Utf16Text,      // FF FE or FE FF: text saved as UTF-16 (Excel's "Unicode text")
    Text,           // printable text (CSV and friends)
    Binary,         // anything else
};

struct FileSniff {
    FileContent content = FileContent::Missing;
    std::uint64_t size = 0;            // bytes on disk
    std::uint64_t lfs_object_size = 0; // GitLfsPointer: the real file's size
    /// For people: "a Git LFS pointer (the real file has 175,385,569 bytes)", "gzip-compressed data", ...
    std::string description() const;
};

/// Reads at most the first 512 bytes. A folder is reported as Missing.
FileSniff sniff_file(const std::filesystem::path& path);

/// A decompressed copy of a gzip or zlib file in the temporary folder,
/// removed when the object dies. InputError naming `source` when the data
/// is not a valid stream.
class DecompressedFile {
public:
    explicit DecompressedFile(const std::filesystem::path& source);
    ~DecompressedFile();
    DecompressedFile(const DecompressedFile&) = delete;
    DecompressedFile& operator=(const DecompressedFile&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace prime
