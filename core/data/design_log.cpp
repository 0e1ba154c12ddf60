#include "data/design_log.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace prime {

DesignLog::DesignLog(SearchSpace space) : space_(std::move(space)), params_(space_.dimension()) {}

Design DesignLog::design(RowIndex row) const {
    Design d;
    d.index.resize(params_.size());
    for (std::size_t p = 0; p < params_.size(); ++p) d.index[p] = params_[p][row];
    return d;
}

AppId DesignLog::app_id(const std::string& name) {
    if (auto id = find_app(name)) return *id;
    if (app_names_.size() >= 65535) throw std::length_error("a log holds at most 65535 applications");
    app_names_.push_back(name);
    return static_cast<AppId>(app_names_.size() - 1);
}

std::optional<AppId> DesignLog::find_app(const std::string& name) const {
    auto it = std::find(app_names_.begin(), app_names_.end(), name);
    if (it == app_names_.end()) return std::nullopt;
    return static_cast<AppId>(it - app_names_.begin());
}

std::uint8_t DesignLog::reason_id(const std::string& name) {
    auto it = std::find(reason_names_.begin(), reason_names_.end(), name);
    if (it != reason_names_.end()) return static_cast<std::uint8_t>(it - reason_names_.begin() + 1);
    if (reason_names_.size() >= 254) throw std::length_error("a log holds at most 254 infeasibility reasons");
    reason_names_.push_back(name);
    if (reason_.size() < rows()) reason_.resize(rows(), 0);
    return static_cast<std::uint8_t>(reason_names_.size());
}

std::size_t DesignLog::add_metric(std::string name, std::string unit) {
    metrics_.push_back(MetricColumn{std::move(name), std::move(unit),
                                    std::vector<float>(rows(), std::numeric_limits<float>::quiet_NaN())});
    return metrics_.size() - 1;
}

void DesignLog::reserve(std::size_t n) {
    for (auto& c : params_) c.reserve(n);
    latency_ms_.reserve(n);
    area_mm2_.reserve(n);
    feasible_.reserve(n);
    app_.reserve(n);
    for (auto& m : metrics_) m.values.reserve(n);
}

void DesignLog::resize(std::size_t n) {
    for (auto& c : params_) c.resize(n);
    latency_ms_.resize(n);
    area_mm2_.resize(n);
    feasible_.resize(n);
    app_.resize(n);
    if (!reason_.empty() || !reason_names_.empty()) reason_.resize(n);
    for (auto& m : metrics_) m.values.resize(n, std::numeric_limits<float>::quiet_NaN());
}

void DesignLog::append(std::span<const ValueIndex> design, float latency_ms, float area_mm2, bool feasible, AppId app,
                       std::uint8_t reason, std::span<const float> metrics) {
    if (design.size() != params_.size())
        throw std::invalid_argument("design has " + std::to_string(design.size()) + " parameters, the log's space has " +
                                    std::to_string(params_.size()));
    if (!metrics.empty() && metrics.size() != metrics_.size())
        throw std::invalid_argument("expected " + std::to_string(metrics_.size()) + " metric values");
    for (std::size_t p = 0; p < params_.size(); ++p) params_[p].push_back(design[p]);
    latency_ms_.push_back(latency_ms);
    area_mm2_.push_back(area_mm2);
    feasible_.push_back(feasible ? 1 : 0);
    app_.push_back(app);
    if (reason != 0 || !reason_.empty()) {
        reason_.resize(rows() - 1, 0);
        reason_.push_back(reason);
    }
    for (std::size_t m = 0; m < metrics_.size(); ++m)
        metrics_[m].values.push_back(metrics.empty() ? std::numeric_limits<float>::quiet_NaN() : metrics[m]);
}

void DesignLog::append(const DesignLog& other) {
    if (!(space_ == other.space_))
        throw std::invalid_argument("cannot join logs over different search spaces ('" + space_.name() + "' and '" +
                                    other.space_.name() + "')");
    const std::size_t before = rows();
    const std::size_t n = other.rows();
    for (std::size_t p = 0; p < params_.size(); ++p)
        params_[p].insert(params_[p].end(), other.params_[p].begin(), other.params_[p].end());
    latency_ms_.insert(latency_ms_.end(), other.latency_ms_.begin(), other.latency_ms_.end());
    area_mm2_.insert(area_mm2_.end(), other.area_mm2_.begin(), other.area_mm2_.end());
    feasible_.insert(feasible_.end(), other.feasible_.begin(), other.feasible_.end());

    std::vector<AppId> app_map(other.app_names_.size());
    for (std::size_t a = 0; a < app_map.size(); ++a) app_map[a] = app_id(other.app_names_[a]);
    app_.reserve(before + n);
    for (AppId a : other.app_) app_.push_back(app_map[a]);

    if (other.has_reasons()) {
        std::vector<std::uint8_t> reason_map(other.reason_names_.size() + 1, 0);
        for (std::size_t r = 0; r < other.reason_names_.size(); ++r) reason_map[r + 1] = reason_id(other.reason_names_[r]);
        reason_.resize(before, 0);
        for (std::uint8_t r : other.reason_) reason_.push_back(reason_map[r]);
    } else if (has_reasons()) {
        reason_.resize(before + n, 0);
    }

    for (const auto& om : other.metrics_) {
        auto it = std::find_if(metrics_.begin(), metrics_.end(), [&](const MetricColumn& m) { return m.name == om.name; });
        if (it == metrics_.end()) {
            metrics_.push_back(MetricColumn{om.name, om.unit, std::vector<float>(before, std::numeric_limits<float>::quiet_NaN())});
            it = metrics_.end() - 1;
        }
        it->values.insert(it->values.end(), om.values.begin(), om.values.end());
    }
    for (auto& m : metrics_) m.values.resize(before + n, std::numeric_limits<float>::quiet_NaN());
}

void DesignLog::remap_parameter(std::size_t p, std::span<const ValueIndex> remap) {
    for (auto& v : params_[p]) v = remap[v];
}

std::vector<std::string> DesignLog::canonicalise_apps(const std::function<std::string(const std::string&)>& canonical) {
    std::vector<std::string> names, changes;
    std::vector<AppId> remap;
    for (const auto& old : app_names_) {
        std::string name = canonical(old);
        if (name.empty()) name = old;
        const auto it = std::find(names.begin(), names.end(), name);
        if (it == names.end()) {
            remap.push_back(static_cast<AppId>(names.size()));
            names.push_back(name);
        } else {
            remap.push_back(static_cast<AppId>(it - names.begin()));
        }
        if (name != old) changes.push_back(old + " -> " + name);
    }
    for (auto& a : app_) a = remap[a];
    app_names_ = std::move(names);
    return changes;
}

void DesignLog::check_consistent() const {
    const std::size_t n = rows();
    auto check = [&](std::size_t size, const char* what) {
        if (size != n)
            throw std::logic_error(std::string("design log column '") + what + "' has " + std::to_string(size) +
                                   " rows, expected " + std::to_string(n));
    };
    if (params_.size() != space_.dimension()) throw std::logic_error("design log: parameter columns do not match the space");
    for (const auto& c : params_) check(c.size(), "parameter");
    check(area_mm2_.size(), "area");
    check(feasible_.size(), "feasible");
    check(app_.size(), "app");
    if (has_reasons()) check(reason_.size(), "reason");
    for (const auto& m : metrics_) check(m.values.size(), m.name.c_str());
}

Selection DesignLog::all_rows() const {
    Selection s(rows());
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<RowIndex>(i);
    return s;
}

Selection DesignLog::rows_of_app(AppId a) const {
    Selection s;
    for (std::size_t i = 0; i < rows(); ++i)
        if (app_[i] == a) s.push_back(static_cast<RowIndex>(i));
    return s;
}

Selection DesignLog::feasible_rows(std::optional<AppId> a, double area_budget) const {
    Selection s;
    for (std::size_t i = 0; i < rows(); ++i)
        if (feasible_[i] && (!a || app_[i] == *a) && area_mm2_[i] <= area_budget) s.push_back(static_cast<RowIndex>(i));
    return s;
}

std::size_t DesignLog::column_bytes() const {
    std::size_t bytes = params_.size() * rows() * sizeof(ValueIndex);
    bytes += rows() * (2 * sizeof(float) + sizeof(std::uint8_t) + sizeof(AppId));
    bytes += reason_.size();
    for (const auto& m : metrics_) bytes += m.values.size() * sizeof(float);
    return bytes;
}

}  // namespace prime
