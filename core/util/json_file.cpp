#include "util/json_file.h"

#include <algorithm>

#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

nlohmann::json read_json_file(const std::filesystem::path& path) {
    const std::string text = read_text_file(path);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        const auto offset = std::min<std::size_t>(e.byte, text.size());
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
        throw InputError(path.string(), "line", static_cast<std::uint64_t>(line), "invalid JSON: " + std::string(e.what()));
    }
}

}  // namespace prime
