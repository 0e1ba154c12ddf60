#include "space/search_space.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace prime {

namespace {
bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool same_value(double a, double b) {
    return a == b || std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

std::string format_value(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}
}  // namespace

std::optional<ValueIndex> Parameter::index_of(double value) const {
    // Value sets are short and sorted: binary search, then check the
    // neighbour for the tolerance case.
    auto it = std::lower_bound(values.begin(), values.end(), value);
    if (it != values.end() && same_value(*it, value)) return static_cast<ValueIndex>(it - values.begin());
    if (it != values.begin() && same_value(*(it - 1), value))
        return static_cast<ValueIndex>(it - 1 - values.begin());
    return std::nullopt;
}

bool Parameter::answers_to(std::string_view column) const {
    if (iequals(name, column)) return true;
    return std::any_of(aliases.begin(), aliases.end(), [&](const std::string& a) { return iequals(a, column); });
}

std::size_t DesignHash::operator()(const Design& d) const noexcept {
    std::uint64_t h = 1469598103934665603ULL;
    for (ValueIndex v : d.index) h = (h ^ v) * 1099511628211ULL;
    return static_cast<std::size_t>(h);
}

SearchSpace::SearchSpace(std::string name, std::vector<Parameter> parameters)
    : name_(std::move(name)), parameters_(std::move(parameters)) {
    for (const auto& p : parameters_) {
        if (p.name.empty()) throw std::invalid_argument("search space '" + name_ + "': a parameter has no name");
        if (p.values.empty())
            throw std::invalid_argument("search space '" + name_ + "': parameter '" + p.name + "' has no values");
        if (p.values.size() > 65535)
            throw std::invalid_argument("search space '" + name_ + "': parameter '" + p.name +
                                        "' has more than 65535 values");
        for (std::size_t i = 0; i < p.values.size(); ++i) {
            if (!std::isfinite(p.values[i]))
                throw std::invalid_argument("parameter '" + p.name + "': values must be finite");
            if (i > 0 && !(p.values[i] > p.values[i - 1]))
                throw std::invalid_argument("parameter '" + p.name + "': values must be strictly increasing (" +
                                            format_value(p.values[i - 1]) + " then " + format_value(p.values[i]) + ")");
        }
    }
    for (std::size_t i = 0; i < parameters_.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (parameters_[i].answers_to(parameters_[j].name))
                throw std::invalid_argument("search space '" + name_ + "': parameter name '" + parameters_[j].name +
                                            "' is used twice");
    build_layout();
}

void SearchSpace::build_layout() {
    offsets_.clear();
    one_hot_width_ = 0;
    for (const auto& p : parameters_) {
        offsets_.push_back(one_hot_width_);
        one_hot_width_ += p.size();
    }
}

std::optional<std::size_t> SearchSpace::find(std::string_view column) const {
    for (std::size_t i = 0; i < parameters_.size(); ++i)
        if (parameters_[i].answers_to(column)) return i;
    return std::nullopt;
}

Count128 SearchSpace::cardinality() const {
    Count128 n = 1;
    for (const auto& p : parameters_) {
        const Count128 next = n * p.size();
        if (next / p.size() != n) return ~static_cast<Count128>(0);  // saturate
        n = next;
    }
    return n;
}

double SearchSpace::cardinality_double() const {
    double n = 1;
    for (const auto& p : parameters_) n *= static_cast<double>(p.size());
    return n;
}

Design SearchSpace::encode(std::span<const double> values) const {
    if (values.size() != parameters_.size())
        throw std::invalid_argument("expected " + std::to_string(parameters_.size()) + " parameter values, got " +
                                    std::to_string(values.size()));
    Design d;
    d.index.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        auto idx = parameters_[i].index_of(values[i]);
        if (!idx)
            throw std::invalid_argument("value " + format_value(values[i]) + " is not allowed for parameter '" +
                                        parameters_[i].name + "'");
        d.index[i] = *idx;
    }
    return d;
}

std::vector<double> SearchSpace::decode(const Design& design) const {
    std::vector<double> out(design.size());
    for (std::size_t i = 0; i < design.size(); ++i) out[i] = parameters_[i].values.at(design[i]);
    return out;
}

bool SearchSpace::contains(const Design& design) const {
    if (design.size() != parameters_.size()) return false;
    for (std::size_t i = 0; i < design.size(); ++i)
        if (design[i] >= parameters_[i].size()) return false;
    return true;
}

void SearchSpace::one_hot(const Design& design, float* out) const {
    std::fill(out, out + one_hot_width_, 0.0f);
    for (std::size_t i = 0; i < design.size(); ++i) out[offsets_[i] + design[i]] = 1.0f;
}

Design SearchSpace::sample(Rng& rng) const {
    Design d;
    d.index.resize(parameters_.size());
    for (std::size_t i = 0; i < parameters_.size(); ++i)
        d.index[i] = static_cast<ValueIndex>(rng.below(static_cast<std::uint32_t>(parameters_[i].size())));
    return d;
}

Design SearchSpace::mutate(const Design& design, Rng& rng, double rate) const {
    Design out = design;
    bool changed = false;
    auto resample = [&](std::size_t i) {
        const auto n = static_cast<std::uint32_t>(parameters_[i].size());
        if (n < 2) return false;
        // Draw among the other n-1 values so the parameter really changes.
        auto v = static_cast<ValueIndex>(rng.below(n - 1));
        if (v >= design[i]) ++v;
        out[i] = v;
        return true;
    };
    for (std::size_t i = 0; i < parameters_.size(); ++i)
        if (rng.uniform() < rate) changed |= resample(i);
    if (!changed) {
        std::vector<std::size_t> mutable_params;
        for (std::size_t i = 0; i < parameters_.size(); ++i)
            if (parameters_[i].size() > 1) mutable_params.push_back(i);
        if (!mutable_params.empty())
            resample(mutable_params[rng.below(static_cast<std::uint32_t>(mutable_params.size()))]);
    }
    return out;
}

std::vector<Design> SearchSpace::neighbours(const Design& design) const {
    std::vector<Design> out;
    for (std::size_t i = 0; i < parameters_.size(); ++i) {
        if (design[i] > 0) {
            out.push_back(design);
            --out.back()[i];
        }
        if (design[i] + 1u < parameters_[i].size()) {
            out.push_back(design);
            ++out.back()[i];
        }
    }
    return out;
}

std::string SearchSpace::fingerprint() const {
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&](std::string_view s) {
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
        h = (h ^ 0xff) * 1099511628211ULL;
    };
    for (const auto& p : parameters_) {
        mix(p.name);
        for (double v : p.values) mix(format_value(v));
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

bool operator==(const SearchSpace& a, const SearchSpace& b) {
    if (a.parameters_.size() != b.parameters_.size()) return false;
    for (std::size_t i = 0; i < a.parameters_.size(); ++i)
        if (a.parameters_[i].name != b.parameters_[i].name || a.parameters_[i].values != b.parameters_[i].values)
            return false;
    return true;
}

SearchSpace infer_space(std::string name, const std::vector<std::string>& column_names,
                        std::vector<std::vector<double>> distinct) {
    std::vector<Parameter> params;
    params.reserve(column_names.size());
    for (std::size_t i = 0; i < column_names.size(); ++i) {
        auto& vals = distinct.at(i);
        std::sort(vals.begin(), vals.end());
        vals.erase(std::unique(vals.begin(), vals.end()), vals.end());
        params.push_back(Parameter{column_names[i], column_names[i], "", {}, std::move(vals)});
    }
    return SearchSpace(std::move(name), std::move(params));
}

}  // namespace prime
