#pragma once
// The discrete design space: a list of parameters, each with an ordered set of
// allowed values. Designs are stored as value indices, which is what the
// surrogate's one-hot encoding and the optimizers' mutations work on.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/random.h"

namespace prime {

using ValueIndex = std::uint16_t;
// Exact design counts: 128 bits hold any realistic space (__extension__ keeps -Wpedantic quiet).
__extension__ using Count128 = unsigned __int128;

struct Parameter {
    std::string name;                  // identifier, e.g. "pes_x"
    std::string display_name;          // for people, e.g. "PEs in X"
    std::string unit;                  // e.g. "bytes", "GB/s", "" for counts
    std::vector<std::string> aliases;  // other column names, e.g. "param_1"
    std::vector<double> values;        // allowed values, strictly increasing

    std::size_t size() const { return values.size(); }
    // Index of `value` among the allowed values (relative tolerance 1e-9, so
    // float32 round trips of integers match), or nullopt.
    std::optional<ValueIndex> index_of(double value) const;
    // True when `column` is the name or one of the aliases (case-insensitive).
    bool answers_to(std::string_view column) const;
};

// A design: one value index per parameter, in the space's parameter order.
struct Design {
    std::vector<ValueIndex> index;

    std::size_t size() const { return index.size(); }
    ValueIndex operator[](std::size_t i) const { return index[i]; }
    ValueIndex& operator[](std::size_t i) { return index[i]; }
    friend bool operator==(const Design&, const Design&) = default;
    friend auto operator<=>(const Design&, const Design&) = default;
};

struct DesignHash {
    std::size_t operator()(const Design& d) const noexcept;
};

class SearchSpace {
public:
    SearchSpace() = default;
    SearchSpace(std::string name, std::vector<Parameter> parameters);

    const std::string& name() const { return name_; }
    const std::vector<Parameter>& parameters() const { return parameters_; }
    const Parameter& parameter(std::size_t i) const { return parameters_[i]; }
    std::size_t dimension() const { return parameters_.size(); }
    bool empty() const { return parameters_.empty(); }

    // Parameter position for a column name or alias, or nullopt.
    std::optional<std::size_t> find(std::string_view column) const;

    // Number of distinct designs. 128 bits hold any realistic space exactly;
    // the double form is for display and for spaces beyond 2^128.
    Count128 cardinality() const;
    double cardinality_double() const;

    // Value index -> raw value and back. encode() throws std::invalid_argument
    // naming the parameter and the value when a value is not allowed.
    Design encode(std::span<const double> values) const;
    std::vector<double> decode(const Design& design) const;
    double value(std::size_t parameter, ValueIndex index) const { return parameters_[parameter].values[index]; }
    bool contains(const Design& design) const;

    // One-hot layout: parameter i occupies [offset(i), offset(i) + size(i)).
    std::size_t one_hot_width() const { return one_hot_width_; }
    std::size_t one_hot_offset(std::size_t parameter) const { return offsets_[parameter]; }
    // Writes one_hot_width() floats (zeros and ones) to `out`.
    void one_hot(const Design& design, float* out) const;

    // Uniform random design.
    Design sample(Rng& rng) const;
    // Each parameter is resampled with probability `rate`; at least one
    // parameter always changes so a mutation is never a no-op.
    Design mutate(const Design& design, Rng& rng, double rate) const;
    // Every design that differs from `design` by one step (index +-1) in one parameter.
    std::vector<Design> neighbours(const Design& design) const;

    // A short stable fingerprint of names and values, for model metadata.
    std::string fingerprint() const;
    friend bool operator==(const SearchSpace& a, const SearchSpace& b);

private:
    void build_layout();

    std::string name_;
    std::vector<Parameter> parameters_;
    std::vector<std::size_t> offsets_;
    std::size_t one_hot_width_ = 0;
};

// A space whose parameters take exactly the distinct values seen in a log.
// `distinct[i]` may be unsorted and hold duplicates.
SearchSpace infer_space(std::string name, const std::vector<std::string>& column_names,
                        std::vector<std::vector<double>> distinct);

}  // namespace prime
