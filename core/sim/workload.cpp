#include "sim/workload.h"

#include <algorithm>
#include <cctype>

namespace prime {

namespace {

template <typename F>
std::int64_t max_over(const std::vector<Layer>& layers, F value) {
    std::int64_t best = 0;
    for (const Layer& l : layers) best = std::max<std::int64_t>(best, value(l));
    return best;
}

}  // namespace

std::int64_t Workload::total_macs() const {
    std::int64_t sum = 0;
    for (const Layer& l : layers) sum += l.macs();
    return sum;
}

std::int64_t Workload::total_weights() const {
    std::int64_t sum = 0;
    for (const Layer& l : layers) sum += l.weights();
    return sum;
}

std::int64_t Workload::largest_activation() const {
    return max_over(layers, [](const Layer& l) { return std::max(l.input_bytes(), l.output_bytes()); });
}

std::int64_t Workload::largest_layer_io() const {
    return max_over(layers, [](const Layer& l) { return l.input_bytes() + l.output_bytes(); });
}

std::int64_t Workload::largest_layer_weights() const {
    return max_over(layers, [](const Layer& l) { return l.weights(); });
}

std::int64_t Workload::longest_reduction() const {
    return max_over(layers, [](const Layer& l) { return l.reduction(); });
}

std::string workload_name_key(const std::string& text) {
    std::string key;
    for (char ch : text)
        if (std::isalnum(static_cast<unsigned char>(ch))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return key;
}

bool Workload::answers_to(const std::string& text) const {
    const std::string key = workload_name_key(text);
    if (key.empty()) return false;
    if (key == workload_name_key(name)) return true;
    return std::any_of(aliases.begin(), aliases.end(), [&](const std::string& a) { return key == workload_name_key(a); });
}

}  // namespace prime
