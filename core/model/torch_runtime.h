#pragma once
// Process-wide model settings, callable from code that must not include torch
// headers (GUI settings dialog, prime-cli). LibTorch itself lives in the model
// library (model_backend.h), opened on the first use of a model: settings made
// before that are kept and applied when it opens, so setting threads or a
// device does not load it; the functions that must ask LibTorch say so.
#include <string>
#include <string_view>

namespace prime {

// Sets torch's intra-op threads and OpenBLAS's own pool to `threads` (> 0;
// others are ignored). OpenBLAS (Debian's BLAS for torch) keeps a separate
// pthread pool that torch::set_num_threads does not touch; both must agree or
// they oversubscribe. Does not open the model library.
void set_torch_threads(int threads);
// LibTorch's threads: the value set (when the library is not open yet), else
// LibTorch's own count (opens the library when nothing was set).
int torch_threads();
// True when the LibTorch in use has CUDA and a GPU is visible. Opens the library.
bool cuda_available();

// Where surrogates train and predict. Auto picks CUDA when cuda_available().
enum class ComputeDevice { Auto, Cpu, Cuda };
// "auto" | "cpu" | "cuda" (the --device values). Throws std::invalid_argument
// naming the accepted values.
ComputeDevice parse_compute_device(std::string_view name);
// Sets the device for models trained or loaded from now on (process-wide, as
// threads are; a model already loaded keeps its device). Throws
// std::runtime_error for Cuda when it is unavailable, saying whether the
// LibTorch build lacks CUDA or no GPU is visible (Cuda opens the library).
void set_compute_device(ComputeDevice device);
// The device models get now: "cpu" or "cuda" (Auto opens the library).
std::string compute_device_name();
// The LibTorch version this build was made against, e.g. "1.13.1" (About
// box); known at build time, so it does not open the library.
const char* torch_version();

// Whether the model library is open in this process (start-up tests: the
// GUI's first window and the commands without a model must not open it).
bool model_library_loaded();
// The path of the model library this process opened, or empty.
std::string model_library_path();

}  // namespace prime
