#include "study/report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <unordered_map>

#include "sim/workload_library.h"

namespace prime {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

double median_of(std::vector<double> v) {
    if (v.empty()) return kNaN;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    if (n % 2 == 1) return v[n / 2];
    const double a = v[n / 2 - 1], b = v[n / 2];
    return std::isfinite(b) ? (a + b) / 2 : std::numeric_limits<double>::infinity();
}

// The area a verified proposal is judged by: the oracle's when it reports
// one, else the study's model (e.g. a command oracle that returns latency only).
CandidateMetrics verified_metrics(const Proposal& p) {
    CandidateMetrics m;
    m.area_mm2 = std::isfinite(p.verified->area_mm2) ? p.verified->area_mm2 : p.area_mm2;
    m.power_w = p.verified->power_w;
    m.feasible = p.verified->feasible;
    return m;
}

bool in_budget(const CandidateMetrics& m, const Budget& budget) {
    Budget b = budget;
    if (!std::isfinite(b.area_mm2) && !b.power_w) return true;  // nothing to check, area may be unknown
    return within_budget(m, b);
}

void finish_row(ReportRow& row, const std::vector<double>& latencies, double predicted_best) {
    double best = std::numeric_limits<double>::infinity();
    for (double l : latencies) best = std::min(best, l);
    row.best_ms = std::isfinite(best) ? best : kNaN;
    const double median = median_of(latencies);
    row.median_ms = std::isfinite(median) ? median : kNaN;
    row.predicted_best_ms = predicted_best;
    row.ratio = row.dataset_best_ms / row.best_ms;
    row.normalized_best = normalized_score(row.best_ms, row.log_min_ms, row.log_max_ms);
    row.normalized_median = normalized_score(row.median_ms, row.log_min_ms, row.log_max_ms);
}

void log_range(ReportRow& row, const std::vector<LoggedDesign>& logged, double area_budget) {
    row.log_min_ms = row.log_max_ms = row.dataset_best_ms = kNaN;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo, best = lo;
    for (const auto& d : logged) {
        lo = std::min(lo, d.latency_ms);
        hi = std::max(hi, d.latency_ms);
        if (!std::isfinite(area_budget) || d.area_mm2 <= area_budget) best = std::min(best, d.latency_ms);
    }
    if (std::isfinite(lo)) row.log_min_ms = lo, row.log_max_ms = hi;
    if (std::isfinite(best)) row.dataset_best_ms = best;
}

}  // namespace

AppId find_log_app(const DesignLog& log, const std::string& app) {
    const auto& names = log.app_names();
    if (app.empty()) {
        if (names.size() == 1) return 0;
        throw std::invalid_argument("the log has " + std::to_string(names.size()) + " applications: name the one to use");
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == app) return static_cast<AppId>(i);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (lower(names[i]) == lower(app)) return static_cast<AppId>(i);
    const std::string canonical = resolve_builtin_workload(app);
    if (!canonical.empty())
        for (std::size_t i = 0; i < names.size(); ++i)
            if (resolve_builtin_workload(names[i]) == canonical) return static_cast<AppId>(i);
    std::string known;
    for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
    throw std::invalid_argument("application '" + app + "' is not in the log (it has: " + known + ")");
}

std::vector<LoggedDesign> logged_latencies(const DesignLog& log, const std::vector<std::string>& apps,
                                           LatencyAggregate aggregate, const std::vector<double>& weights) {
    const std::vector<std::string> names = apps.empty() ? std::vector<std::string>{std::string()} : apps;
    std::vector<AppId> ids;
    for (const auto& a : names) ids.push_back(find_log_app(log, a));
    // Per distinct design: latency per application (NaN = not logged or infeasible).
    struct Entry {
        std::vector<double> latency;
        double area = kNaN;
    };
    std::unordered_map<Design, Entry, DesignHash> by_design;
    const auto lat = log.latency_ms();
    const auto area = log.area_mm2();
    const auto feasible = log.feasible();
    const auto app = log.app();
    for (RowIndex r = 0; r < log.rows(); ++r) {
        const auto it = std::find(ids.begin(), ids.end(), app[r]);
        if (it == ids.end()) continue;
        Entry& e = by_design.try_emplace(log.design(r), Entry{std::vector<double>(ids.size(), kNaN), kNaN}).first->second;
        if (feasible[r] && lat[r] > 0) e.latency[static_cast<std::size_t>(it - ids.begin())] = lat[r];
        // The rows of one design share its area; take the largest to stay conservative.
        if (std::isfinite(area[r])) e.area = std::isnan(e.area) ? area[r] : std::max<double>(e.area, area[r]);
    }
    std::vector<LoggedDesign> out;
    out.reserve(by_design.size());
    for (const auto& [design, e] : by_design) {
        if (!std::all_of(e.latency.begin(), e.latency.end(), [](double l) { return std::isfinite(l); })) continue;
        out.push_back({combine_latencies(e.latency, weights, aggregate), e.area});
    }
    return out;
}

double normalized_score(double latency_ms, double log_min_ms, double log_max_ms) {
    if (!std::isfinite(latency_ms) || !(log_max_ms > log_min_ms)) return kNaN;
    // y = -latency: y_min = -max, y_max = -min.
    return (-latency_ms - (-log_max_ms)) / (log_max_ms - log_min_ms);
}

StudyReport make_report(const DesignLog& log, const std::vector<Proposal>& proposals, const StudyOptions& options) {
    StudyReport rep;
    rep.k = proposals.size();
    const std::vector<std::string> apps = options.apps.empty() ? std::vector<std::string>{std::string()} : options.apps;
    for (const auto& p : proposals)
        if (!p.verified) throw std::invalid_argument("make_report: every proposal must be verified first");

    // Which proposals count: feasible on every application and within budget.
    std::vector<bool> counts(proposals.size());
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        const CandidateMetrics m = verified_metrics(proposals[i]);
        rep.feasible += m.feasible;
        counts[i] = m.feasible && in_budget(m, options.budget);
        rep.feasible_in_budget += counts[i];
    }
    rep.fraction_feasible_in_budget = rep.k ? double(rep.feasible_in_budget) / double(rep.k) : 0.0;

    // The objective row.
    rep.combined.name = apps.size() == 1 ? (apps[0].empty() ? log.app_names().at(find_log_app(log, "")) : apps[0])
                                         : "combined (" + std::string(to_string(options.aggregate)) + ")";
    log_range(rep.combined, logged_latencies(log, apps, options.aggregate, options.weights), options.budget.area_mm2);
    std::vector<double> combined;
    double best = std::numeric_limits<double>::infinity(), predicted_best = kNaN;
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        double l = std::numeric_limits<double>::infinity();
        if (counts[i]) l = combine_latencies(proposals[i].verified->latency_ms, options.weights, options.aggregate);
        combined.push_back(l);
        if (l < best) best = l, predicted_best = proposals[i].predicted_latency_ms;
    }
    finish_row(rep.combined, combined, predicted_best);

    // One row per application when there are several.
    if (apps.size() > 1) {
        for (std::size_t a = 0; a < apps.size(); ++a) {
            ReportRow row;
            row.name = apps[a];
            log_range(row, logged_latencies(log, {apps[a]}, LatencyAggregate::Mean, {}), options.budget.area_mm2);
            std::vector<double> lat;
            double b = std::numeric_limits<double>::infinity(), pb = kNaN;
            for (std::size_t i = 0; i < proposals.size(); ++i) {
                const double l = counts[i] ? proposals[i].verified->latency_ms[a] : std::numeric_limits<double>::infinity();
                lat.push_back(l);
                if (l < b && a < proposals[i].predicted_app_latency_ms.size()) b = l, pb = proposals[i].predicted_app_latency_ms[a];
            }
            finish_row(row, lat, pb);
            rep.apps.push_back(row);
        }
    }
    return rep;
}

namespace {
nlohmann::json num(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

nlohmann::json row_json(const ReportRow& r) {
    return {{"name", r.name},
            {"dataset_best_ms", num(r.dataset_best_ms)},
            {"log_min_ms", num(r.log_min_ms)},
            {"log_max_ms", num(r.log_max_ms)},
            {"best_ms", num(r.best_ms)},
            {"median_ms", num(r.median_ms)},
            {"predicted_best_ms", num(r.predicted_best_ms)},
            {"ratio_over_dataset_best", num(r.ratio)},
            {"normalized_best", num(r.normalized_best)},
            {"normalized_median", num(r.normalized_median)}};
}

std::string cell(double v, const char* fmt = "%.3f") {
    if (!std::isfinite(v)) return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

std::string md_row(const ReportRow& r) {
    return "| " + r.name + " | " + cell(r.dataset_best_ms) + " | " + cell(r.best_ms) + " | " + cell(r.median_ms) + " | " +
           cell(r.predicted_best_ms) + " | " + cell(r.ratio, "%.2fx") + " | " + cell(r.normalized_best) + " | " +
           cell(r.normalized_median) + " |\n";
}
}  // namespace

nlohmann::json to_json(const StudyReport& r) {
    nlohmann::json j;
    j["format"] = "prime-study-report";
    j["version"] = 1;
    j["k"] = r.k;
    j["feasible"] = r.feasible;
    j["feasible_in_budget"] = r.feasible_in_budget;
    j["fraction_feasible_in_budget"] = r.fraction_feasible_in_budget;
    j["objective"] = row_json(r.combined);
    j["applications"] = nlohmann::json::array();
    for (const auto& a : r.apps) j["applications"].push_back(row_json(a));
    j["area_model"] = r.area_model;
    j["provenance"] = r.provenance;
    return j;
}

std::string verdict(const ReportRow& c) {
    char buf[256];
    if (!std::isfinite(c.dataset_best_ms) && !std::isfinite(c.best_ms))
        return "Neither the log nor the proposals hold a feasible design within the budget.";
    if (!std::isfinite(c.best_ms)) {
        std::snprintf(buf, sizeof buf,
                      "No proposal is feasible within the budget: the log's best in-budget design (%.4g ms) remains the "
                      "best one.",
                      c.dataset_best_ms);
    } else if (!std::isfinite(c.dataset_best_ms)) {
        std::snprintf(buf, sizeof buf, "The log holds no feasible in-budget design; the best proposal runs in %.4g ms.",
                      c.best_ms);
    } else if (c.best_ms < c.dataset_best_ms) {
        std::snprintf(buf, sizeof buf, "The best proposal beats the log's best in-budget design: %.4g ms against %.4g ms (%.2fx).",
                      c.best_ms, c.dataset_best_ms, c.dataset_best_ms / c.best_ms);
    } else {
        std::snprintf(buf, sizeof buf,
                      "No proposal beats the log's best in-budget design (%.4g ms; the best proposal: %.4g ms): keep the "
                      "logged design.",
                      c.dataset_best_ms, c.best_ms);
    }
    return buf;
}

std::string to_markdown(const StudyReport& r, const std::string& title) {
    std::string md = "# " + title + "\n\n";
    md += "Proposals verified: " + std::to_string(r.k) + "; feasible: " + std::to_string(r.feasible) +
          "; feasible and within budget: " + std::to_string(r.feasible_in_budget) + " (" +
          cell(100 * r.fraction_feasible_in_budget, "%.1f") + "%).\n\n";
    md += "Latencies in ms. *Best* and *median* are over the K verified proposals, an infeasible or over-budget one "
          "counting as worst. *Ratio* = best in-budget logged latency / best verified latency (above 1: better than "
          "the data). *Normalized* = (y - y_min) / (y_max - y_min), y = -latency, range over every feasible logged design.\n\n";
    md += "| | dataset best | best | median | predicted (best) | ratio | normalized best | normalized median |\n";
    md += "|---|---|---|---|---|---|---|---|\n";
    md += md_row(r.combined);
    for (const auto& a : r.apps) md += md_row(a);
    md += "\n" + verdict(r.combined) + "\n";
    if (!r.area_model.empty()) md += "\nArea during the search: " + r.area_model + ".\n";
    if (r.provenance.is_object() && !r.provenance.empty()) {
        md += "\n## Provenance\n\n";
        for (const auto& [key, value] : r.provenance.items())
            md += "- " + key + ": `" + (value.is_string() ? value.get<std::string>() : value.dump()) + "`\n";
    }
    return md;
}

}  // namespace prime
