#include "study/design_export.h"
#include "util/json_file.h"

#include <cmath>
#include <sstream>

#include "space/space_json.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

namespace {

nlohmann::json num(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }
double from_num(const nlohmann::json& j) { return j.is_number() ? j.get<double>() : std::nan(""); }

std::vector<double> per_app(const nlohmann::json& obj, const std::vector<std::string>& apps) {
    std::vector<double> out;
    for (const auto& a : apps) out.push_back(obj.contains(a) ? from_num(obj.at(a)) : std::nan(""));
    return out;
}

nlohmann::json app_object(const std::vector<double>& values, const std::vector<std::string>& apps) {
    nlohmann::json o = nlohmann::json::object();
    for (std::size_t a = 0; a < apps.size() && a < values.size(); ++a) o[apps[a]] = num(values[a]);
    return o;
}

std::string cell(double v) {
    if (!std::isfinite(v)) return "";
    std::ostringstream o;
    o.precision(10);
    o << v;
    return o.str();
}

std::string csv_text(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

nlohmann::json designs_to_json(const ExportedDesigns& e) {
    nlohmann::json j;
    j["format"] = "prime-designs";
    j["version"] = 1;
    j["provenance"] = to_json(e.provenance);
    j["apps"] = e.apps;
    j["space"] = space_to_json(e.space);
    j["designs"] = nlohmann::json::array();
    for (std::size_t i = 0; i < e.proposals.size(); ++i) {
        const Proposal& p = e.proposals[i];
        const std::vector<double> values = e.space.decode(p.design);
        nlohmann::json params = nlohmann::json::object();
        for (std::size_t k = 0; k < values.size(); ++k) params[e.space.parameter(k).name] = values[k];
        nlohmann::json d;
        d["rank"] = i + 1;
        d["parameters"] = params;
        d["predicted"] = {{"latency_ms", num(p.predicted_latency_ms)},
                          {"per_app_ms", app_object(p.predicted_app_latency_ms, e.apps)},
                          {"area_mm2", num(p.area_mm2)},
                          {"score", num(p.score)}};
        if (p.verified) {
            const OracleResult& v = *p.verified;
            d["verified"] = {{"feasible", v.feasible},        {"reason", v.reason},
                             {"per_app_ms", app_object(v.latency_ms, e.apps)},
                             {"area_mm2", num(v.area_mm2)},   {"power_w", num(v.power_w)}};
            if (!v.app_reason.empty()) {
                nlohmann::json reasons = nlohmann::json::object();
                for (std::size_t a = 0; a < e.apps.size() && a < v.app_reason.size(); ++a)
                    reasons[e.apps[a]] = v.app_reason[a];  // keyed as per_app_ms
                d["verified"]["per_app_reason"] = reasons;
            }
        } else {
            d["verified"] = nullptr;
        }
        j["designs"].push_back(d);
    }
    return j;
}

ExportedDesigns designs_from_json(const nlohmann::json& j, const std::string& source) {
    try {
        if (j.value("format", "") != "prime-designs")
            throw InputError(source, "line", 0, "expected an exported-designs file (format \"prime-designs\")");
        if (j.value("version", 0) > 1) throw InputError(source, "line", 0, "written by a newer PRIME Studio (version " + j["version"].dump() + ")");
        ExportedDesigns e;
        e.provenance = provenance_from_json(j.value("provenance", nlohmann::json::object()));
        e.apps = j.at("apps").get<std::vector<std::string>>();
        e.space = space_from_json(j.at("space"), source);
        for (const auto& d : j.at("designs")) {
            std::vector<double> values;
            for (const auto& p : e.space.parameters()) values.push_back(d.at("parameters").at(p.name).get<double>());
            Proposal p;
            p.design = e.space.encode(values);
            const auto& pred = d.at("predicted");
            p.predicted_latency_ms = from_num(pred.at("latency_ms"));
            p.predicted_app_latency_ms = per_app(pred.at("per_app_ms"), e.apps);
            p.area_mm2 = from_num(pred.at("area_mm2"));
            p.score = from_num(pred.at("score"));
            if (!d.at("verified").is_null()) {
                const auto& v = d.at("verified");
                OracleResult r;
                r.feasible = v.at("feasible").get<bool>();
                r.reason = v.value("reason", "");
                r.latency_ms = per_app(v.at("per_app_ms"), e.apps);
                for (double l : r.latency_ms) r.app_feasible.push_back(std::isfinite(l));
                if (v.contains("per_app_reason"))
                    for (const auto& a : e.apps)
                        r.app_reason.push_back(v.at("per_app_reason").value(a, ""));
                r.area_mm2 = from_num(v.at("area_mm2"));
                r.power_w = from_num(v.value("power_w", nlohmann::json(nullptr)));
                p.verified = std::move(r);
            }
            e.proposals.push_back(std::move(p));
        }
        return e;
    } catch (const nlohmann::json::exception& ex) {
        throw InputError(source, "line", 0, std::string("expected an exported-designs file: ") + ex.what());
    } catch (const std::invalid_argument& ex) {
        throw InputError(source, "line", 0, ex.what());
    }
}

void write_designs_json(const ExportedDesigns& e, const std::filesystem::path& path) {
    write_text_atomically(path, designs_to_json(e).dump(2) + "\n");
}

ExportedDesigns read_designs_json(const std::filesystem::path& path) {
    return designs_from_json(read_json_file(path), path.string());
}

std::string designs_to_csv(const ExportedDesigns& e) {
    // Plain CSV (no comment lines: pandas.read_csv and spreadsheet programs
    // read it as is), one row per (design, application) in the columns a
    // design log uses, so the file also opens as a log in PRIME Studio.
    const bool named = !(e.apps.size() == 1 && e.apps[0].empty());
    std::string out = "rank";
    for (const auto& p : e.space.parameters()) out += "," + csv_text(p.name);
    if (named) out += ",app";
    out += ",latency_ms,area_mm2,feasible,reason,predicted_latency_ms,predicted_area_mm2,score,power_w\n";
    for (std::size_t i = 0; i < e.proposals.size(); ++i) {
        const Proposal& p = e.proposals[i];
        std::string design = std::to_string(i + 1);
        for (double v : e.space.decode(p.design)) design += "," + cell(v);
        for (std::size_t a = 0; a < e.apps.size(); ++a) {
            out += design;
            if (named) out += "," + csv_text(e.apps[a]);
            const double predicted =
                a < p.predicted_app_latency_ms.size() ? p.predicted_app_latency_ms[a] : p.predicted_latency_ms;
            if (p.verified) {
                const OracleResult& v = *p.verified;
                const bool runs = a < v.app_feasible.size() && v.app_feasible[a];
                out += "," + cell(runs && a < v.latency_ms.size() ? v.latency_ms[a] : NAN);
                out += "," + cell(std::isfinite(v.area_mm2) ? v.area_mm2 : p.area_mm2);
                out += std::string(",") + (runs ? "1" : "0") + "," + csv_text(runs ? std::string() : reason_for_app(v, a, e.apps[a]));
            } else {
                out += ",," + cell(p.area_mm2) + ",,";  // not simulated: latency and feasibility unknown
            }
            out += "," + cell(predicted) + "," + cell(p.area_mm2) + "," + cell(p.score) + "," +
                   cell(p.verified ? p.verified->power_w : NAN) + "\n";
        }
    }
    return out;
}

std::filesystem::path provenance_sidecar(const std::filesystem::path& csv) {
    std::filesystem::path p = csv;
    return p.replace_extension(".provenance.json");
}

void write_designs_csv(const ExportedDesigns& e, const std::filesystem::path& path) {
    write_text_atomically(path, designs_to_csv(e));
    nlohmann::json side = {{"format", "prime-designs-provenance"}, {"version", 1}, {"csv", path.filename().string()},
                           {"apps", e.apps}, {"provenance", to_json(e.provenance)}};
    write_text_atomically(provenance_sidecar(path), side.dump(2) + "\n");
}

}  // namespace prime
