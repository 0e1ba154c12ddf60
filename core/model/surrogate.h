#pragma once
// A trained surrogate: predicts the latency of designs, fast, in batches.
// Plain C++ interface (pimpl): the GUI and the CLI include this without
// seeing LibTorch. Copies share the same immutable network, so a Surrogate
// can be handed to a search thread while the trainer keeps training.
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/surrogate_info.h"
#include "space/search_space.h"

namespace prime {

struct Predictions {
    std::vector<float> score;       // normalised goodness, higher = better (what optimizers maximise)
    std::vector<float> latency_ms;  // the score mapped back through the application's normalisation
    // Auxiliary heads; empty when the model lacks the head.
    std::vector<float> area_mm2;    // the area head's ln(area) mapped back to mm²
    std::vector<float> p_feasible;  // the feasibility classifier's probability
};

class Surrogate {
public:
    Surrogate() = default;  // empty: predict() throws

    bool empty() const { return impl_ == nullptr; }
    const SurrogateInfo& info() const;
    const SearchSpace& space() const { return info().space; }
    bool has_area_head() const { return info().model.area_head; }
    bool has_feasibility_head() const { return info().model.feasibility_head; }
    // Position of an application in info().apps, or nullopt.
    std::optional<std::size_t> find_app(const std::string& name) const;

    // `app` empty = the first (or only) application. Throws std::invalid_argument
    // for an unknown application or a design of the wrong size / out of range.
    Predictions predict(const std::vector<Design>& designs, const std::string& app = {}) const;
    // Designs as a flat row-major index matrix (n x space().dimension()): no per-design allocation.
    Predictions predict(std::span<const ValueIndex> designs, std::size_t app_index) const;
    // Zero-shot: an application the model never saw, described by its raw
    // context vector (contextual models only). Latency uses the mean of the
    // trained applications' normalisations, so only the ranking is meaningful.
    Predictions predict_with_context(std::span<const ValueIndex> designs, std::span<const float> context) const;

    // Writes DIR/weights.pt and DIR/surrogate.json (each atomically), creating DIR.
    void save(const std::filesystem::path& dir) const;
    // Throws InputError for missing/corrupt files or a newer format.
    static Surrogate load(const std::filesystem::path& dir);
    // True when `dir` looks like a folder save() wrote (it holds the model's description file).
    static bool is_model_folder(const std::filesystem::path& dir);
    // As load(), and throws std::invalid_argument saying how the spaces differ
    // when the model was trained on another space than `expected`.
    static Surrogate load(const std::filesystem::path& dir, const SearchSpace& expected);

    struct Impl;  // the model library's interface, model/model_backend.h
    explicit Surrogate(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
    const Impl* impl() const { return impl_.get(); }  // for the trainer (continue_from)

private:
    std::shared_ptr<const Impl> impl_;
};

}  // namespace prime
