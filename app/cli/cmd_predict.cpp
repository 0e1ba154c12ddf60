// prime-cli predict: score designs (CSV with parameter columns) with a trained surrogate.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/device_option.h"
#include "cli/log_options.h"
#include "data/csv_reader.h"
#include "model/surrogate.h"
#include "util/errors.h"

namespace prime::cli {

namespace {

// Reads the parameter columns (by name or alias) of every row; other columns are ignored.
std::vector<ValueIndex> read_designs(const std::filesystem::path& path, const SearchSpace& space, std::vector<std::vector<std::string>>& raw) {
    CsvReader csv(path);
    std::vector<std::string_view> fields;
    if (!csv.next_row(fields)) throw InputError(path.string(), "line", 1, "empty file");
    std::vector<int> column(space.dimension(), -1);
    for (std::size_t c = 0; c < fields.size(); ++c)
        if (auto p = space.find(fields[c])) column[*p] = static_cast<int>(c);
    for (std::size_t p = 0; p < space.dimension(); ++p)
        if (column[p] < 0) throw InputError(path.string(), "line", 1, "no column for parameter '" + space.parameter(p).name + "'");
    std::vector<ValueIndex> flat;
    while (csv.next_row(fields)) {
        std::vector<std::string> row;
        for (std::size_t p = 0; p < space.dimension(); ++p) {
            const auto c = static_cast<std::size_t>(column[p]);
            if (c >= fields.size()) throw InputError(path.string(), "line", csv.line(), "missing field");
            const std::string text(fields[c]);
            double v = 0;
            try {
                std::size_t used = 0;
                v = std::stod(text, &used);
                if (used != text.size()) throw std::invalid_argument(text);
            } catch (const std::exception&) {
                throw InputError(path.string(), "line", csv.line(), "'" + text + "' is not a number");
            }
            const auto index = space.parameter(p).index_of(v);
            if (!index)
                throw InputError(path.string(), "line", csv.line(),
                                 "value " + text + " is not allowed for parameter '" + space.parameter(p).name + "'");
            flat.push_back(*index);
            row.push_back(text);
        }
        raw.push_back(std::move(row));
    }
    return flat;
}

}  // namespace

void add_predict_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("predict", "predict latency of designs with a trained surrogate");
    struct Args {
        std::string model, designs, app, device;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--model", args->model, "model directory written by 'prime-cli train'")->required()->check(CLI::ExistingDirectory);
    cmd->add_option("--designs", args->designs, "CSV with one column per parameter (names or aliases)")
        ->required()->check(CLI::ExistingFile);
    cmd->add_option("--apps", args->app, "the application to predict (default: the model's first)");
    add_deprecated_option(*cmd, "--app", "--apps", args->app);
    add_device_option(*cmd, args->device);
    cmd->callback([args] {
        apply_device_option(args->device);
        const Surrogate s = Surrogate::load(args->model);
        std::size_t app = 0;
        if (!args->app.empty()) {
            const auto found = s.find_app(args->app);
            if (!found) throw UsageError("the model was not trained on application '" + args->app + "'");
            app = *found;
        }
        std::vector<std::vector<std::string>> raw;
        const std::vector<ValueIndex> flat = read_designs(args->designs, s.space(), raw);
        const Predictions p = s.predict(flat, app);
        // CSV on stdout: the parameters as given, then the predictions (and
        // the auxiliary heads' when the model has them).
        for (const auto& param : s.space().parameters()) std::printf("%s,", param.name.c_str());
        std::printf("predicted_latency_ms,score%s%s\n", s.has_area_head() ? ",area_mm2_pred" : "",
                    s.has_feasibility_head() ? ",p_feasible" : "");
        for (std::size_t i = 0; i < raw.size(); ++i) {
            for (const auto& v : raw[i]) std::printf("%s,", v.c_str());
            std::printf("%.6g,%.6f", p.latency_ms[i], p.score[i]);
            if (!p.area_mm2.empty()) std::printf(",%.6g", p.area_mm2[i]);
            if (!p.p_feasible.empty()) std::printf(",%.6f", p.p_feasible[i]);
            std::printf("\n");
        }
        std::fprintf(stderr, "predicted %zu designs for %s\n", raw.size(), s.info().apps[app].name.c_str());
    });
}

}  // namespace prime::cli
