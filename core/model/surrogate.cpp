// Surrogate: the torch-free half (files, applications, latency mapping); the
// network is the model library's (model_backend.h).
#include "model/surrogate.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "model/model_backend.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

namespace {
constexpr const char* kWeightsFile = "weights.pt";
constexpr const char* kInfoFile = "surrogate.json";
}  // namespace

const SurrogateInfo& Surrogate::info() const {
    if (!impl_) throw std::logic_error("empty surrogate");
    return impl_->info;
}

std::optional<std::size_t> Surrogate::find_app(const std::string& name) const {
    const auto& apps = info().apps;
    for (std::size_t a = 0; a < apps.size(); ++a)
        if (apps[a].name == name) return a;
    return std::nullopt;
}

Predictions Surrogate::predict(const std::vector<Design>& designs, const std::string& app) const {
    std::size_t a = 0;
    if (!app.empty()) {
        const auto found = find_app(app);
        if (!found) throw std::invalid_argument("the surrogate was not trained on application '" + app + "'");
        a = *found;
    }
    const std::size_t dim = space().dimension();
    std::vector<ValueIndex> flat;
    flat.reserve(designs.size() * dim);
    for (const auto& d : designs) {
        if (d.size() != dim)
            throw std::invalid_argument("design has " + std::to_string(d.size()) + " parameters, the model's space has " + std::to_string(dim));
        flat.insert(flat.end(), d.index.begin(), d.index.end());
    }
    return predict(flat, a);
}

Predictions Surrogate::predict(std::span<const ValueIndex> designs, std::size_t app_index) const {
    const auto& apps = info().apps;
    if (app_index >= apps.size()) throw std::invalid_argument("application index out of range");
    const std::size_t n = designs.size() / space().dimension();
    Predictions p = impl_->outputs_for_app(designs, n, app_index);
    p.latency_ms.resize(n);
    const auto& norm = apps[app_index].normalisation;
    for (std::size_t i = 0; i < n; ++i) p.latency_ms[i] = norm.latency_ms(p.score[i]);
    return p;
}

Predictions Surrogate::predict_with_context(std::span<const ValueIndex> designs, std::span<const float> context) const {
    if (!info().contextual) throw std::invalid_argument("this surrogate is not contextual (trained on one application)");
    const std::size_t n = designs.size() / space().dimension();
    Predictions p = impl_->outputs_for_context(designs, n, context);
    LatencyNormalisation norm{0, 0};
    for (const auto& a : info().apps) {
        norm.mean_log += a.normalisation.mean_log / static_cast<double>(info().apps.size());
        norm.std_log += a.normalisation.std_log / static_cast<double>(info().apps.size());
    }
    p.latency_ms.resize(n);
    for (std::size_t i = 0; i < n; ++i) p.latency_ms[i] = norm.latency_ms(p.score[i]);
    return p;
}

void Surrogate::save(const std::filesystem::path& dir) const {
    const auto& inf = info();
    std::filesystem::create_directories(dir);
    const auto weights = dir / kWeightsFile;
    const auto temp = dir / (std::string(kWeightsFile) + ".tmp");
    try {
        impl_->save_weights(temp);
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(temp, ec);
        throw;
    }
    std::filesystem::rename(temp, weights);
    write_text_atomically(dir / kInfoFile, to_json(inf).dump(2) + "\n");
}

bool Surrogate::is_model_folder(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / kInfoFile, ec);
}

Surrogate Surrogate::load(const std::filesystem::path& dir) {
    const auto info_path = dir / kInfoFile, weights = dir / kWeightsFile;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(read_text_file(info_path));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(info_path.string(), "byte", 0, std::string("not valid JSON: ") + e.what());
    }
    SurrogateInfo info = surrogate_info_from_json(j, info_path.string());
    if (!std::filesystem::exists(weights)) throw InputError(weights.string(), "byte", 0, "missing weights file");
    return Surrogate(model_backend().load_surrogate(std::move(info), weights));
}

Surrogate Surrogate::load(const std::filesystem::path& dir, const SearchSpace& expected) {
    Surrogate s = load(dir);
    if (const std::string diff = describe_space_difference(s.space(), expected); !diff.empty())
        throw std::invalid_argument(dir.string() + ": " + diff);
    return s;
}

}  // namespace prime
