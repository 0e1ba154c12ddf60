#pragma once
// CRC-32C (Castagnoli), as TFRecord frames use it. Debian ships no CRC32C
// library for C++ (Google's crc32c and abseil's absl/crc are not packaged in
// bookworm), so this is a small implementation: the SSE4.2 crc32 instruction
// when the CPU has it, a slicing-by-8 table otherwise.
#include <cstddef>
#include <cstdint>

namespace prime {

std::uint32_t crc32c(const void* data, std::size_t size, std::uint32_t crc = 0);

// TFRecord's "masked" CRC: rotate right by 15 and add a constant, so a CRC of
// data that itself contains CRCs does not degenerate.
inline std::uint32_t mask_crc(std::uint32_t crc) { return ((crc >> 15) | (crc << 17)) + 0xa282ead8u; }

}  // namespace prime
