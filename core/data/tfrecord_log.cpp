#include "data/tfrecord_log.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <limits>

#include "data/tf_example.h"
#include "data/tfrecord_frames.h"
#include "data/value_indexer.h"
#include "util/atomic_file.h"
#include "data/file_content.h"
#include "util/errors.h"

namespace prime {

namespace fs = std::filesystem;

namespace {

enum class Slot : std::uint8_t { Parameter, Latency, Area, Infeasible, Feasible, Metric, Ignore };

struct SchemaKey {
    std::string key;
    Slot slot;
    int index;  // parameter or metric position
};

// x.tfrecord, x.tfrecords, x.tfrecord.gz, and TFDS shards (x.tfrecord-00000-of-00004).
bool is_tfrecord_file(const fs::path& p) {
    if (!fs::is_regular_file(p)) return false;
    const std::string name = p.filename().string();
    for (const char* ext : {".tfrecord", ".tfrecords"}) {
        const auto at = name.rfind(ext);
        if (at == std::string::npos || at == 0) continue;
        const std::string rest = name.substr(at + std::strlen(ext));
        if (rest.empty() || rest == ".gz" || rest.rfind("-", 0) == 0) return true;
    }
    return false;
}

// Every TFRecord file at any depth below `dir` (a bucket download adds a
// level or two), each with its application: the name of the folder that holds
// it, or `dir`'s own name for files directly in it.
std::vector<std::pair<fs::path, std::string>> tfrecord_files_below(const fs::path& dir, const std::string& own_name) {
    std::vector<std::pair<fs::path, std::string>> files;
    for (const auto& e : fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied))
        if (is_tfrecord_file(e.path()))
            files.emplace_back(e.path(), e.path().parent_path() == dir ? own_name : e.path().parent_path().filename().string());
    std::sort(files.begin(), files.end());
    return files;
}

// Reads files into one log, learning the schema from the first record.
class TfRecordLoader {
public:
    explicit TfRecordLoader(const ReadOptions& options) : options_(options) {}

    void load(const fs::path& file, const std::string& app_name, std::uint64_t& bytes_before, std::uint64_t bytes_total) {
        TfRecordFrameReader frames(file, options_.verify_crc);
        const std::string fname = file.string();
        AppId app_id = log_ ? log_->app_id(app_name) : 0;
        std::string_view payload;
        std::string error;
        while (frames.next(payload)) {
            auto fail = [&](const std::string& what) { return InputError(fname, "record", frames.record(), what); };
            if (!decode_scalar_example(payload, features_, error)) throw fail(error);
            if (!log_) {
                build_schema(fname, frames.record());
                app_id = log_->app_id(app_name);
            }
            decode_row(fail, app_id);
            if ((++rows_ & 0x3fff) == 0 && options_.job &&
                !options_.job->units(bytes_before + frames.bytes_consumed(), bytes_total))
                throw Cancelled();
        }
        bytes_before += frames.file_size();
        if (frames.record() == 0) throw InputError(fname, "record", 0, "the file is empty; expected TFRecord frames");
    }

    DesignLog finish(const std::string& space_name) {
        if (!options_.space) settle_space(*log_, param_names_, seen_values(indexers_), builtin_space_or_null(), space_name);
        log_->check_consistent();
        return std::move(*log_);
    }

private:
    void build_schema(const std::string& fname, std::uint64_t record) {
        const SearchSpace* space = options_.space ? &*options_.space : nullptr;
        std::vector<std::pair<int, std::string>> params;  // (order, key)
        int metrics = 0;
        for (const auto& f : features_) {
            const std::string key(f.key);
            std::string lower = key;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
            SchemaKey k{key, Slot::Metric, 0};
            // --map KEY=ROLE works here as for CSV columns; "ignore" also
            // skips features the reader could not store (bytes lists).
            const auto mapped = options_.roles.find(key);
            const auto role = mapped == options_.roles.end() ? std::optional<ColumnRole>() : mapped->second;
            if (role == ColumnRole::Ignore) {
                k.slot = Slot::Ignore;
            } else if (role == ColumnRole::Latency) {
                k.slot = Slot::Latency;
            } else if (role == ColumnRole::Area) {
                k.slot = Slot::Area;
            } else if (role == ColumnRole::Feasible) {
                k.slot = Slot::Feasible;
            } else if (role == ColumnRole::Infeasible) {
                k.slot = Slot::Infeasible;
            } else if (role == ColumnRole::Metric) {
                k.index = metrics++;
            } else if (space && space->find(key)) {
                k.slot = Slot::Parameter;
                params.emplace_back(static_cast<int>(*space->find(key)), key);
            } else if (!space && lower.rfind("param_", 0) == 0 && lower.size() > 6 &&
                       std::all_of(lower.begin() + 6, lower.end(), [](unsigned char c) { return std::isdigit(c); })) {
                k.slot = Slot::Parameter;
                params.emplace_back(std::stoi(lower.substr(6)), key);
            } else if (lower == "runtime" || lower == "latency" || lower == "latency_ms") {
                k.slot = Slot::Latency;
            } else if (lower == "area" || lower == "area_mm2") {
                k.slot = Slot::Area;
            } else if (lower == "infeasible") {
                k.slot = Slot::Infeasible;
            } else if (lower == "feasible") {
                k.slot = Slot::Feasible;
            } else {
                k.index = metrics++;
            }
            schema_.push_back(std::move(k));
        }
        auto missing = [&](const std::string& what) {
            return InputError(fname, "record", record, "missing required feature " + what);
        };
        std::sort(params.begin(), params.end());
        if (space) {
            if (params.size() != space->dimension()) {
                for (std::size_t p = 0; p < space->dimension(); ++p)
                    if (std::none_of(params.begin(), params.end(), [&](auto& x) { return x.first == static_cast<int>(p); }))
                        throw missing("'" + space->parameter(p).name + "'");
            }
        } else if (params.empty()) {
            throw missing("param_1..param_N");
        }
        for (auto& k : schema_) {
            if (k.slot != Slot::Parameter) continue;
            k.index = static_cast<int>(std::find_if(params.begin(), params.end(), [&](auto& x) { return x.second == k.key; }) - params.begin());
        }
        for (const auto& [order, key] : params) param_names_.push_back(key);
        auto has = [&](Slot s) { return std::any_of(schema_.begin(), schema_.end(), [&](auto& k) { return k.slot == s; }); };
        if (!has(Slot::Latency)) throw missing("'runtime'");
        if (!has(Slot::Area)) throw missing("'area'");
        if (!has(Slot::Infeasible) && !has(Slot::Feasible)) throw missing("'infeasible'");

        for (std::size_t p = 0; p < params.size(); ++p)
            indexers_.emplace_back(space ? &space->parameter(p) : nullptr);
        log_.emplace(space ? DesignLog(*space) : DesignLog(params.size()));
        for (const auto& k : schema_)
            if (k.slot == Slot::Metric) log_->add_metric(k.key, "");
        design_.resize(params.size());
        metrics_.resize(static_cast<std::size_t>(metrics));
        seen_.resize(schema_.size());
    }

    template <typename Fail>
    void decode_row(const Fail& fail, AppId app) {
        std::fill(seen_.begin(), seen_.end(), 0);
        float latency = 0, area = 0;
        double flag = 0;
        bool feasible_flag = false;
        for (std::size_t i = 0; i < features_.size(); ++i) {
            const auto& f = features_[i];
            // Writers keep one key order, so position i usually matches.
            std::size_t s = i < schema_.size() && schema_[i].key == f.key ? i : schema_.size();
            if (s == schema_.size())
                for (std::size_t j = 0; j < schema_.size(); ++j)
                    if (schema_[j].key == f.key) s = j;
            if (s == schema_.size()) throw fail("unexpected feature '" + std::string(f.key) + "' (not in the first record)");
            if (seen_[s]++) throw fail("feature '" + std::string(f.key) + "' appears twice");
            if (schema_[s].slot == Slot::Ignore) continue;  // mapped to ignore: any kind, any count
            if (f.kind == FeatureKind::Bytes) throw fail("feature '" + std::string(f.key) + "' is a bytes list; expected a float or int64 scalar");
            if (f.count != 1)
                throw fail("feature '" + std::string(f.key) + "' has " + std::to_string(f.count) + " values; expected exactly one");
            const SchemaKey& k = schema_[s];
            switch (k.slot) {
                case Slot::Parameter: {
                    if (!std::isfinite(f.value)) throw fail("feature '" + k.key + "' is not finite; expected a parameter value");
                    auto idx = indexers_[k.index].index(f.value);
                    if (!idx) {
                        if (indexers_[k.index].learning()) throw fail("feature '" + k.key + "' has more than 65535 distinct values");
                        throw fail("value " + std::to_string(f.value) + " of feature '" + k.key + "' is not allowed for parameter '" +
                                   options_.space->parameter(k.index).name + "'");
                    }
                    design_[k.index] = *idx;
                    break;
                }
                case Slot::Latency: latency = static_cast<float>(f.value); break;
                case Slot::Area: area = static_cast<float>(f.value); break;
                case Slot::Infeasible: flag = f.value; break;
                case Slot::Feasible: flag = f.value; feasible_flag = true; break;
                case Slot::Metric: metrics_[k.index] = static_cast<float>(f.value); break;
                case Slot::Ignore: break;
            }
        }
        const bool feasible = feasible_flag ? flag != 0 : flag == 0;
        for (std::size_t s = 0; s < schema_.size(); ++s) {
            if (seen_[s]) continue;
            // An infeasible design may lack latency and area (the CSV reader
            // and our writer keep them as NaN): unknown, never 0.
            const Slot slot = schema_[s].slot;
            if (!feasible && slot == Slot::Latency) latency = std::numeric_limits<float>::quiet_NaN();
            else if (!feasible && slot == Slot::Area) area = std::numeric_limits<float>::quiet_NaN();
            else if (slot == Slot::Metric) metrics_[schema_[s].index] = std::numeric_limits<float>::quiet_NaN();
            else if (slot != Slot::Ignore) throw fail("missing feature '" + schema_[s].key + "'");
        }
        if (feasible && !std::isfinite(latency)) throw fail("'runtime' is not finite on a feasible design");
        if (feasible && !std::isfinite(area)) throw fail("'area' is not finite on a feasible design");
        if (area < 0) throw fail("'area' is negative (" + std::to_string(area) + "); expected mm² >= 0");
        log_->append(design_, latency, area, feasible, app, 0, metrics_);
    }

    const ReadOptions& options_;
    std::optional<DesignLog> log_;
    std::vector<SchemaKey> schema_;
    std::vector<std::string> param_names_;
    std::vector<ValueIndexer> indexers_;
    std::vector<ScalarFeature> features_;
    std::vector<ValueIndex> design_;
    std::vector<float> metrics_;
    std::vector<std::uint8_t> seen_;
    std::uint64_t rows_ = 0;
};

}  // namespace

DesignLog read_tfrecord_log(const fs::path& path, const ReadOptions& options) {
    // (file, application) pairs to read, in a stable order.
    std::vector<std::pair<fs::path, std::string>> inputs;
    if (fs::is_directory(path)) {
        const fs::path dir = path.filename().empty() ? path.parent_path() : path;
        const std::string name = options.app_name.empty() ? dir.filename().string() : options.app_name;
        inputs = tfrecord_files_below(dir, name);
        if (inputs.empty())
            throw InputError(path.string(), "record", 0,
                             "no TFRecord files (*.tfrecord, *.tfrecords, *.tfrecord-NNNNN-of-NNNNN, *.tfrecord.gz) in this "
                             "folder or any folder below it");
    } else {
        if (!fs::exists(path)) throw InputError(path.string(), "record", 0, "no such file");
        inputs.emplace_back(path, options.app_name.empty() ? path.stem().string() : options.app_name);
    }
    std::uint64_t total = 0, done = 0;
    for (const auto& [f, app] : inputs) total += fs::file_size(f);

    TfRecordLoader loader(options);
    for (const auto& [f, app] : inputs) {
        // Content decides: a compressed file (TensorFlow's GZIP/ZLIB options)
        // is read through zlib; a Git LFS pointer is named as such.
        const FileSniff sniff = sniff_file(f);
        if (sniff.content == FileContent::GitLfsPointer)
            throw InputError(f.string(), "record", 0, "this is " + sniff.description() + ": fetch the real file first (git lfs pull)");
        if (sniff.content != FileContent::Gzip && sniff.content != FileContent::Zlib) {
            loader.load(f, app, done, total);
            continue;
        }
        const DecompressedFile plain(f);
        try {
            loader.load(plain.path(), app, done, total);
        } catch (const InputError& e) {
            throw InputError(f.string() + " (" + sniff.description() + ", decompressed)", e.unit(), e.position(), e.detail());
        }
    }
    if (options.job && !options.job->units(total, total)) throw Cancelled();
    return loader.finish(path.stem().string());
}

void write_tfrecord_log(const DesignLog& log, const fs::path& path) {
    const SearchSpace& space = log.space();
    std::vector<FeatureValue> features;
    for (const auto& p : space.parameters()) {
        auto alias = std::find_if(p.aliases.begin(), p.aliases.end(), [](const std::string& a) { return a.rfind("param_", 0) == 0; });
        features.push_back({alias != p.aliases.end() ? *alias : p.name, FeatureKind::Float, 0});
    }
    features.push_back({"runtime", FeatureKind::Float, 0});
    features.push_back({"area", FeatureKind::Float, 0});
    features.push_back({"infeasible", FeatureKind::Int64, 0});
    for (const auto& m : log.metrics()) features.push_back({m.name, FeatureKind::Float, 0});

    const std::size_t d = space.dimension();
    auto write_app = [&](AppId app, const fs::path& file) {
        write_file_atomically(file, [&](std::FILE* out) {
            std::string payload, frames;
            for (std::size_t r = 0; r < log.rows(); ++r) {
                if (log.app()[r] != app) continue;
                for (std::size_t p = 0; p < d; ++p) features[p].value = space.value(p, log.parameter(p)[r]);
                features[d].value = log.latency_ms()[r];
                features[d + 1].value = log.area_mm2()[r];
                features[d + 2].value = log.feasible()[r] ? 0 : 1;
                for (std::size_t m = 0; m < log.metrics().size(); ++m) features[d + 3 + m].value = log.metrics()[m].values[r];
                encode_scalar_example(features, payload);
                append_tfrecord_frame(frames, payload);
                if (frames.size() > (1 << 20)) {
                    checked_fwrite(frames.data(), 1, frames.size(), out, file);
                    frames.clear();
                }
            }
            checked_fwrite(frames.data(), 1, frames.size(), out, file);
        });
    };
    if (log.app_names().size() <= 1) {
        write_app(0, path);
        return;
    }
    fs::create_directories(path);
    for (std::size_t a = 0; a < log.app_names().size(); ++a) {
        // An application name is a folder name here; keep it a single path component.
        std::string name = log.app_names()[a];
        std::replace(name.begin(), name.end(), '/', '_');
        const fs::path dir = path / name;
        fs::create_directories(dir);
        write_app(static_cast<AppId>(a), dir / (name + ".tfrecord"));
    }
}

}  // namespace prime
