// The model library's one exported symbol (libprime-model-torch.so): the
// table of functions the torch-free side calls (model_backend.h).
#include "model/model_backend.h"
#include "model/torch_gp.h"
#include "model/torch_gp_surrogate.h"
#include "model/torch_surrogate.h"
#include "model/torch_trainer.h"

extern "C" __attribute__((visibility("default"))) const prime::ModelBackend* prime_model_backend_v1() {
    static const prime::ModelBackend backend = [] {
        prime::ModelBackend b;
        b.abi = prime::kModelBackendAbi;
        b.version = PRIME_VERSION;
        b.info_size = sizeof(prime::SurrogateInfo);
        // The kind decides the implementation: networks or the Gaussian process.
        b.load_surrogate = [](prime::SurrogateInfo info, const std::filesystem::path& weights) {
            return info.model.kind == prime::ModelKind::Gp ? prime::load_gp_surrogate(std::move(info), weights)
                                                           : prime::load_torch_surrogate(std::move(info), weights);
        };
        b.make_trainer = [](const prime::DesignLog& log, const prime::ModelOptions& model, const prime::TrainOptions& train) {
            return model.kind == prime::ModelKind::Gp ? prime::make_gp_trainer(log, model, train)
                                                      : prime::make_torch_trainer(log, model, train);
        };
        b.set_threads = &prime::apply_torch_threads;
        b.threads = &prime::torch_thread_count;
        b.cuda_available = &prime::torch_cuda_available;
        b.cuda_built = &prime::torch_cuda_built;
        b.use_cuda = &prime::use_cuda_device;
        b.fit_gp = &prime::fit_torch_gp;
        return b;
    }();
    return &backend;
}
