#include "util/errors.h"

namespace prime {

namespace {
std::string format(const std::string& file, const std::string& unit, std::uint64_t position,
                   const std::string& what) {
    std::string out;
    out.reserve(file.size() + unit.size() + what.size() + 32);
    out.append(file);
    if (position > 0) out.append(": ").append(unit).append(" ").append(std::to_string(position));
    out.append(": ").append(what);
    return out;
}
}  // namespace

InputError::InputError(std::string file, std::string unit, std::uint64_t position,
                       const std::string& what)
    : std::runtime_error(format(file, unit, position, what)),
      file_(std::move(file)), unit_(std::move(unit)), detail_(what), position_(position) {}

}  // namespace prime
