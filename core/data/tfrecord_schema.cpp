#include "data/tfrecord_schema.h"

#include <algorithm>
#include <cctype>

#include "data/column_roles.h"
#include "util/errors.h"

namespace prime {

namespace {

// PRIME's param_N, whose number orders the parameters (features of an
// Example are a map: their order in the bytes is not the parameters' order).
std::optional<int> prime_param_number(const std::string& key) {
    std::string lower = key;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower.size() < 7 || lower.rfind("param_", 0) != 0) return std::nullopt;
    if (!std::all_of(lower.begin() + 6, lower.end(), [](unsigned char c) { return std::isdigit(c); })) return std::nullopt;
    if (lower.size() > 12) return std::nullopt;  // no space has a million parameters
    return std::stoi(lower.substr(6));
}

struct Classified {
    ColumnRole role;
    std::string reason;
    bool assumed = false;
};

Classified classify(const std::string& key, const ReadOptions& options) {
    const SearchSpace* space = options.space ? &*options.space : nullptr;
    const auto mapped = options.roles.find(key);
    if (mapped != options.roles.end()) return {mapped->second, "mapped by the user"};
    const DetectedRole d = explain_role(key, space);
    return {d.role, d.reason, d.assumed};
}

TfSlot slot_of(ColumnRole role) {
    switch (role) {
        case ColumnRole::Parameter: return TfSlot::Parameter;
        case ColumnRole::Latency: return TfSlot::Latency;
        case ColumnRole::Area: return TfSlot::Area;
        case ColumnRole::Feasible: return TfSlot::Feasible;
        case ColumnRole::Infeasible: return TfSlot::Infeasible;
        case ColumnRole::Metric: return TfSlot::Metric;
        case ColumnRole::Ignore: return TfSlot::Ignore;
        case ColumnRole::Application:
        case ColumnRole::Reason: break;
    }
    return TfSlot::Ignore;
}

}  // namespace

std::optional<std::size_t> TfSchema::find(std::string_view key, std::size_t hint) const {
    if (hint < keys.size() && keys[hint].bound && keys[hint].key == key) return hint;
    for (std::size_t j = 0; j < keys.size(); ++j)
        if (keys[j].bound && keys[j].key == key) return j;
    return std::nullopt;
}

std::vector<ColumnNote> TfSchema::notes() const {
    std::vector<ColumnNote> out;
    for (const auto& k : keys) out.push_back({k.key, k.role, k.reason});
    return out;
}

std::optional<std::size_t> TfSchema::bind_late(std::string_view key, const ReadOptions& options) {
    const TfSlot slot = slot_of(classify(std::string(key), options).role);
    for (std::size_t j = 0; j < keys.size(); ++j)
        if (!keys[j].bound && keys[j].slot == slot) {
            keys[j].key = std::string(key);
            keys[j].bound = true;
            keys[j].reason = "known name (absent from the first records, which are infeasible)";
            return j;
        }
    return std::nullopt;
}

TfSchema learn_tf_schema(const std::vector<ScalarFeature>& first, const ReadOptions& options, const std::string& file,
                         std::uint64_t record) {
    const SearchSpace* space = options.space ? &*options.space : nullptr;
    auto fail = [&](const std::string& what) { return InputError(file, "record", record, what); };
    TfSchema s;
    std::vector<std::pair<long, std::string>> params;  // (order, key)
    std::vector<std::string> claimed(7);               // first key per single-valued slot
    long appearance = 0;
    for (const auto& f : first) {
        const std::string key(f.key);
        if (std::any_of(s.keys.begin(), s.keys.end(), [&](const TfSchemaKey& k) { return k.key == key; }))
            throw fail("feature '" + key + "' appears twice");
        const Classified c = classify(key, options);
        if (c.role == ColumnRole::Application || c.role == ColumnRole::Reason)
            throw fail("feature '" + key + "' looks like the " + std::string(role_name(c.role)) +
                       " column, which a TFRecord log cannot hold (the application is the file's or folder's name); "
                       "map it with --map '" + key + "=ignore'");
        TfSchemaKey k{key, slot_of(c.role), 0, true, std::string(role_name(c.role)), c.reason};
        if (k.slot == TfSlot::Parameter) {
            if (space) {
                auto p = space->find(key);
                if (!p) p = space->find(parameter_name(key));
                if (!p) throw fail("feature '" + key + "' is mapped as a parameter but the space '" + space->name() + "' has none of that name");
                params.emplace_back(static_cast<long>(*p), key);
            } else {
                const auto n = prime_param_number(key);
                // param_N by its number, anything else after them in the order met.
                params.emplace_back(n ? *n : (1L << 40) + appearance, key);
            }
        } else if (k.slot == TfSlot::Metric) {
            k.index = static_cast<int>(s.metric_names.size());
            s.metric_names.push_back(key);
        } else if (k.slot != TfSlot::Ignore) {
            auto& owner = claimed[static_cast<std::size_t>(k.slot)];
            if (!owner.empty())
                throw fail("features '" + owner + "' and '" + key + "' both look like the " + std::string(role_name(c.role)) +
                           " feature; map one of them explicitly (--map KEY=ROLE)");
            owner = key;
        }
        ++appearance;
        s.keys.push_back(std::move(k));
    }
    std::sort(params.begin(), params.end());
    for (std::size_t i = 1; i < params.size(); ++i)
        if (params[i].first == params[i - 1].first)
            throw fail("features '" + params[i - 1].second + "' and '" + params[i].second + "' name the same parameter");
    if (space) {
        for (std::size_t p = 0; p < space->dimension(); ++p)
            if (std::none_of(params.begin(), params.end(), [&](auto& x) { return x.first == static_cast<long>(p); }))
                throw fail("missing required feature for parameter '" + space->parameter(p).name + "'");
    } else if (params.empty()) {
        throw fail("missing required feature param_1..param_N (no feature is a design parameter)");
    }
    for (auto& k : s.keys) {
        if (k.slot != TfSlot::Parameter) continue;
        k.index = static_cast<int>(std::find_if(params.begin(), params.end(), [&](auto& x) { return x.second == k.key; }) - params.begin());
    }
    for (const auto& [order, key] : params) {
        s.param_names.push_back(space ? space->parameter(static_cast<std::size_t>(order)).name : parameter_name(key));
        s.assumed_param.push_back(!space && classify(key, options).assumed);
    }
    s.has_flag = !claimed[static_cast<std::size_t>(TfSlot::Infeasible)].empty() || !claimed[static_cast<std::size_t>(TfSlot::Feasible)].empty();
    if (!s.has_flag && !options.all_feasible)
        throw fail("missing required feature 'infeasible' (or 'feasible'); if every record is a feasible design, say so (--all-feasible)");
    // Latency and area may be absent from an infeasible first record: open
    // slots, bound when a later record names them (decode checks feasible
    // records carry them).
    for (TfSlot open : {TfSlot::Latency, TfSlot::Area})
        if (claimed[static_cast<std::size_t>(open)].empty()) {
            const bool latency = open == TfSlot::Latency;
            s.keys.push_back({latency ? "runtime" : "area", open, 0, false,
                              std::string(role_name(latency ? ColumnRole::Latency : ColumnRole::Area)),
                              "absent from the first record (infeasible designs may omit it)"});
        }
    return s;
}

}  // namespace prime
