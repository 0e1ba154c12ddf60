// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The latency-area Pareto front of every application of a log in one pass.
// Mixing applications in one front is meaningless (their latencies are of
// different programs), so the explorer always keeps one front per application.
#include <vector>

#include "data/design_log.h"

namespace prime::explore {

// fronts[a]: the feasible rows of application a not dominated in (area,
// latency), both minimised, sorted by increasing area (so latency falls).
// Rows with a non-finite area or latency are skipped. Same rule as
// prime::pareto_front: ties keep the first row.
std::vector<Selection> pareto_fronts_by_app(const DesignLog& log);

}  // namespace prime::explore
