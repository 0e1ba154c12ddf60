#pragma once
// Process-wide LibTorch settings, callable from code that must not include
// torch headers (GUI settings dialog, prime-cli).
namespace prime {

// Sets torch's intra-op threads and OpenBLAS's own pool to `threads` (> 0).
// OpenBLAS (Debian's BLAS for torch) keeps a separate pthread pool that
// torch::set_num_threads does not touch; both must agree or they oversubscribe.
void set_torch_threads(int threads);
int torch_threads();
bool cuda_available();

}  // namespace prime
