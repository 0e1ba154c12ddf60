// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fixtures of the session tests: a small foreign design space and a predictor without torch.
#include <memory>
#include <string>

#include "data/log_io.h"
#include "session/settings.h"
#include "study/latency_predictor.h"
#include "test_support.h"

namespace prime::test {

// A log of a space that is not the built-in one: two parameters, areas and
// latencies made up from them, a third of the designs infeasible.
inline std::shared_ptr<const DesignLog> foreign_log(const TempDir& dir) {
    std::string csv = "pe,buffer,latency,area,feasible\n";
    for (int pe : {1, 2, 4, 8, 16})
        for (int buf : {16, 32, 64, 128}) {
            const bool ok = (pe * buf) % 3 != 0;
            csv += std::to_string(pe) + "," + std::to_string(buf) + "," + std::to_string(100.0 / pe + buf * 0.1) + "," +
                   std::to_string(0.5 * pe + 0.01 * buf) + "," + (ok ? "1" : "0") + "\n";
        }
    const auto path = test::write_file(dir.path() / "foreign.csv", csv);
    return std::make_shared<const DesignLog>(read_log(path));
}

// Latency = a smooth function of the value indices: a predictor with no torch.
inline std::shared_ptr<const LatencyPredictor> index_predictor() {
    return std::make_shared<FunctionPredictor>([](const std::vector<Design>& designs, const std::vector<std::string>& apps) {
        std::vector<std::vector<double>> out(apps.size());
        for (auto& col : out)
            for (const auto& d : designs) col.push_back(10.0 - d[0] + 0.5 * d[1]);
        return out;
    });
}

inline SearchSettings small_search() {
    SearchSettings s;
    s.study.generations = 3;
    s.study.population = 16;
    s.study.k = 4;
    s.study.progress_interval_seconds = 0;  // every generation reports (tests act on a given one)
    s.study.exhaustive_limit = 0;  // these 20-design spaces would be scored whole; the tests are about searching
    s.study.propose_new_only = false;  // every design of these spaces is logged: nothing new could be proposed
    return s;
}

}  // namespace prime::test
