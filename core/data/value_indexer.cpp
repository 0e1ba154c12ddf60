#include "data/value_indexer.h"

#include <algorithm>
#include <mutex>

#include "data/value_rules.h"
#include "space/space_json.h"

namespace prime {

namespace {
// Remap table old first-seen index -> index in `target`, or empty if some value is missing there.
std::vector<ValueIndex> remap_into(const std::vector<double>& seen, const Parameter& target) {
    std::vector<ValueIndex> remap(seen.size());
    for (std::size_t i = 0; i < seen.size(); ++i) {
        auto idx = target.index_of(seen[i]);
        if (!idx) return {};
        remap[i] = *idx;
    }
    return remap;
}
}  // namespace

void settle_space(DesignLog& log, const std::vector<std::string>& column_names,
                  const std::vector<std::vector<double>>& seen, const SearchSpace* preferred,
                  const std::string& space_name, std::vector<ColumnNote>* notes) {
    const std::size_t n = seen.size();
    std::vector<std::vector<ValueIndex>> remaps(n);

    bool adopt = preferred && preferred->dimension() == n;
    std::string misfit;  // why a log named like the preferred space does not get it
    for (std::size_t p = 0; adopt && p < n; ++p) {
        adopt = preferred->parameter(p).answers_to(column_names[p]);
        if (adopt) {
            remaps[p] = remap_into(seen[p], preferred->parameter(p));
            adopt = remaps[p].size() == seen[p].size();
            if (!adopt)
                for (double v : seen[p])
                    if (!preferred->parameter(p).index_of(v)) {
                        misfit = "value " + shown_number(v) + " of '" + column_names[p] + "' is not allowed in the space '" +
                                 preferred->name() + "', so an inferred space is used";
                        break;
                    }
        }
    }
    if (notes)
        for (auto& note : *notes) {
            if (note.role != "parameter") continue;
            const auto it = std::find(column_names.begin(), column_names.end(), note.column);
            if (it == column_names.end()) continue;
            if (adopt) note.reason = "a parameter of the space '" + preferred->name() + "'";
            else if (!misfit.empty()) note.reason += "; " + misfit;
        }
    SearchSpace space;
    if (adopt) {
        space = *preferred;
    } else {
        space = infer_space(space_name, column_names, seen);
        for (std::size_t p = 0; p < n; ++p) remaps[p] = remap_into(seen[p], space.parameter(p));
    }
    for (std::size_t p = 0; p < n; ++p) log.remap_parameter(p, remaps[p]);
    log.set_space(std::move(space));
}

std::vector<std::vector<double>> seen_values(const std::vector<ValueIndexer>& indexers) {
    std::vector<std::vector<double>> seen;
    for (const auto& ix : indexers) seen.push_back(ix.seen_values());
    return seen;
}

const SearchSpace* builtin_space_or_null() {
    static std::once_flag once;
    static std::optional<SearchSpace> space;
    std::call_once(once, [] {
        try {
            space = builtin_edgetpu_space();
        } catch (const std::exception&) {
            // No resources installed: logs then get an inferred space.
        }
    });
    return space ? &*space : nullptr;
}

}  // namespace prime
