#pragma once
// Strict number parsing for readers: surrounding blanks allowed, the whole
// field must be a finite number, nothing is ever silently turned into 0.
#include <cmath>
#include <optional>
#include <string_view>

#include <fast_float/fast_float.h>

namespace prime {

inline std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

enum class NumberStatus { Ok, Empty, NotANumber, NotFinite };

inline NumberStatus parse_number(std::string_view text, double& out) {
    text = trim_blanks(text);
    if (text.empty()) return NumberStatus::Empty;
    const char* first = text.data();
    if (*first == '+') ++first;  // fast_float rejects a leading '+'
    const char* last = text.data() + text.size();
    auto [ptr, ec] = fast_float::from_chars(first, last, out);
    if (ec != std::errc() || ptr != last) return NumberStatus::NotANumber;
    if (!std::isfinite(out)) return NumberStatus::NotFinite;
    return NumberStatus::Ok;
}

// True when `s` is valid UTF-8 (application names end up in the GUI and in JSON).
bool is_valid_utf8(std::string_view s);

}  // namespace prime
