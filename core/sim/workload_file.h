#pragma once
// Workload files (docs/formats.md, "Workload files"):
//  * PRIME Studio layer tables: CSV with '#' metadata lines and a header row
//    naming the columns name,type,h,w,c,k[,r,s,stride,groups,t,pad,op];
//  * SCALE-Sim topology CSVs: Layer name, IFMAP Height, IFMAP Width, Filter
//    Height, Filter Width, Channels, Num Filter, Strides.
// Readers throw InputError naming the file, the line and what was expected.
#include <filesystem>
#include <string>

#include "sim/workload.h"

namespace prime {

// `source` names the text in error messages; `fallback_name` is used when the
// file has no "# name:" line.
Workload parse_workload_table(const std::string& text, const std::string& source,
                              const std::string& fallback_name = "workload");
Workload parse_scalesim_topology(const std::string& text, const std::string& source, const std::string& name);

// Reads either format (a SCALE-Sim header is recognised by its "IFMAP Height"
// column); the workload is named after the file stem unless the file says otherwise.
Workload load_workload(const std::filesystem::path& path);

// The layer-table text of a workload; parse_workload_table() reads it back unchanged.
std::string workload_to_table(const Workload& workload);
void save_workload(const Workload& workload, const std::filesystem::path& path);

}  // namespace prime
