// LibTorch's process settings inside the model library: threads (torch's and
// OpenBLAS's pools) and the device new models get.
#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include <atomic>

#include "model/torch_surrogate.h"

// Provided by libopenblas when torch links it; weak so other BLAS builds still link.
extern "C" void openblas_set_num_threads(int) __attribute__((weak));

namespace prime {

namespace {
std::atomic<bool> cuda_chosen{false};
}  // namespace

void apply_torch_threads(int threads) {
    if (threads <= 0) return;
    at::set_num_threads(threads);
    if (openblas_set_num_threads) openblas_set_num_threads(threads);
}

int torch_thread_count() { return at::get_num_threads(); }
bool torch_cuda_available() { return torch::cuda::is_available(); }
bool torch_cuda_built() { return at::hasCUDA(); }
void use_cuda_device(bool cuda) { cuda_chosen = cuda; }

torch::Device default_device() { return cuda_chosen ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU); }

}  // namespace prime
