#include "model/training_data.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>


namespace prime {

namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL, kFnvPrime = 0x100000001b3ULL;

void fnv_bytes(std::uint64_t& h, const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * kFnvPrime;
}

void add_row(DesignPool& pool, const DesignLog& log, RowIndex r) {
    for (std::size_t p = 0; p < pool.dim; ++p) pool.index.push_back(log.parameter(p)[r]);
    pool.latency_ms.push_back(log.latency_ms()[r]);
    pool.score.push_back(0.0f);
    pool.area_mm2.push_back(log.area_mm2()[r]);
    pool.feasible.push_back(log.feasible()[r] ? 1 : 0);
}

std::vector<AppId> selected_apps(const DesignLog& log, const TrainOptions& options) {
    std::vector<AppId> ids;
    if (options.apps.empty() || (options.apps.size() == 1 && options.apps[0] == "all")) {
        for (std::size_t a = 0; a < log.app_names().size(); ++a) ids.push_back(static_cast<AppId>(a));
        return ids;
    }
    for (const auto& name : options.apps) {
        const auto id = log.find_app(name);
        if (!id) {
            std::string known;
            for (const auto& n : log.app_names()) known += (known.empty() ? "" : ", ") + n;
            throw std::invalid_argument("application '" + name + "' is not in the log (it has: " + known + ")");
        }
        ids.push_back(*id);
    }
    return ids;
}

// Context vectors: the given ones (the session layer resolves built-in
// workloads to their descriptors, session/app_contexts.h) when every
// application has one, else a one-hot id for every application (descriptors
// and ids cannot be mixed).
void assign_contexts(TrainingData& data, const TrainOptions& options) {
    bool descriptive = true;
    std::vector<std::vector<float>> contexts;
    for (const auto& app : data.apps) {
        if (auto it = options.contexts.find(app.info.name); it != options.contexts.end()) {
            contexts.push_back(it->second);
        } else {
            descriptive = false;
            break;
        }
    }
    const std::size_t n = data.apps.size();
    if (descriptive) {
        for (const auto& c : contexts)
            if (c.size() != contexts[0].size()) throw std::invalid_argument("context vectors differ in length");
        const bool named = options.context_names.size() == contexts[0].size();
        for (std::size_t i = 0; i < contexts[0].size(); ++i)
            data.context_names.push_back(named ? options.context_names[i] : "context_" + std::to_string(i));
    } else {
        contexts.assign(n, std::vector<float>(n, 0.0f));
        for (std::size_t a = 0; a < n; ++a) {
            contexts[a][a] = 1.0f;
            data.context_names.push_back("app:" + data.apps[a].info.name);
        }
    }
    const std::size_t width = contexts[0].size();
    data.context_mean.assign(width, 0.0f);
    data.context_scale.assign(width, 1.0f);
    for (std::size_t i = 0; i < width; ++i) {
        double m = 0, v = 0;
        for (const auto& c : contexts) m += c[i];
        m /= static_cast<double>(n);
        for (const auto& c : contexts) v += (c[i] - m) * (c[i] - m);
        const double sd = std::sqrt(v / static_cast<double>(n));
        data.context_mean[i] = static_cast<float>(m);
        data.context_scale[i] = sd > 1e-6 ? static_cast<float>(sd) : 1.0f;  // constant features stay centred at 0
    }
    for (std::size_t a = 0; a < n; ++a) data.apps[a].info.context = contexts[a];
}

}  // namespace

bool is_validation_design(const ValueIndex* design, std::size_t dim, std::uint64_t seed, double fraction) {
    std::uint64_t h = kFnvOffset ^ (seed * 0x9e3779b97f4a7c15ULL);
    fnv_bytes(h, design, dim * sizeof(ValueIndex));
    h ^= h >> 33;  // finalizer: FNV's low bits are weak for short keys
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return static_cast<double>(h >> 11) * 0x1.0p-53 < fraction;
}

std::string hash_log(const DesignLog& log) {
    std::uint64_t h = kFnvOffset;
    for (std::size_t p = 0; p < log.space().dimension(); ++p)
        fnv_bytes(h, log.parameter(p).data(), log.parameter(p).size_bytes());
    fnv_bytes(h, log.latency_ms().data(), log.latency_ms().size_bytes());
    fnv_bytes(h, log.area_mm2().data(), log.area_mm2().size_bytes());
    fnv_bytes(h, log.feasible().data(), log.feasible().size_bytes());
    fnv_bytes(h, log.app().data(), log.app().size_bytes());
    for (const auto& name : log.app_names()) fnv_bytes(h, name.data(), name.size());
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

TrainingData build_training_data(const DesignLog& log, const TrainOptions& options) {
    if (log.space().empty()) throw std::invalid_argument("the log has no search space");
    TrainingData data;
    data.space = log.space();
    data.area_budget = options.area_budget;
    data.log_hash = hash_log(log);
    const std::size_t dim = data.space.dimension();

    const std::vector<AppId> ids = selected_apps(log, options);
    std::vector<int> slot(log.app_names().size(), -1);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        slot[ids[i]] = static_cast<int>(i);
        AppData app;
        app.info.name = log.app_names()[ids[i]];
        for (auto* pool : {&app.feasible_train, &app.feasible_val, &app.infeasible_train, &app.infeasible_val})
            pool->dim = dim;
        data.apps.push_back(std::move(app));
    }

    std::vector<ValueIndex> design(dim);
    const auto lat = log.latency_ms();
    for (RowIndex r = 0; r < log.rows(); ++r) {
        const int s = slot[log.app()[r]];
        if (s < 0) continue;
        AppData& app = data.apps[static_cast<std::size_t>(s)];
        for (std::size_t p = 0; p < dim; ++p) design[p] = log.parameter(p)[r];
        const bool good = log.feasible()[r] && log.area_mm2()[r] <= options.area_budget;
        if (good && !(lat[r] > 0 && std::isfinite(lat[r]))) continue;  // a feasible row without a usable latency
        const bool val = is_validation_design(design.data(), dim, options.seed, options.validation_fraction);
        DesignPool& pool = good ? (val ? app.feasible_val : app.feasible_train) : (val ? app.infeasible_val : app.infeasible_train);
        // Held-out designs beyond the cap are dropped rather than trained on, so the split stays by design.
        if (val && pool.size() >= options.max_validation_rows) continue;
        add_row(pool, log, r);
    }

    for (AppData& app : data.apps) {
        if (app.feasible_train.size() < 8)
            throw std::invalid_argument("application '" + app.info.name + "' has only " +
                                        std::to_string(app.feasible_train.size()) +
                                        " feasible designs within the area budget to train on");
        double m = 0, v = 0;
        for (float l : app.feasible_train.latency_ms) m += std::log(l);
        m /= static_cast<double>(app.feasible_train.size());
        for (float l : app.feasible_train.latency_ms) v += (std::log(l) - m) * (std::log(l) - m);
        const double sd = std::sqrt(v / static_cast<double>(app.feasible_train.size()));
        app.info.normalisation = {m, sd > 1e-9 ? sd : 1.0};
        for (auto* pool : {&app.feasible_train, &app.feasible_val})
            for (std::size_t i = 0; i < pool->size(); ++i) pool->score[i] = app.info.normalisation.score(pool->latency_ms[i]);
        app.info.feasible_rows = app.feasible_train.size();
        app.info.infeasible_rows = app.infeasible_train.size();
    }

    // Area normalisation over the training rows of both pools of every application.
    double sum = 0, sum_sq = 0;
    for (const AppData& app : data.apps)
        for (const DesignPool* pool : {&app.feasible_train, &app.infeasible_train})
            for (float a : pool->area_mm2)
                if (usable_area(a)) {
                    const double l = std::log(a);
                    sum += l;
                    sum_sq += l * l;
                    ++data.area_rows;
                }
    if (data.area_rows > 0) {
        const double n = static_cast<double>(data.area_rows), m = sum / n;
        const double sd = std::sqrt(std::max(0.0, sum_sq / n - m * m));
        data.area_normalisation = {m, sd > 1e-9 ? sd : 1.0};
    }

    data.contextual = options.contextual && data.apps.size() > 1;
    if (data.contextual) assign_contexts(data, options);
    return data;
}

}  // namespace prime
