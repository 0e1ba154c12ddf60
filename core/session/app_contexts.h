#pragma once
// Which workload an application name stands for, in one place: the trainer's
// context vectors (a contextual surrogate conditions on a workload
// descriptor, prime-method.md §3) and zero-shot prediction for an application
// the model never saw both resolve names here. core/model knows nothing of
// the simulator's workload library; the session hands it plain vectors.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prime {

/// The descriptor of a built-in workload (by name or alias), or nullopt when
/// `app` is not one.
std::optional<std::vector<float>> builtin_workload_context(const std::string& app);

/// The canonical name of a built-in workload ("mobilenet_v2", "MobilenetV2"
/// -> "MobileNetV2"); any other name unchanged. What ReadOptions::canonical_app
/// uses, so folder names, columns, --apps and the GUI agree.
std::string canonical_app_name(const std::string& app);

/// Names of the descriptor's entries ("log_dwconv", "log10_macs", ...).
std::vector<std::string> builtin_context_names();

/// Context vectors for the applications that are built-in workloads; the
/// others are left out (the trainer then falls back to one-hot ids for all).
std::map<std::string, std::vector<float>> builtin_workload_contexts(const std::vector<std::string>& apps);

}  // namespace prime
