// prime-cli info LOG...: what is in a design log.
#include <cstdio>
#include <future>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "data/file_content.h"
#include "cli/log_options.h"
#include "cli/progress_bar.h"
#include "data/log_io.h"
#include "data/log_stats.h"

namespace prime::cli {

namespace {

nlohmann::json range_json(const Range& r) {
    auto num = [](double v) { return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v); };
    return {{"min", num(r.min)}, {"median", num(r.median)}, {"max", num(r.max)}};
}

nlohmann::json app_json(const AppStats& a) {
    nlohmann::json reasons = nlohmann::json::object();
    for (const auto& [name, n] : a.reasons) reasons[name] = n;
    return {{"name", a.name},           {"rows", a.rows},
            {"feasible", a.feasible},   {"feasible_fraction", a.feasible_fraction},
            {"latency_ms", range_json(a.latency_ms)}, {"area_mm2", range_json(a.area_mm2)},
            {"infeasible_reasons", reasons}};
}

std::string cardinality_text(const SearchSpace& s) {
    Count128 n = s.cardinality();
    if (n == ~static_cast<Count128>(0)) return "more than 2^128";
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(n % 10)));
        n /= 10;
    } while (n);
    return digits;
}

void print_text(const DesignLog& log, const LogStats& stats, std::size_t front) {
    const SearchSpace& s = log.space();
    std::printf("space: %s, %zu parameters, %s designs, one-hot width %zu\n", s.name().c_str(), s.dimension(),
                cardinality_text(s).c_str(), s.one_hot_width());
    std::printf("rows: %zu (%.1f MB in memory), applications: %zu\n\n", log.rows(), log.column_bytes() / 1e6,
                log.app_names().size());
    std::printf("%-22s %10s %9s %12s %12s %12s %10s %10s\n", "application", "rows", "feasible", "latency min",
                "median", "max (ms)", "area min", "max (mm2)");
    auto row = [](const AppStats& a) {
        if (a.feasible == 0) {  // no latency to summarise: say so instead of printing nan
            std::printf("%-22s %10llu %8.1f%% %38s %10.2f %10.2f\n", a.name.c_str(), static_cast<unsigned long long>(a.rows),
                        0.0, "no feasible designs", a.area_mm2.min, a.area_mm2.max);
            return;
        }
        std::printf("%-22s %10llu %8.1f%% %12.3f %12.3f %12.3f %10.2f %10.2f\n", a.name.c_str(),
                    static_cast<unsigned long long>(a.rows), 100 * a.feasible_fraction, a.latency_ms.min,
                    a.latency_ms.median, a.latency_ms.max, a.area_mm2.min, a.area_mm2.max);
    };
    for (const auto& a : stats.apps) row(a);
    if (stats.apps.size() > 1) row(stats.total);
    if (!stats.total.reasons.empty()) {
        std::printf("\ninfeasibility reasons:");
        for (const auto& [name, n] : stats.total.reasons) std::printf(" %s %llu", name.c_str(), static_cast<unsigned long long>(n));
        std::printf("\n");
    }
    std::printf("\nPareto front (latency vs area, feasible, all applications pooled): %zu designs\n", front);
    if (!log.column_notes().empty()) {
        std::printf("\ncolumns:\n");
        for (const auto& n : log.column_notes())
            std::printf("  %-24s %-12s %s\n", n.column.empty() ? "(empty header)" : n.column.c_str(), n.role.c_str(),
                        n.reason.c_str());
    }
}

}  // namespace

void add_info_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("info", "summarize design logs: applications, feasibility, latency and area ranges");
    struct Args {
        std::vector<std::string> logs;
        bool json = false;
        LogInputOptions input;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("LOG", args->logs, "design logs: " + log_formats_summary())->required();
    cmd->add_flag("--json", args->json, "print JSON instead of a table");
    args->input.add_to(*cmd);
    cmd->callback([args] {
        ReadOptions options = args->input.to_read_options();
        ProgressBar bar("reading");
        options.job = &bar.job();
        const DesignLog log = read_logs({args->logs.begin(), args->logs.end()}, options);
        bar.finish();
        // Two independent passes over the columns: one per core.
        auto front_job = std::async(std::launch::async, [&log] { return pareto_front(log, log.all_rows()); });
        const LogStats stats = compute_stats(log);
        const Selection front = front_job.get();
        // What each file was, when its content is not plain: "gzip-compressed data", ...
        std::vector<std::pair<std::string, std::string>> compressed;
        for (const auto& f : args->logs) {
            const FileSniff sniff = sniff_file(f);
            if (sniff.content == FileContent::Gzip || sniff.content == FileContent::Zlib)
                compressed.emplace_back(f, sniff.description());
        }
        if (!args->json) {
            for (const auto& [file, what] : compressed) std::printf("%s: %s, read through zlib\n", file.c_str(), what.c_str());
            return print_text(log, stats, front.size());
        }

        nlohmann::json j;
        j["space"] = {{"name", log.space().name()}, {"parameters", log.space().dimension()},
                      {"cardinality", cardinality_text(log.space())}, {"one_hot_width", log.space().one_hot_width()}};
        j["rows"] = log.rows();
        j["compressed"] = nlohmann::json::object();
        for (const auto& [file, what] : compressed) j["compressed"][file] = what;
        j["applications"] = nlohmann::json::array();
        for (const auto& a : stats.apps) j["applications"].push_back(app_json(a));
        j["total"] = app_json(stats.total);
        nlohmann::json hist = nlohmann::json::object();
        for (std::size_t p = 0; p < log.space().dimension(); ++p) {
            nlohmann::json h = nlohmann::json::object();
            const auto& param = log.space().parameter(p);
            for (std::size_t v = 0; v < param.size(); ++v) h[nlohmann::json(param.values[v]).dump()] = stats.histogram[p][v];
            hist[param.name] = h;
        }
        j["histograms"] = hist;
        j["pareto_front_size"] = front.size();
        j["columns"] = nlohmann::json::array();
        for (const auto& n : log.column_notes())
            j["columns"].push_back({{"column", n.column}, {"role", n.role}, {"reason", n.reason}});
        std::cout << j.dump(2) << "\n";
    });
}

}  // namespace prime::cli
