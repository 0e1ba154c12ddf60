#pragma once
// A workload: a named neural network as an ordered list of layers, plus where
// it comes from. Built-in workloads and user imports share this type.
#include <cstdint>
#include <string>
#include <vector>

#include "sim/layer.h"

namespace prime {

struct Workload {
    std::string name;                  // e.g. "MobileNetV2"; the application name in logs
    std::string description;           // what the layers are, input size, classes
    std::string source;                // where the architecture was read
    std::vector<std::string> aliases;  // other spellings that select it (PRIME's folder names)
    double published_macs = 0;         // published totals to check against; 0 = unknown
    double published_params = 0;
    std::vector<Layer> layers;

    // Totals over all layers (int8, so bytes == elements).
    std::int64_t total_macs() const;
    std::int64_t total_weights() const;
    std::int64_t largest_activation() const;    // max over layers of input or output bytes
    std::int64_t largest_layer_io() const;      // max over layers of input + output bytes
    std::int64_t largest_layer_weights() const;
    std::int64_t longest_reduction() const;

    // True when `text` is the name or an alias, ignoring case and every
    // character that is not a letter or digit ("t_rnn_enc" == "t-RNN Enc").
    bool answers_to(const std::string& text) const;
};

// Lower-case letters and digits only: the key used to compare workload names.
std::string workload_name_key(const std::string& text);

}  // namespace prime
