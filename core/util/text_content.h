#pragma once
// What the first bytes of a file say it is, for the checks every reader makes
// before parsing (docs/formats.md, "Content decides the format"). Here, below
// data/, so the one text layer (read_text_file: workloads, topologies, oracle
// replies, JSON) and the log readers (data/file_content.h) name a Git LFS
// pointer or UTF-16 text in the same words.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prime {

// A Git LFS pointer checked out instead of the data it stands for.
struct LfsPointer {
    std::uint64_t pointer_bytes = 0;  // the pointer file's own size
    std::uint64_t object_bytes = 0;   // the real file's size, from its "size" line (0 if absent)
};
std::optional<LfsPointer> as_lfs_pointer(std::string_view head, std::uint64_t file_size);
// "a Git LFS pointer (134 bytes; the real file has 175385569 bytes and was not downloaded)"
std::string describe(const LfsPointer& pointer);
// The sentence a reader ends with.
inline constexpr std::string_view kLfsAdvice = "fetch the real file first (git lfs pull)";

// A UTF-16 byte-order mark (FF FE or FE FF): Excel's "Unicode text".
bool starts_utf16(std::string_view head);

}  // namespace prime
