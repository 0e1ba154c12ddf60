#pragma once
// PRIVATE to core/model: the seam between the torch-free model API
// (surrogate.h, conservative_trainer.h, torch_runtime.h) and the LibTorch
// implementation, which lives in a separately loaded library
// (libprime-model-torch.so). Why a loaded library: linking LibTorch makes
// every process start ~0.3 s and ~160 MB slower (the dynamic linker maps ~280
// libraries), and most commands (info, convert, simulate, generate, merge) and
// the GUI's first window never touch a model. The library is opened on the
// first use of a model and stays loaded for the life of the process.
//
// Both sides are built from this tree by the same compiler in the same build,
// so C++ types cross the seam; ModelBackend::abi guards against a stale
// library from another build.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "model/conservative_trainer.h"
#include "model/gaussian_process.h"
#include "model/surrogate.h"

namespace prime {

// A trained network with its description; immutable once built.
struct Surrogate::Impl {
    virtual ~Impl() = default;
    SurrogateInfo info;
    // Outputs of n designs (flat index matrix, n x space dimension) for the
    // trained application `app`, or for a raw (unnormalised) context vector:
    // score, and area_mm2 / p_feasible when the model has those heads;
    // latency_ms is left empty (the facade maps the score back).
    // Throws std::invalid_argument for a wrong size or an index out of range.
    virtual Predictions outputs_for_app(std::span<const ValueIndex> designs, std::size_t n, std::size_t app) const = 0;
    virtual Predictions outputs_for_context(std::span<const ValueIndex> designs, std::size_t n,
                                            std::span<const float> raw_context) const = 0;
    // Writes the weights (from the CPU, so any build loads them) to `file`;
    // throws std::runtime_error naming it.
    virtual void save_weights(const std::filesystem::path& file) const = 0;
};

// ConservativeTrainer's work, one to one (conservative_trainer.h documents it).
struct ConservativeTrainer::Impl {
    virtual ~Impl() = default;
    virtual void continue_from(const Surrogate& surrogate) = 0;
    virtual StepStats step() = 0;
    virtual EvalMetrics evaluate() = 0;
    virtual TrainingReport fit(const FitOptions& options, const ProgressFn& progress, JobControl* job) = 0;
    virtual Surrogate surrogate() const = 0;
    virtual const EvalMetrics& selected_metrics() const = 0;
    virtual std::uint64_t steps_done() const = 0;
    virtual const TrainingData& data() const = 0;
    virtual std::vector<ValueIndex> negatives(std::size_t app) const = 0;
};

// A fitted Gaussian process (gaussian_process.h documents it).
struct GaussianProcess::Impl {
    virtual ~Impl() = default;
    // Posterior mean, and the latent standard deviation when `sd` is not null.
    virtual void predict(std::span<const float> x, std::size_t m, std::vector<double>& mean,
                         std::vector<double>* sd) const = 0;
    virtual std::vector<double> hyperparameters() const = 0;
    virtual std::size_t dimension() const = 0;
};

// Bumped whenever a type crossing the seam changes shape.
inline constexpr int kModelBackendAbi = 2;

// What the model library exports, as one table of functions.
struct ModelBackend {
    int abi = 0;
    const char* version = nullptr;  // PRIME_VERSION of the library's build
    std::size_t info_size = 0;      // sizeof(SurrogateInfo) there: a cheap check for a stale build
    // Builds the network `info` describes and reads its weights from `weights`;
    // throws InputError when they do not match.
    std::shared_ptr<const Surrogate::Impl> (*load_surrogate)(SurrogateInfo info, const std::filesystem::path& weights) = nullptr;
    std::unique_ptr<ConservativeTrainer::Impl> (*make_trainer)(const DesignLog& log, const ModelOptions& model,
                                                               const TrainOptions& train) = nullptr;
    void (*set_threads)(int threads) = nullptr;  // > 0
    int (*threads)() = nullptr;
    bool (*cuda_available)() = nullptr;  // built with CUDA and a GPU visible
    bool (*cuda_built)() = nullptr;      // built with CUDA at all
    void (*use_cuda)(bool cuda) = nullptr;
    // Validated inputs (gaussian_process.cpp checks them).
    std::shared_ptr<const GaussianProcess::Impl> (*fit_gp)(std::span<const float> x, std::size_t n, std::size_t d,
                                                           std::span<const double> y, const GpOptions& options) = nullptr;
};

// The library's one exported symbol.
extern "C" const ModelBackend* prime_model_backend_v1();
inline constexpr const char* kModelBackendSymbol = "prime_model_backend_v1";

// The model library, opened on first use (torch_runtime.cpp). Throws
// std::runtime_error naming every path tried and the loader's message.
const ModelBackend& model_backend();

}  // namespace prime
