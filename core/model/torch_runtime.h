#pragma once
// Process-wide LibTorch settings, callable from code that must not include
// torch headers (GUI settings dialog, prime-cli).
#include <string>
#include <string_view>

namespace prime {

// Sets torch's intra-op threads and OpenBLAS's own pool to `threads` (> 0).
// OpenBLAS (Debian's BLAS for torch) keeps a separate pthread pool that
// torch::set_num_threads does not touch; both must agree or they oversubscribe.
void set_torch_threads(int threads);
int torch_threads();
// True when the LibTorch this build links has CUDA and a GPU is visible.
bool cuda_available();

// Where surrogates train and predict. Auto picks CUDA when cuda_available().
enum class ComputeDevice { Auto, Cpu, Cuda };
// "auto" | "cpu" | "cuda" (the --device values). Throws std::invalid_argument
// naming the accepted values.
ComputeDevice parse_compute_device(std::string_view name);
// Sets the device for models trained or loaded from now on (process-wide, as
// threads are; a model already loaded keeps its device). Throws
// std::runtime_error for Cuda when it is unavailable, saying whether the
// LibTorch build lacks CUDA or no GPU is visible.
void set_compute_device(ComputeDevice device);
// The device models get now: "cpu" or "cuda".
std::string compute_device_name();
// The LibTorch version this build links, e.g. "1.13.1" (About box, --version).
const char* torch_version();

// Lets glibc keep freed tensor buffers (up to 64 MB each) for reuse instead of
// returning them to the kernel: every training step allocates and frees the
// same few activation buffers, and with glibc's defaults each one came back
// as fresh zeroed pages (page faults were ~15 % of a small model's step; the
// MLP step went from 2.9 to 2.45 ms). Idempotent; no-op on other C libraries.
void reuse_freed_memory();

}  // namespace prime
