#include "model/torch_runtime.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <atomic>
#include <mutex>
#include <stdexcept>

// Provided by libopenblas when torch links it; weak so other BLAS builds still link.
extern "C" void openblas_set_num_threads(int) __attribute__((weak));

namespace prime {

void set_torch_threads(int threads) {
    if (threads <= 0) return;
    at::set_num_threads(threads);
    if (openblas_set_num_threads) openblas_set_num_threads(threads);
}

int torch_threads() { return at::get_num_threads(); }

bool cuda_available() { return torch::cuda::is_available(); }

namespace {
std::atomic<ComputeDevice> chosen_device{ComputeDevice::Auto};
}

ComputeDevice parse_compute_device(std::string_view name) {
    if (name == "auto") return ComputeDevice::Auto;
    if (name == "cpu") return ComputeDevice::Cpu;
    if (name == "cuda") return ComputeDevice::Cuda;
    throw std::invalid_argument("unknown device '" + std::string(name) + "': expected auto, cpu or cuda");
}

void set_compute_device(ComputeDevice device) {
    if (device == ComputeDevice::Cuda && !cuda_available()) {
        // at::hasCUDA() says whether the CUDA backend is built in at all.
        throw std::runtime_error(at::hasCUDA()
                                     ? "--device cuda: LibTorch has CUDA but no GPU is visible (check CUDA_VISIBLE_DEVICES and the driver)"
                                     : std::string("--device cuda: this build's LibTorch ") + TORCH_VERSION +
                                           " has no CUDA; build against a CUDA LibTorch with -DTorch_DIR=... (README)");
    }
    chosen_device = device;
}

std::string compute_device_name() {
    const ComputeDevice d = chosen_device;
    return d == ComputeDevice::Cuda || (d == ComputeDevice::Auto && cuda_available()) ? "cuda" : "cpu";
}

const char* torch_version() { return TORCH_VERSION; }

void reuse_freed_memory() {
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 64 << 20);  // buffers below 64 MB come from (and return to) the heap
        mallopt(M_TRIM_THRESHOLD, 256 << 20);  // keep up to 256 MB of free heap rather than trimming it
    });
#endif
}

}  // namespace prime
