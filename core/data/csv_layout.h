#pragma once
// The meaning of each column of one CSV file, resolved once from its header.
#include <string>
#include <vector>

#include "data/column_roles.h"
#include "data/design_log.h"
#include "data/read_options.h"

namespace prime {

struct CsvLayout {
    std::vector<std::string> header;
    std::vector<ColumnRole> roles;
    std::vector<ColumnNote> notes;       // per column: role and why (DesignLog::column_notes)
    std::vector<bool> assumed_param;     // per parameter: only because nothing else fit (values must repeat)
    std::vector<int> param_of_column;   // column -> parameter position, -1 if not a parameter
    std::vector<int> metric_of_column;  // column -> metric position, -1
    std::vector<std::string> param_names;  // in parameter order
    std::vector<std::string> metric_names;
    int latency = -1, area = -1, feasible = -1, infeasible = -1, app = -1, reason = -1;
};

// Throws InputError (line 1) for missing required columns, ambiguous roles or
// a mapping that names unknown columns. Without a feasibility column, every
// row is feasible only when options.all_feasible says so.
CsvLayout resolve_csv_layout(std::vector<std::string> header, const ReadOptions& options, const std::string& file);

// Unit guessed from a metric column's suffix (_mj, _w, _ms).
std::string guess_metric_unit(const std::string& name);

}  // namespace prime
