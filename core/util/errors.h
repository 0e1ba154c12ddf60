#pragma once
// Errors that carry where bad input was found, so every reader can say
// "file:line: expected X, got Y" instead of failing silently.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace prime {

// Bad user input: a file, a record in it, and what was expected there.
class InputError : public std::runtime_error {
public:
    // `unit` is "line", "record" or "byte"; position 0 means "the whole file".
    InputError(std::string file, std::string unit, std::uint64_t position, const std::string& what);

    const std::string& file() const noexcept { return file_; }
    const std::string& unit() const noexcept { return unit_; }
    std::uint64_t position() const noexcept { return position_; }
    // The message without the "file:line:" prefix.
    const std::string& detail() const noexcept { return detail_; }

private:
    std::string file_, unit_, detail_;
    std::uint64_t position_;
};

// The user cancelled a long operation; not an error to report as a failure.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace prime
