// prime-cli simulate: run the built-in simulator on designs.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "data/design_table.h"
#include "sim/simulator.h"
#include "sim/workload_library.h"
#include "space/space_json.h"

namespace prime::cli {

namespace {

// A design as JSON: {"pes_x": 4, ...} (names or aliases) or [4, 8, ...] in space order.
Design design_from_json(const std::string& text, const SearchSpace& space) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw UsageError(std::string("--design: invalid JSON: ") + e.what());
    }
    std::vector<double> values(space.dimension());
    if (j.is_array()) {
        if (j.size() != space.dimension())
            throw UsageError("--design: expected " + std::to_string(space.dimension()) + " values, got " + std::to_string(j.size()));
        for (std::size_t p = 0; p < values.size(); ++p) {
            if (!j[p].is_number()) throw UsageError("--design: value " + std::to_string(p + 1) + " is not a number");
            values[p] = j[p].get<double>();
        }
    } else if (j.is_object()) {
        std::vector<bool> seen(space.dimension(), false);
        for (const auto& [key, v] : j.items()) {
            auto p = space.find(key);
            if (!p) throw UsageError("--design: unknown parameter '" + key + "'");
            if (!v.is_number()) throw UsageError("--design: '" + key + "' is not a number");
            values[*p] = v.get<double>();
            seen[*p] = true;
        }
        for (std::size_t p = 0; p < seen.size(); ++p)
            if (!seen[p]) throw UsageError("--design: missing parameter '" + space.parameter(p).name + "'");
    } else {
        throw UsageError("--design: expected a JSON object or array");
    }
    try {
        return space.encode(values);
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string("--design: ") + e.what());
    }
}

nlohmann::json result_json(const SimResult& r, const Workload& w, bool breakdown) {
    // A design that does not run has no latency, energy or power: null, never 0.
    const auto ran = [&](double v) { return r.feasible ? nlohmann::json(v) : nlohmann::json(nullptr); };
    nlohmann::json j = {{"workload", w.name},
                        {"feasible", r.feasible},
                        {"latency_ms", ran(r.latency_ms)},
                        {"area_mm2", r.area_mm2},
                        {"energy_mj", ran(r.energy_mj)},
                        {"power_w", ran(r.power_w)},
                        {"weights_resident", r.weights_resident}};
    if (!r.feasible) j["reason"] = r.reason_text, j["layer"] = r.layer_name, j["layer_index"] = r.layer;
    if (breakdown) {
        j["layers"] = nlohmann::json::array();
        for (const auto& l : r.breakdown)
            j["layers"].push_back({{"layer", w.layers[static_cast<std::size_t>(l.layer)].name},
                                   {"bound", std::string(to_string(l.bound))},
                                   {"cycles", l.cycles},
                                   {"utilisation", l.utilisation},
                                   {"partition", std::string(to_string(l.partition))}});
    }
    return j;
}

void print_text(const SimResult& r, const Workload& w, bool breakdown) {
    if (r.feasible)
        std::printf("%-20s feasible  latency %10.3f ms  area %8.2f mm2  energy %8.3f mJ  power %6.2f W\n", w.name.c_str(),
                    r.latency_ms, r.area_mm2, r.energy_mj, r.power_w);
    else
        std::printf("%-20s INFEASIBLE %s at layer '%s'  (area %.2f mm2)\n", w.name.c_str(), r.reason_text.c_str(),
                    r.layer_name.c_str(), r.area_mm2);
    if (!breakdown) return;
    std::printf("  %-28s %-10s %12s %6s\n", "layer", "bound", "cycles", "util");
    for (const auto& l : r.breakdown)
        std::printf("  %-28s %-10s %12.0f %5.1f%%\n", w.layers[static_cast<std::size_t>(l.layer)].name.c_str(),
                    std::string(to_string(l.bound)).c_str(), l.cycles, 100 * l.utilisation);
}

}  // namespace

void add_simulate_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("simulate", "evaluate designs with the built-in simulator");
    struct Args {
        std::string design, design_file, workloads = "all", constants;
        bool breakdown = false, json = false;
    };
    auto args = std::make_shared<Args>();
    auto* one = cmd->add_option("--design", args->design, "one design as JSON: {\"pes_x\": 4, ...} or [4, 8, ...]");
    auto* file = cmd->add_option("--design-file", args->design_file, "CSV with one column per parameter")->check(CLI::ExistingFile);
    one->excludes(file);
    cmd->add_option("--workload,--workloads", args->workloads, "built-in names, workload files, or 'all'")->capture_default_str();
    cmd->add_option("--constants", args->constants, "simulator constants (JSON)")->check(CLI::ExistingFile);
    cmd->add_flag("--breakdown", args->breakdown, "per-layer bound, cycles and utilisation");
    cmd->add_flag("--json", args->json, "print JSON");
    cmd->callback([args] {
        if (args->design.empty() && args->design_file.empty()) throw UsageError("give --design or --design-file");
        const Simulator sim(args->constants.empty() ? SimConstants{} : load_constants(args->constants));
        std::vector<Design> designs = args->design.empty() ? read_design_table(args->design_file, sim.space())
                                                           : std::vector<Design>{design_from_json(args->design, sim.space())};
        std::vector<Workload> workloads;
        try {
            workloads = load_workloads(args->workloads);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
        std::vector<PreparedWorkload> prepared;
        for (const auto& w : workloads) prepared.emplace_back(w);
        nlohmann::json all = nlohmann::json::array();
        for (std::size_t d = 0; d < designs.size(); ++d) {
            nlohmann::json per_design = {{"design", nlohmann::json::object()}, {"results", nlohmann::json::array()}};
            for (std::size_t p = 0; p < sim.space().dimension(); ++p)
                per_design["design"][sim.space().parameter(p).name] = sim.space().value(p, designs[d][p]);
            if (!args->json && designs.size() > 1) std::printf("design %zu\n", d + 1);
            for (std::size_t k = 0; k < workloads.size(); ++k) {
                const Workload& w = workloads[k];
                const SimResult r = sim.evaluate(designs[d], prepared[k], args->breakdown);
                if (args->json) per_design["results"].push_back(result_json(r, w, args->breakdown));
                else print_text(r, w, args->breakdown);
            }
            all.push_back(std::move(per_design));
        }
        if (args->json) std::cout << (designs.size() == 1 ? all[0] : all).dump(2) << "\n";
    });
}

}  // namespace prime::cli
