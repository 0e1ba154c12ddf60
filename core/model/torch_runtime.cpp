#include "model/torch_runtime.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <mutex>

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
