#pragma once
// The study file (.primestudy, JSON): everything needed to reopen a study
// where it was left: the log files with their content hashes, the model, the
// budget, the training and search settings, the optimizer's state (a paused
// or stopped search resumes from it), the proposals with their verified
// results, and the pinned designs. prime-studio saves and opens it;
// prime-cli reads it (`prime-cli search --study FILE`). Format: docs/formats.md.
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/surrogate.h"
#include "session/settings.h"
#include "study/design_export.h"

namespace prime {

struct StudyFile {
    static constexpr int kVersion = 1;
    StudySettings settings;               // log files, budget, training, search, model_dir
    std::vector<std::string> log_hashes;  // per settings.log.files (hash_path), "" when unknown
    std::string model_hash;               // of settings.model_dir, "" when none
    nlohmann::json optimizer_state;       // null = no search to resume
    ExportedDesigns results;              // space, applications, proposals (verified or not), provenance
    std::vector<Design> pins;             // designs the user keeps, in results.space
    /// Best predicted latency and hypervolume per generation run so far (the
    /// curves a reopened study shows); empty when no search ran.
    std::vector<StudyGeneration> history;
};

/// The file's JSON; designs are stored by raw parameter values.
nlohmann::json to_json(const StudyFile& f);
/// InputError (naming `source`) for a file that is not a study or has bad values.
StudyFile study_file_from_json(const nlohmann::json& j, const std::string& source = "<json>");
/// Written atomically. Paths in the settings are written as given.
/// With `unsaved_model` (a surrogate trained in the session, not yet on
/// disk) the model is saved first into the folder `<study name>.model` beside
/// the study, and the file names it (relative, so the pair can be moved
/// together), with its hash: the study then reopens with its model, in the
/// GUI and in `prime-cli search --study`.
void save_study_file(StudyFile f, const std::filesystem::path& path, const Surrogate* unsaved_model = nullptr);
/// Relative paths in the file (log files, space spec, model folder) are
/// resolved against the study file's folder, so a study moved with its
/// inputs still opens.
StudyFile load_study_file(const std::filesystem::path& path);
/// The folder save_study_file writes an unsaved model to.
std::filesystem::path study_model_dir(const std::filesystem::path& study_path);

/// The log files whose content no longer matches the saved hash (or that are
/// missing), with a sentence each: what a user must hear before results are
/// shown against a changed log.
std::vector<std::string> changed_inputs(const StudyFile& f);

/// The resume point of the saved search.
StudyResume resume_point(const StudyFile& f);

}  // namespace prime
