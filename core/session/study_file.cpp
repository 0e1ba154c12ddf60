#include "session/study_file.h"

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
            {"pins", pins}};
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
        return f;
    } catch (const InputError&) {
        throw;
    } catch (const std::exception& e) {
        throw InputError(source, "line", 0, e.what());
    }
}

void save_study_file(const StudyFile& f, const std::filesystem::path& path) {
    write_text_atomically(path, to_json(f).dump(1) + "\n");
}

StudyFile load_study_file(const std::filesystem::path& path) {
    return study_file_from_json(read_json_file(path), path.string());
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
