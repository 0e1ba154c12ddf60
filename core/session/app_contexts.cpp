#include "session/app_contexts.h"

#include "sim/workload_context.h"
#include "sim/workload_library.h"

namespace prime {

std::optional<std::vector<float>> builtin_workload_context(const std::string& app) {
    if (app.empty() || resolve_builtin_workload(app).empty()) return std::nullopt;
    const auto c = workload_context(load_builtin_workload(app));
    return std::vector<float>(c.begin(), c.end());
}

std::string canonical_app_name(const std::string& app) {
    const std::string builtin = resolve_builtin_workload(app);
    return builtin.empty() ? app : builtin;
}

std::vector<std::string> builtin_context_names() {
    std::vector<std::string> names;
    for (auto n : workload_context_names()) names.emplace_back(n);
    return names;
}

std::map<std::string, std::vector<float>> builtin_workload_contexts(const std::vector<std::string>& apps) {
    std::map<std::string, std::vector<float>> out;
    for (const auto& a : apps)
        if (auto c = builtin_workload_context(a)) out.emplace(a, std::move(*c));
    return out;
}

}  // namespace prime
