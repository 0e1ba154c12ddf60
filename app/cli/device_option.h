#pragma once
// --device auto|cpu|cuda, shared by the commands that train or run a model
// (train, predict, search).
#include <CLI/CLI.hpp>
#include <string>

#include "model/torch_runtime.h"

namespace prime::cli {

inline void add_device_option(CLI::App& cmd, std::string& target) {
    cmd.add_option("--device", target, "where the model trains and predicts: auto (CUDA when this LibTorch has it and a GPU is "
                                       "visible), cpu or cuda (an error without CUDA)")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
        ->default_val("auto");
}

// Throws std::runtime_error for cuda when it is unavailable (the message says why).
inline void apply_device_option(const std::string& name) { set_compute_device(parse_compute_device(name)); }

}  // namespace prime::cli
