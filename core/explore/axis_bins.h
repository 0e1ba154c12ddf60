// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maps a data coordinate to one of `bins` equal-width cells over [lo, hi],
// equal width in log10 space when `log` is set, as a pixel column of a plot
// with a linear or logarithmic axis would.
#include <cmath>

namespace prime::explore {

struct AxisBins {
    double lo = 0, hi = 1;
    int bins = 1;
    bool log = false;

    bool valid() const {
        return bins > 0 && hi > lo && std::isfinite(lo) && std::isfinite(hi) && (!log || lo > 0);
    }
    // Cell of `v`, or -1 outside [lo, hi] (and for non-positive v on a log axis).
    int bin(double v) const {
        double t;
        if (log) {
            if (!(v > 0)) return -1;
            t = (std::log10(v) - std::log10(lo)) / (std::log10(hi) - std::log10(lo));
        } else {
            t = (v - lo) / (hi - lo);
        }
        if (!(t >= 0.0) || t > 1.0) return -1;
        const int b = static_cast<int>(t * bins);
        return b < bins ? b : bins - 1;  // v == hi belongs to the last cell
    }
    // Data coordinate of the centre of cell b.
    double centre(int b) const {
        const double t = (b + 0.5) / bins;
        return log ? std::pow(10.0, std::log10(lo) + t * (std::log10(hi) - std::log10(lo))) : lo + t * (hi - lo);
    }
};

// Precomputed form of AxisBins::bin for hot loops over millions of rows: one
// multiply-add per value instead of two divisions and a log of the bounds.
class FastBinner {
public:
    explicit FastBinner(const AxisBins& a)
        : log_(a.log), bins_(a.bins),
          offset_(a.log ? std::log10(a.lo) : a.lo),
          scale_(a.bins / (a.log ? std::log10(a.hi) - std::log10(a.lo) : a.hi - a.lo)) {}
    int operator()(float v) const {
        double x;
        if (log_) {
            if (!(v > 0)) return -1;
            // log10f: single precision (about 1e-7 of a decade) is far finer
            // than a pixel and half the cost of the double log per row.
            x = (static_cast<double>(std::log10(v)) - offset_) * scale_;
        } else {
            x = (static_cast<double>(v) - offset_) * scale_;
        }
        if (!(x >= 0.0) || x > bins_) return -1;
        const int b = static_cast<int>(x);
        return b < bins_ ? b : bins_ - 1;
    }

private:
    bool log_;
    int bins_;
    double offset_, scale_;
};

}  // namespace prime::explore
