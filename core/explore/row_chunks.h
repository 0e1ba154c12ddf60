// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits [0, rows) into one contiguous chunk per worker thread and runs
// fn(chunk, begin, end) on each. Explorer scans touch millions of rows per
// zoom; two cores halve the wait. Small inputs stay on the calling thread,
// where a thread start would cost more than the scan.
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace prime::explore {

inline unsigned scan_threads(std::size_t rows) {
    if (rows < (1u << 18)) return 1;
    return std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
}

template <typename Fn>
void for_row_chunks(std::size_t rows, unsigned threads, Fn&& fn) {
    threads = std::max(1u, threads);
    if (threads == 1) {
        fn(0u, std::size_t(0), rows);
        return;
    }
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        const std::size_t b = rows * t / threads, e = rows * (t + 1) / threads;
        pool.emplace_back([&fn, t, b, e] { fn(t, b, e); });
    }
}

}  // namespace prime::explore
