#include "data/log_stats.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <span>
#include <thread>

namespace prime {

namespace {
Range range_of(std::span<float> values) {
    Range r;
    if (values.empty()) return r;
    const auto mid = values.begin() + static_cast<long>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    r.median = *mid;
    if (values.size() % 2 == 0) r.median = 0.5 * (r.median + *std::max_element(values.begin(), mid));
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    r.min = *lo;
    r.max = *hi;
    return r;
}

// Counts of one application (or of all); its values are a segment of the shared arrays.
struct Tally {
    std::uint64_t rows = 0, feasible = 0, areas = 0;
    std::vector<std::uint64_t> reasons;  // [0] = unknown, [i] = reason i - 1
};

AppStats finish(const DesignLog& log, std::string name, const Tally& t, Range latency, Range area) {
    AppStats s;
    s.name = std::move(name);
    s.rows = t.rows;
    s.feasible = t.feasible;
    s.feasible_fraction = t.rows ? static_cast<double>(t.feasible) / static_cast<double>(t.rows) : 0;
    s.latency_ms = latency;
    s.area_mm2 = area;
    for (std::size_t i = 1; i < t.reasons.size(); ++i)
        if (t.reasons[i]) s.reasons.emplace_back(log.reason_names()[i - 1], t.reasons[i]);
    if (t.reasons[0] && log.has_reasons()) s.reasons.emplace_back("unknown", t.reasons[0]);
    return s;
}

// Runs job(0..n-1) on up to every core.
template <typename Job>
void run_jobs(std::size_t n, bool parallel, Job job) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t j; (j = next.fetch_add(1)) < n;) job(j);
    };
    const unsigned threads = parallel ? std::max(1u, std::min(std::thread::hardware_concurrency(), 8u)) : 1u;
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
}
}  // namespace

LogStats compute_stats(const DesignLog& log) {
    // Two passes sort the values by application (a counting sort), so each
    // application's values are one segment of a single array: the medians
    // of the applications run on every core, then the one of all, with no
    // second copy of the columns.
    const std::size_t apps = log.app_names().size();
    const std::size_t groups = apps + 1;  // [apps]: rows of no known application
    std::vector<Tally> tally(groups);
    for (auto& t : tally) t.reasons.assign(log.reason_names().size() + 1, 0);
    const auto app = log.app();
    const auto lat = log.latency_ms();
    const auto area = log.area_mm2();
    const auto feasible = log.feasible();
    auto group_of = [&](std::size_t r) { return app[r] < apps ? app[r] : apps; };
    for (std::size_t r = 0; r < log.rows(); ++r) {
        Tally& t = tally[group_of(r)];
        ++t.rows;
        t.areas += std::isfinite(area[r]);
        if (feasible[r]) ++t.feasible;
        else if (log.has_reasons()) ++t.reasons[log.reason()[r]];
    }
    std::vector<std::size_t> lat_at(groups + 1, 0), area_at(groups + 1, 0);
    for (std::size_t g = 0; g < groups; ++g) lat_at[g + 1] = lat_at[g] + tally[g].feasible, area_at[g + 1] = area_at[g] + tally[g].areas;
    std::vector<float> latencies(lat_at[groups]), areas(area_at[groups]);
    {
        std::vector<std::size_t> li(lat_at.begin(), lat_at.end() - 1), ai(area_at.begin(), area_at.end() - 1);
        for (std::size_t r = 0; r < log.rows(); ++r) {
            const std::size_t g = group_of(r);
            if (std::isfinite(area[r])) areas[ai[g]++] = area[r];
            if (feasible[r]) latencies[li[g]++] = lat[r];
        }
    }
    std::vector<Range> ranges(2 * apps);
    const bool parallel = log.rows() >= (1u << 18);
    run_jobs(ranges.size(), parallel, [&](std::size_t j) {
        const std::size_t a = j / 2;
        ranges[j] = j % 2 ? range_of(std::span(areas).subspan(area_at[a], area_at[a + 1] - area_at[a]))
                          : range_of(std::span(latencies).subspan(lat_at[a], lat_at[a + 1] - lat_at[a]));
    });
    Range all_latency, all_area;
    run_jobs(2, parallel, [&](std::size_t j) { (j ? all_area : all_latency) = range_of(j ? areas : latencies); });

    Tally all;
    all.reasons.assign(log.reason_names().size() + 1, 0);
    for (const Tally& t : tally) {
        all.rows += t.rows;
        all.feasible += t.feasible;
        for (std::size_t i = 0; i < all.reasons.size(); ++i) all.reasons[i] += t.reasons[i];
    }
    LogStats stats;
    for (std::size_t a = 0; a < apps; ++a) stats.apps.push_back(finish(log, log.app_names()[a], tally[a], ranges[2 * a], ranges[2 * a + 1]));
    stats.total = finish(log, "all", all, all_latency, all_area);
    for (std::size_t p = 0; p < log.space().dimension(); ++p) {
        std::vector<std::uint64_t> h(log.space().parameter(p).size(), 0);
        for (ValueIndex v : log.parameter(p)) ++h[v];
        stats.histogram.push_back(std::move(h));
    }
    return stats;
}

Selection pareto_sweep(const float* lat, const float* area, Selection candidates) {
    // Most rows are far from the front. The front of an evenly spaced sample
    // of 2,048 rows already dominates nearly all of them, and a row strictly
    // dominated by any row can never be on the front; only the survivors are
    // sorted, so a million rows cost one pass instead of a sort.
    if (candidates.size() > 16384) {
        Selection sample;
        const std::size_t step = candidates.size() / 2048;
        for (std::size_t i = 0; i < candidates.size(); i += step) sample.push_back(candidates[i]);
        const Selection guide = pareto_sweep(lat, area, std::move(sample));
        std::vector<float> guide_area, guide_lat;  // by increasing area, decreasing latency
        for (RowIndex r : guide) guide_area.push_back(area[r]), guide_lat.push_back(lat[r]);
        std::size_t kept = 0;
        for (RowIndex r : candidates) {
            // The guide row of largest area below this row's has the least
            // latency of all guide rows with smaller area.
            const auto k = static_cast<std::size_t>(std::lower_bound(guide_area.begin(), guide_area.end(), area[r]) - guide_area.begin());
            if (k > 0 && guide_lat[k - 1] <= lat[r]) continue;
            candidates[kept++] = r;
        }
        candidates.resize(kept);
    }
    // Sort by area, then latency; a row is on the front when its latency beats
    // every row of smaller (or equal) area seen before it.
    std::stable_sort(candidates.begin(), candidates.end(), [&](RowIndex a, RowIndex b) {
        return area[a] != area[b] ? area[a] < area[b] : lat[a] < lat[b];
    });
    Selection front;
    float best = std::numeric_limits<float>::infinity();
    for (RowIndex r : candidates)
        if (lat[r] < best) {
            front.push_back(r);
            best = lat[r];
        }
    return front;
}

Selection pareto_front(const DesignLog& log, const Selection& rows) {
    const auto lat = log.latency_ms();
    const auto area = log.area_mm2();
    Selection candidates;
    for (RowIndex r : rows)
        if (log.feasible()[r] && std::isfinite(lat[r]) && std::isfinite(area[r])) candidates.push_back(r);
    return pareto_sweep(lat.data(), area.data(), std::move(candidates));
}

}  // namespace prime
