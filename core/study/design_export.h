#pragma once
// Chosen designs on disk, for people (CSV, one row per design) and for
// programs (JSON, which also carries the space so it reads back without the
// log). Both hold parameter names and raw values, predicted and verified
// metrics, per-application latencies and the provenance; both are written
// atomically. Formats: docs/formats.md, "Exported designs".
#include <filesystem>
#include <string>
#include <vector>

#include "study/provenance.h"
#include "study/study.h"

namespace prime {

struct ExportedDesigns {
    SearchSpace space;
    std::vector<std::string> apps;   // the study's applications ({""} for an unnamed one)
    std::vector<Proposal> proposals; // in rank order
    Provenance provenance;
};

nlohmann::json designs_to_json(const ExportedDesigns& e);
/// `source` names the file in errors (InputError for a missing key or a
/// value not allowed by the space).
ExportedDesigns designs_from_json(const nlohmann::json& j, const std::string& source = "<json>");

void write_designs_json(const ExportedDesigns& e, const std::filesystem::path& path);
ExportedDesigns read_designs_json(const std::filesystem::path& path);

/// CSV: "# " comment lines with the format and the provenance as one JSON
/// line, then a header and one row per design. NaN/unknown cells are empty.
std::string designs_to_csv(const ExportedDesigns& e);
void write_designs_csv(const ExportedDesigns& e, const std::filesystem::path& path);

}  // namespace prime
