#include "util/text_content.h"

#include <cstdlib>

namespace prime {

std::optional<LfsPointer> as_lfs_pointer(std::string_view head, std::uint64_t file_size) {
    constexpr std::string_view signature = "version https://git-lfs.github.com/spec/";
    if (head.substr(0, signature.size()) != signature) return std::nullopt;
    LfsPointer p{file_size, 0};
    if (const auto at = head.find("\nsize "); at != std::string_view::npos)
        p.object_bytes = std::strtoull(std::string(head.substr(at + 6, 24)).c_str(), nullptr, 10);
    return p;
}

std::string describe(const LfsPointer& p) {
    return "a Git LFS pointer (" + std::to_string(p.pointer_bytes) + " bytes; the real file has " +
           std::to_string(p.object_bytes) + " bytes and was not downloaded)";
}

bool starts_utf16(std::string_view head) {
    if (head.size() < 2) return false;
    const auto b0 = static_cast<unsigned char>(head[0]), b1 = static_cast<unsigned char>(head[1]);
    return (b0 == 0xff && b1 == 0xfe) || (b0 == 0xfe && b1 == 0xff);
}

}  // namespace prime
