#pragma once
// Strict number parsing for readers: surrounding blanks allowed, the whole
// field must be a finite number, nothing is ever silently turned into 0.
#include <cmath>
#include <cstdint>
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
    // Fast path for plain decimals ("4096", "63.13555"): with at most 15
    // digits the digits form an exact integer and one division by an exact
    // power of ten rounds correctly (Clinger's fast path), so the result is
    // identical to the general parser's.
    if (text.size() <= 16) {
        static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        std::uint64_t mantissa = 0;
        std::size_t digits = 0, dot = text.size(), i = 0;
        for (; i < text.size(); ++i) {
            const unsigned d = static_cast<unsigned char>(text[i]) - '0';
            if (d <= 9) {
                mantissa = mantissa * 10 + d;
                ++digits;
            } else if (text[i] == '.' && dot == text.size()) {
                dot = i;
            } else {
                break;
            }
        }
        if (i == text.size() && digits > 0 && digits <= 15) {
            const std::size_t decimals = dot == text.size() ? 0 : text.size() - dot - 1;
            out = static_cast<double>(mantissa) / kPow10[decimals];
            return NumberStatus::Ok;
        }
    }
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
