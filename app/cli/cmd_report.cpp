// prime-cli report: the report of exported, verified designs against a log
// (Markdown + JSON). Recomputing it lets a user compare the same designs
// with another log, budget or application weighting than the search used.
#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/log_options.h"
#include "data/log_io.h"
#include "study/design_export.h"
#include "study/report.h"
#include "util/atomic_file.h"

namespace prime::cli {

void add_report_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("report", "report on verified designs: best, median, ratio over the log's best, per application");
    struct Args {
        std::string designs, out;
        std::vector<std::string> logs;
        double area_budget = NAN;
        bool json = false;
        LogInputOptions input;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("DESIGNS", args->designs, "designs.json written by prime-cli search")->required();
    cmd->add_option("--log", args->logs, "the design log(s) to compare with")->required();
    cmd->add_option("--area-budget", args->area_budget, "area budget in mm2 (default: the search's)");
    cmd->add_flag("--json", args->json, "print JSON instead of Markdown");
    cmd->add_option("-o,--output", args->out, "write OUT.md and OUT.json as well");
    args->input.add_to(*cmd);

    cmd->callback([args] {
        const ExportedDesigns e = read_designs_json(args->designs);
        std::size_t unverified = 0;
        for (const auto& p : e.proposals) unverified += !p.verified;
        if (unverified)
            throw UsageError(std::to_string(unverified) + " of the designs in " + args->designs +
                             " were not verified (searched with --oracle none); verify them first");
        const DesignLog log = read_logs({args->logs.begin(), args->logs.end()}, args->input.to_read_options());
        if (!(log.space() == e.space)) throw UsageError("the designs and the log use different search spaces");
        StudyOptions o = study_options_from_json(e.provenance.settings);
        if (!std::isnan(args->area_budget)) o.budget.area_mm2 = args->area_budget;
        StudyReport report = make_report(log, e.proposals, o);
        report.area_model = e.provenance.area_model;
        report.provenance = to_json(e.provenance);
        if (!args->out.empty()) {
            write_text_atomically(args->out + ".md", to_markdown(report));
            write_text_atomically(args->out + ".json", to_json(report).dump(2) + "\n");
        }
        if (args->json) std::cout << to_json(report).dump(2) << "\n";
        else std::cout << to_markdown(report);
    });
}

}  // namespace prime::cli
