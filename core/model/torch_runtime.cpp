// The torch-free side of the model library: finding and opening
// libprime-model-torch.so on first use, and the settings made before it opened.
#include "model/torch_runtime.h"

#include <dlfcn.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "model/model_backend.h"

namespace prime {

namespace {

constexpr const char* kLibraryName = "libprime-model-torch.so";

std::mutex settings_mutex;
int pending_threads = 0;  // > 0 once set
std::atomic<ComputeDevice> chosen_device{ComputeDevice::Auto};
std::atomic<const ModelBackend*> loaded{nullptr};
std::string loaded_path;

std::filesystem::path executable_dir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

// Where the library may be, in order: an explicit path (PRIME_MODEL_LIBRARY),
// beside an installed or unpacked binary (BIN/../lib/prime-studio), and the
// build tree this binary came from (tests and benchmarks run from there).
std::vector<std::filesystem::path> candidate_paths() {
    if (const char* env = std::getenv("PRIME_MODEL_LIBRARY"); env && *env) return {env};
    std::vector<std::filesystem::path> paths;
    if (const auto dir = executable_dir(); !dir.empty()) paths.push_back(dir.parent_path() / "lib" / "prime-studio" / kLibraryName);
#ifdef PRIME_BUILD_MODEL_LIBRARY
    paths.emplace_back(PRIME_BUILD_MODEL_LIBRARY);
#endif
    return paths;
}

const ModelBackend& open_library() {
    std::string tried;
    for (const auto& path : candidate_paths()) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            tried += "\n  " + path.string() + ": no such file";
            continue;
        }
        // RTLD_LOCAL: LibTorch's thousands of symbols stay out of the global scope.
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            tried += "\n  " + path.string() + ": " + dlerror();
            continue;
        }
        using Entry = const ModelBackend* (*)();
        const auto entry = reinterpret_cast<Entry>(dlsym(handle, kModelBackendSymbol));
        const ModelBackend* backend = entry ? entry() : nullptr;
        if (!backend || backend->abi != kModelBackendAbi || backend->info_size != sizeof(SurrogateInfo) ||
            std::string_view(backend->version ? backend->version : "") != PRIME_VERSION) {
            tried += "\n  " + path.string() + ": not a model library of PRIME Studio " + PRIME_VERSION + " (another build?)";
            dlclose(handle);
            continue;
        }
        loaded_path = path.string();
        return *backend;  // never closed: models and trainers hold its code
    }
    throw std::runtime_error(std::string("cannot open the model library ") + kLibraryName +
                             " (LibTorch); reinstall PRIME Studio or set PRIME_MODEL_LIBRARY to its path. Tried:" + tried);
}

bool use_cuda_for(ComputeDevice d, const ModelBackend& b) {
    return d == ComputeDevice::Cuda || (d == ComputeDevice::Auto && b.cuda_available());
}

}  // namespace

const ModelBackend& model_backend() {
    if (const ModelBackend* b = loaded.load(std::memory_order_acquire)) return *b;
    static std::mutex open_mutex;
    std::lock_guard lock(open_mutex);
    if (const ModelBackend* b = loaded.load()) return *b;
    const ModelBackend& b = open_library();
    {
        std::lock_guard settings(settings_mutex);
        if (pending_threads > 0) b.set_threads(pending_threads);
    }
    b.use_cuda(use_cuda_for(chosen_device, b));
    loaded.store(&b, std::memory_order_release);
    return b;
}

bool model_library_loaded() { return loaded.load() != nullptr; }

std::string model_library_path() { return model_library_loaded() ? loaded_path : std::string(); }

void set_torch_threads(int threads) {
    if (threads <= 0) return;
    std::lock_guard lock(settings_mutex);
    pending_threads = threads;
    if (const ModelBackend* b = loaded.load()) b->set_threads(threads);
}

int torch_threads() {
    if (const ModelBackend* b = loaded.load()) return b->threads();
    {
        std::lock_guard lock(settings_mutex);
        if (pending_threads > 0) return pending_threads;
    }
    return model_backend().threads();
}

bool cuda_available() { return model_backend().cuda_available(); }

ComputeDevice parse_compute_device(std::string_view name) {
    if (name == "auto") return ComputeDevice::Auto;
    if (name == "cpu") return ComputeDevice::Cpu;
    if (name == "cuda") return ComputeDevice::Cuda;
    throw std::invalid_argument("unknown device '" + std::string(name) + "': expected auto, cpu or cuda");
}

void set_compute_device(ComputeDevice device) {
    if (device == ComputeDevice::Cuda && !cuda_available()) {
        throw std::runtime_error(model_backend().cuda_built()
                                     ? "--device cuda: LibTorch has CUDA but no GPU is visible (check CUDA_VISIBLE_DEVICES and the driver)"
                                     : std::string("--device cuda: this build's LibTorch ") + torch_version() +
                                           " has no CUDA; build against a CUDA LibTorch with -DTorch_DIR=... (README)");
    }
    chosen_device = device;
    if (const ModelBackend* b = loaded.load()) b->use_cuda(use_cuda_for(device, *b));
}

std::string compute_device_name() {
    const ComputeDevice d = chosen_device;
    if (d != ComputeDevice::Auto) return d == ComputeDevice::Cuda ? "cuda" : "cpu";
    return cuda_available() ? "cuda" : "cpu";
}

const char* torch_version() { return PRIME_TORCH_VERSION; }

}  // namespace prime
