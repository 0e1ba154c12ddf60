#pragma once
// PRIVATE to the model library (LibTorch): the conservative trainer behind
// ConservativeTrainer (ModelBackend::make_trainer).
#include <memory>

#include "model/model_backend.h"

namespace prime {

std::unique_ptr<ConservativeTrainer::Impl> make_torch_trainer(const DesignLog& log, const ModelOptions& model,
                                                             const TrainOptions& train);

}  // namespace prime
