// The model library's one exported symbol (libprime-model-torch.so): the
// table of functions the torch-free side calls (model_backend.h).
#include "model/model_backend.h"
#include "model/torch_surrogate.h"
#include "model/torch_trainer.h"

extern "C" __attribute__((visibility("default"))) const prime::ModelBackend* prime_model_backend_v1() {
    static const prime::ModelBackend backend = [] {
        prime::ModelBackend b;
        b.abi = prime::kModelBackendAbi;
        b.version = PRIME_VERSION;
        b.info_size = sizeof(prime::SurrogateInfo);
        b.load_surrogate = &prime::load_torch_surrogate;
        b.make_trainer = &prime::make_torch_trainer;
        b.set_threads = &prime::apply_torch_threads;
        b.threads = &prime::torch_thread_count;
        b.cuda_available = &prime::torch_cuda_available;
        b.cuda_built = &prime::torch_cuda_built;
        b.use_cuda = &prime::use_cuda_device;
        return b;
    }();
    return &backend;
}
