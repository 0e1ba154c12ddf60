#pragma once
// A design log: rows are (design, application) pairs that a simulator has
// evaluated. Storage is columnar, one contiguous array per column, because
// logs reach millions of rows and every consumer (plots, statistics, training
// batches) reads a few columns over many rows. Subsets are index vectors.
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "space/search_space.h"

namespace prime {

using RowIndex = std::uint32_t;
using AppId = std::uint16_t;
using Selection = std::vector<RowIndex>;  // a view: row numbers, never copies of rows

// How a reader understood one column of its input, for `info` and the GUI.
struct ColumnNote {
    std::string column;
    std::string role;    // role_name(): parameter, latency, metric, ignore, ...
    std::string reason;  // why: "known name", "an identifier (row or trial number)", "mapped by the user", ...
};

// An optional extra numeric column (energy, power, ...).
struct MetricColumn {
    std::string name;
    std::string unit;
    std::vector<float> values;
};

class DesignLog {
public:
    DesignLog() = default;
    explicit DesignLog(SearchSpace space);
    // A log whose space is not known yet (readers that infer it call set_space at the end).
    explicit DesignLog(std::size_t parameter_columns) : params_(parameter_columns) {}

    const SearchSpace& space() const { return space_; }
    std::size_t rows() const { return latency_ms_.size(); }
    bool empty() const { return rows() == 0; }

    // --- columns -------------------------------------------------------------
    // Parameter p of every row, as value indices into space().parameter(p).
    std::span<const ValueIndex> parameter(std::size_t p) const { return params_[p]; }
    // Latency in ms. For infeasible rows it is whatever the source stored
    // (PRIME stores 0); never use it as a target there.
    std::span<const float> latency_ms() const { return latency_ms_; }
    std::span<const float> area_mm2() const { return area_mm2_; }
    std::span<const std::uint8_t> feasible() const { return feasible_; }
    std::span<const AppId> app() const { return app_; }
    // Infeasibility reason per row: 0 = none/unknown, else an index + 1 into reason_names().
    std::span<const std::uint8_t> reason() const { return reason_; }
    bool has_reasons() const { return !reason_.empty(); }

    const std::vector<std::string>& app_names() const { return app_names_; }
    const std::vector<std::string>& reason_names() const { return reason_names_; }
    const std::vector<MetricColumn>& metrics() const { return metrics_; }
    // How the reader mapped its input's columns (empty for generated logs).
    const std::vector<ColumnNote>& column_notes() const { return column_notes_; }
    void set_column_notes(std::vector<ColumnNote> notes) { column_notes_ = std::move(notes); }

    // One row's design (allocates; hot loops should read the columns).
    Design design(RowIndex row) const;

    // --- building ----------------------------------------------------------
    // Application id for a name, added when new.
    AppId app_id(const std::string& name);
    std::optional<AppId> find_app(const std::string& name) const;
    std::uint8_t reason_id(const std::string& name);  // returns index + 1
    // Adds an extra metric column (filled with NaN for existing rows); returns its position.
    std::size_t add_metric(std::string name, std::string unit);

    void reserve(std::size_t rows);
    // Sets every column (including reasons when present) to `rows` entries;
    // new entries are zero (NaN for metrics). Bulk readers size once, then fill.
    void resize(std::size_t rows);
    // Appends one row. `metrics` holds one value per metric column (or is empty
    // when there are none). `reason` is 0 or a value from reason_id().
    void append(std::span<const ValueIndex> design, float latency_ms, float area_mm2, bool feasible, AppId app,
                std::uint8_t reason = 0, std::span<const float> metrics = {});
    // Appends every row of `other`, remapping its applications, reasons and
    // metrics by name. Throws std::invalid_argument when the spaces differ.
    void append(const DesignLog& other);

    // Replaces the value indices of parameter p with remap[old] (used when a
    // space inferred while reading is sorted at the end).
    void remap_parameter(std::size_t p, std::span<const ValueIndex> remap);
    // Renames every application to canonical(name); applications that end up
    // with the same name become one (their rows keep their order). Returns the
    // merges made, as "old -> new" lines, for a warning.
    std::vector<std::string> canonicalise_apps(const std::function<std::string(const std::string&)>& canonical);
    void set_space(SearchSpace space) { space_ = std::move(space); }

    // Raw column access for readers that fill columns in bulk.
    std::vector<ValueIndex>& parameter_column(std::size_t p) { return params_[p]; }
    std::vector<float>& latency_column() { return latency_ms_; }
    std::vector<float>& area_column() { return area_mm2_; }
    std::vector<std::uint8_t>& feasible_column() { return feasible_; }
    std::vector<AppId>& app_column() { return app_; }
    std::vector<std::uint8_t>& reason_column() { return reason_; }
    std::vector<MetricColumn>& metric_columns() { return metrics_; }
    std::vector<std::string>& app_name_list() { return app_names_; }
    std::vector<std::string>& reason_name_list() { return reason_names_; }
    // Checks that every column has rows() entries; throws std::logic_error otherwise.
    void check_consistent() const;

    // --- selections ----------------------------------------------------------
    Selection all_rows() const;
    Selection rows_of_app(AppId app) const;
    // Feasible rows (optionally of one app) whose area is within `area_budget` (mm²).
    Selection feasible_rows(std::optional<AppId> app = std::nullopt,
                            double area_budget = std::numeric_limits<double>::infinity()) const;

    // Bytes held by the columns (for the memory benchmark and the status bar).
    std::size_t column_bytes() const;

private:
    SearchSpace space_;
    std::vector<std::vector<ValueIndex>> params_;
    std::vector<float> latency_ms_, area_mm2_;
    std::vector<std::uint8_t> feasible_;
    std::vector<AppId> app_;
    std::vector<std::uint8_t> reason_;
    std::vector<std::string> app_names_, reason_names_;
    std::vector<MetricColumn> metrics_;
    std::vector<ColumnNote> column_notes_;
};

}  // namespace prime
