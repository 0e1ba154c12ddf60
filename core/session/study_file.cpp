#include "session/study_file.h"

#include <cmath>

#include "study/provenance.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/json_file.h"

namespace prime {

using nlohmann::json;

namespace {

json design_values(const SearchSpace& space, const Design& d) {
    json o = json::object();
    const auto values = space.decode(d);
    for (std::size_t p = 0; p < values.size(); ++p) o[space.parameter(p).name] = values[p];
    return o;
}

Design design_from_values(const SearchSpace& space, const json& o) {
    std::vector<double> values;
    for (const auto& p : space.parameters()) values.push_back(o.at(p.name).get<double>());
    return space.encode(values);
}

// [generation, evaluations, best score, best predicted latency, hypervolume]
// per generation: compact, and NaN (no feasible design yet) becomes null.
json history_to_json(const std::vector<StudyGeneration>& history) {
    auto number = [](double x) { return std::isfinite(x) ? json(x) : json(nullptr); };
    json out = json::array();
    for (const auto& h : history)
        out.push_back({h.generation, h.evaluations, number(h.best_score), number(h.best_predicted_latency_ms),
                       number(h.hypervolume)});
    return out;
}

std::vector<StudyGeneration> history_from_json(const json& j) {
    auto number = [](const json& x) { return x.is_null() ? std::nan("") : x.get<double>(); };
    std::vector<StudyGeneration> out;
    for (const auto& row : j) {
        if (!row.is_array() || row.size() != 5)
            throw std::invalid_argument("history: expected [generation, evaluations, best score, best latency, hypervolume]");
        out.push_back({row[0].get<std::size_t>(), row[1].get<std::uint64_t>(), number(row[2]), number(row[3]),
                       number(row[4])});
    }
    return out;
}

std::string resolved(const std::string& file, const std::filesystem::path& folder) {
    if (file.empty() || std::filesystem::path(file).is_absolute()) return file;
    return (folder / file).lexically_normal().string();
}

}  // namespace

json to_json(const StudyFile& f) {
    json pins = json::array();
    for (const auto& d : f.pins) pins.push_back(design_values(f.results.space, d));
    return {{"format", "prime-study"},
            {"version", StudyFile::kVersion},
            {"settings", to_json(f.settings)},
            {"log_hashes", f.log_hashes},
            {"model_hash", f.model_hash},
            {"optimizer_state", f.optimizer_state},
            {"results", designs_to_json(f.results)},
            {"pins", pins},
            {"history", history_to_json(f.history)}};
}

StudyFile study_file_from_json(const json& j, const std::string& source) {
    try {
        if (!j.is_object() || j.value("format", "") != "prime-study")
            throw std::invalid_argument("expected a PRIME Studio study file (\"format\": \"prime-study\")");
        if (j.value("version", 0) > StudyFile::kVersion)
            throw std::invalid_argument("the study file is version " + std::to_string(j.value("version", 0)) +
                                        "; this PRIME Studio reads version " + std::to_string(StudyFile::kVersion));
        StudyFile f;
        f.settings = study_settings_from_json(j.at("settings"));
        f.log_hashes = j.value("log_hashes", f.log_hashes);
        f.model_hash = j.value("model_hash", f.model_hash);
        f.optimizer_state = j.value("optimizer_state", json());
        f.results = designs_from_json(j.at("results"), source);
        for (const auto& p : j.value("pins", json::array())) f.pins.push_back(design_from_values(f.results.space, p));
        f.history = history_from_json(j.value("history", json::array()));
        return f;
    } catch (const InputError&) {
        throw;
    } catch (const std::exception& e) {
        throw InputError(source, "line", 0, e.what());
    }
}

std::filesystem::path study_model_dir(const std::filesystem::path& study_path) {
    std::filesystem::path dir = study_path;
    dir.replace_extension(".model");
    return dir;
}

void save_study_file(StudyFile f, const std::filesystem::path& path, const Surrogate* unsaved_model) {
    if (unsaved_model && !unsaved_model->empty()) {
        const std::filesystem::path dir = study_model_dir(path);
        unsaved_model->save(dir);
        f.settings.model_dir = dir.filename().string();  // relative: resolved against the study's folder
        f.model_hash = hash_path(dir);
    }
    write_text_atomically(path, to_json(f).dump(1) + "\n");
}

StudyFile load_study_file(const std::filesystem::path& path) {
    StudyFile f = study_file_from_json(read_json_file(path), path.string());
    const std::filesystem::path folder = path.parent_path();
    for (auto& file : f.settings.log.files) file = resolved(file, folder);
    f.settings.log.space_file = resolved(f.settings.log.space_file, folder);
    f.settings.model_dir = resolved(f.settings.model_dir, folder);
    return f;
}

std::vector<std::string> changed_inputs(const StudyFile& f) {
    std::vector<std::string> out;
    const auto& files = f.settings.log.files;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!std::filesystem::exists(files[i])) {
            out.push_back(files[i] + ": missing");
            continue;
        }
        if (i < f.log_hashes.size() && !f.log_hashes[i].empty() && hash_path(files[i]) != f.log_hashes[i])
            out.push_back(files[i] + ": changed since the study was saved");
    }
    if (!f.settings.model_dir.empty() && !f.model_hash.empty()) {
        if (!std::filesystem::exists(f.settings.model_dir)) out.push_back(f.settings.model_dir + ": missing");
        else if (hash_path(f.settings.model_dir) != f.model_hash)
            out.push_back(f.settings.model_dir + ": changed since the study was saved");
    }
    return out;
}

StudyResume resume_point(const StudyFile& f) { return {f.optimizer_state, f.results.proposals}; }

}  // namespace prime
