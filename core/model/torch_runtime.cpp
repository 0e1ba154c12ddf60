#include "model/torch_runtime.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>

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

}  // namespace prime
