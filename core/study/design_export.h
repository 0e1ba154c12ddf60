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

/// CSV: a plain header and one row per (design, application): rank, the
/// parameters' raw values, app (omitted for one unnamed application), the
/// verified latency_ms, area_mm2, feasible and reason (empty when not
/// verified), then predicted_latency_ms, predicted_area_mm2, score, power_w.
/// No comment lines, so pandas.read_csv reads it and it opens as a design
/// log. NaN/unknown cells are empty.
std::string designs_to_csv(const ExportedDesigns& e);
/// "designs.csv" -> "designs.provenance.json": where the CSV's provenance goes.
std::filesystem::path provenance_sidecar(const std::filesystem::path& csv);
/// Writes the CSV and its provenance sidecar, each atomically.
void write_designs_csv(const ExportedDesigns& e, const std::filesystem::path& path);

}  // namespace prime
