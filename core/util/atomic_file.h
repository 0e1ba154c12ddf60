#pragma once
// Atomic file writes: write everything to a temporary file beside the target,
// flush it to disk, then rename over the target. A crash or a cancel never
// leaves a half-written file under the final name.
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>

namespace prime {

// Calls `write(FILE*)` on a temporary file, then renames it to `path`.
// Throws std::runtime_error naming the file on any I/O failure; the
// temporary file is removed when `write` throws (including prime::Cancelled).
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::FILE*)>& write);

// Convenience for small text files (JSON, Markdown).
void write_text_atomically(const std::filesystem::path& path, const std::string& text);

// Whole file as a string; throws InputError when it cannot be read.
/// The whole file as text, without a UTF-8 byte-order mark: the one text
/// layer of workloads, topologies and oracle replies (CSV logs strip it in
/// their streaming reader the same way).
std::string read_text_file(const std::filesystem::path& path);

// Throws std::runtime_error naming `path` unless `n` items were written.
void checked_fwrite(const void* data, std::size_t size, std::size_t n, std::FILE* f,
                    const std::filesystem::path& path);

}  // namespace prime
