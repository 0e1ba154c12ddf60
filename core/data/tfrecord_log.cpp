#include "data/tfrecord_log.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <thread>
#include <tuple>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "data/csv_layout.h"
#include "data/tf_example.h"
#include "data/tfrecord_schema.h"
#include "data/value_rules.h"
#include "data/tfrecord_frames.h"
#include "data/value_indexer.h"
#include "util/atomic_file.h"
#include "data/file_content.h"
#include "util/errors.h"
#include "util/text_content.h"

namespace prime {

namespace fs = std::filesystem;

namespace {

// "-00000-of-00004" at the end of a name: TFDS's and tf.data's shard suffix.
bool has_shard_suffix(const std::string& name) {
    const auto of = name.rfind("-of-");
    if (of == std::string::npos || of < 2) return false;
    const auto dash = name.rfind('-', of - 1);
    if (dash == std::string::npos) return false;
    auto digits = [](std::string_view t) {
        return !t.empty() && std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); });
    };
    return digits(std::string_view(name).substr(dash + 1, of - dash - 1)) && digits(std::string_view(name).substr(of + 4));
}

// x.tfrecord, x.tfrecords, x.tfrecord.gz, TFDS shards (x.tfrecord-00000-of-00004),
// and shards without the extension (train-00000-of-00004) when their content
// is TFRecord (plain or compressed): content decides, the suffix only says where to look.
bool is_tfrecord_file(const fs::path& p) {
    if (!fs::is_regular_file(p)) return false;
    const std::string name = p.filename().string();
    for (const char* ext : {".tfrecord", ".tfrecords"}) {
        const auto at = name.rfind(ext);
        if (at == std::string::npos || at == 0) continue;
        const std::string rest = name.substr(at + std::strlen(ext));
        if (rest.empty() || rest == ".gz" || rest.rfind("-", 0) == 0) return true;
    }
    if (has_shard_suffix(name)) {
        const FileContent c = sniff_file(p).content;
        return c == FileContent::TfRecord || c == FileContent::Gzip || c == FileContent::Zlib;
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

// Reads files into one log, learning the schema from the first record
// (data/tfrecord_schema.h) and checking values by the rules every reader
// shares (data/value_rules.h).
class TfRecordLoader {
public:
    explicit TfRecordLoader(const ReadOptions& options) : options_(options) {}

    // Reads every record of `file` as application `app_name`. Adds the bytes
    // read to `bytes_done` every 16,384 records and throws Cancelled once
    // `stop` is set (the caller owns progress reporting).
    void load(const fs::path& file, const std::string& app_name, std::atomic<std::uint64_t>& bytes_done,
              const std::atomic<bool>& stop) {
        TfRecordFrameReader frames(file, options_.verify_crc);
        const std::string fname = file.string();
        if (first_file_.empty()) first_file_ = fname;
        AppId app_id = log_ ? log_->app_id(app_name) : 0;
        std::string_view payload;
        std::string error;
        std::uint64_t reported = 0;
        while (frames.next(payload)) {
            auto fail = [&](const std::string& what) { return InputError(fname, "record", frames.record(), what); };
            if (layout_.match(payload)) {
                // Laid out like the last decoded record: same features in the same slots.
                store(fail, layout_.features(), app_id);
                if ((++rows_ & 0x3fff) == 0) {
                    if (stop.load(std::memory_order_relaxed)) throw Cancelled();
                    bytes_done.fetch_add(frames.bytes_consumed() - reported, std::memory_order_relaxed);
                    reported = frames.bytes_consumed();
                }
                continue;
            }
            if (!decode_scalar_example(payload, features_, error)) throw fail(error);
            if (!log_) {
                start_log(fname, frames.record());
                app_id = log_->app_id(app_name);
                // Records of one writer are about the same size: reserve the
                // rows the file holds, so the columns never double.
                log_->reserve(static_cast<std::size_t>(frames.file_size() / (payload.size() + 16) * 21 / 20 + 16));
            }
            resolve(fail, features_);
            store(fail, features_, app_id);
            layout_.learn(payload, features_);  // the slots just resolved hold for records laid out alike
            if ((++rows_ & 0x3fff) == 0) {
                if (stop.load(std::memory_order_relaxed)) throw Cancelled();
                bytes_done.fetch_add(frames.bytes_consumed() - reported, std::memory_order_relaxed);
                reported = frames.bytes_consumed();
            }
        }
        bytes_done.fetch_add(frames.file_size() - reported, std::memory_order_relaxed);
        if (frames.record() == 0) throw InputError(fname, "record", 0, "the file is empty; expected TFRecord frames");
    }

    // Appends the rows another loader read (a later file) to this one's,
    // translating its first-seen value indices into this loader's; the other
    // loader is emptied. Both must have learned the same schema.
    void absorb(TfRecordLoader& other) {
        if (!other.log_) return;
        if (!log_) {
            std::swap(log_, other.log_);
            std::swap(schema_, other.schema_);
            std::swap(indexers_, other.indexers_);
            first_file_ = other.first_file_;
            rows_ = other.rows_;
            return;
        }
        if (!options_.space)
            for (std::size_t p = 0; p < indexers_.size(); ++p) {
                std::vector<ValueIndex> remap;
                for (double v : other.indexers_[p].seen_values()) {
                    auto idx = indexers_[p].index(v);  // learning: new values are handed the next index
                    if (!idx) throw InputError(other.first_file_, "record", 1, describe_too_many_values("feature '" + schema_->param_names[p] + "'"));
                    remap.push_back(*idx);
                }
                other.log_->remap_parameter(p, remap);
            }
        log_->append(*other.log_);
        rows_ += other.rows_;
        other.log_.reset();
    }

    // The schema after reading (open slots may have been bound by later records).
    const std::optional<TfSchema>& schema() const { return schema_; }
    std::uint64_t rows() const { return rows_; }
    void reserve(std::size_t rows) {
        if (log_) log_->reserve(rows);
    }

    DesignLog finish(const std::string& space_name) {
        std::vector<ColumnNote> notes = schema_->notes();
        if (!options_.space) {
            const auto seen = seen_values(indexers_);
            // As for CSV columns (value_rules.h): a feature taken as a parameter only
            // because nothing else fit must look like a knob, not an identifier.
            for (std::size_t p = 0; p < seen.size(); ++p)
                if (schema_->assumed_param[p])
                    if (const std::string why =
                            identifier_like_parameter("feature '" + schema_->param_names[p] + "'", schema_->param_names[p],
                                                      seen[p].size(), rows_, log_->app_names().size(), "records");
                        !why.empty())
                        throw InputError(first_file_, "record", 1, why);
            settle_space(*log_, schema_->param_names, seen, builtin_space_or_null(), space_name, &notes);
        }
        log_->set_column_notes(std::move(notes));
        log_->check_consistent();
        return std::move(*log_);
    }

private:
    void start_log(const std::string& fname, std::uint64_t record) {
        schema_ = learn_tf_schema(features_, options_, fname, record);
        const SearchSpace* space = options_.space ? &*options_.space : nullptr;
        const std::size_t d = schema_->param_names.size();
        for (std::size_t p = 0; p < d; ++p) indexers_.emplace_back(space ? &space->parameter(p) : nullptr);
        log_.emplace(space ? DesignLog(*space) : DesignLog(d));
        for (const auto& m : schema_->metric_names) log_->add_metric(m, guess_metric_unit(m));
        design_.resize(d);
        metrics_.resize(schema_->metric_names.size());
    }

    // The structural half of a record's checks: which schema key each
    // feature fills (slots_), each key at most once (seen_), every used one a
    // single number. Records laid out alike get the same answer.
    template <typename Fail>
    void resolve(const Fail& fail, const std::vector<ScalarFeature>& features) {
        TfSchema& schema = *schema_;
        seen_.assign(schema.keys.size(), 0);
        slots_.resize(features.size());
        for (std::size_t i = 0; i < features.size(); ++i) {
            const auto& f = features[i];
            auto found = schema.find(f.key, i);
            if (!found) found = schema.bind_late(f.key, options_);
            if (!found)
                throw fail("unexpected feature '" + std::string(f.key) +
                           "' (not in the first record); expected every record to carry the same features");
            const std::size_t s = *found;
            const TfSchemaKey& k = schema.keys[s];
            const auto field = [&k] { return "feature '" + k.key + "'"; };
            if (seen_[s]++) throw fail(field() + " appears twice");
            slots_[i] = s;
            if (k.slot == TfSlot::Ignore) continue;  // mapped to ignore: any kind, any count
            if (f.kind == FeatureKind::Bytes) throw fail(field() + " is a bytes list; expected a float or int64 scalar");
            if (f.count != 1) throw fail(field() + " has " + std::to_string(f.count) + " values; expected exactly one");
        }
    }

    // The value half, for features resolve() accepted: ranges, the
    // feasibility-dependent required features, and the row itself.
    template <typename Fail>
    void store(const Fail& fail, const std::vector<ScalarFeature>& features, AppId app) {
        const TfSchema& schema = *schema_;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        double latency = nan, area = nan, flag = 0;
        bool feasible_flag = false;
        std::fill(metrics_.begin(), metrics_.end(), std::numeric_limits<float>::quiet_NaN());
        for (std::size_t i = 0; i < features.size(); ++i) {
            const auto& f = features[i];
            const TfSchemaKey& k = schema.keys[slots_[i]];
            // Built only for a message: no allocation per feature on good records.
            const auto field = [&k] { return "feature '" + k.key + "'"; };
            switch (k.slot) {
                case TfSlot::Parameter: {
                    if (!parameter_value_is_finite(f.value)) throw fail(field() + " is not finite; expected a parameter value");
                    auto idx = indexers_[k.index].index(f.value);
                    if (!idx) {
                        if (indexers_[k.index].learning()) throw fail(describe_too_many_values(field()));
                        throw fail(describe_disallowed_value(field(), shown_number(f.value), *options_.space,
                                                             static_cast<std::size_t>(k.index)));
                    }
                    design_[k.index] = *idx;
                    break;
                }
                case TfSlot::Latency: latency = f.value; break;
                case TfSlot::Area: area = f.value; break;
                case TfSlot::Infeasible:
                    if (!infeasible_flag_is_valid(f.value)) throw fail(describe_bad_infeasible_flag(field(), shown_number(f.value)));
                    flag = f.value;
                    break;
                case TfSlot::Feasible:
                    if (f.value != 0 && f.value != 1) throw fail(field() + " holds '" + shown_number(f.value) + "'; expected 1 (feasible) or 0");
                    flag = f.value;
                    feasible_flag = true;
                    break;
                case TfSlot::Metric: {
                    const ValueProblem problem = check_outcome(Outcome::Metric, f.value, true);
                    if (problem != ValueProblem::None)
                        throw fail(describe_outcome_problem(problem, Outcome::Metric, field(), shown_number(f.value)));
                    metrics_[k.index] = static_cast<float>(f.value);
                    break;
                }
                case TfSlot::Ignore: break;
            }
        }
        const bool feasible = !schema.has_flag || (feasible_flag ? flag != 0 : flag == 0);
        for (std::size_t s = 0; s < schema.keys.size(); ++s) {
            if (seen_[s]) continue;
            // An infeasible design may lack latency and area (the CSV reader
            // and our writer keep them as NaN): unknown, never 0. A missing
            // metric is unknown too.
            const TfSlot slot = schema.keys[s].slot;
            const bool outcome = slot == TfSlot::Latency || slot == TfSlot::Area;
            if (slot == TfSlot::Ignore || slot == TfSlot::Metric || (outcome && !feasible)) continue;
            throw fail("missing required feature '" + schema.keys[s].key + "'" +
                       (outcome ? "; expected a feasible design to carry its latency and area" : ""));
        }
        for (const auto& [value, what, slot] : {std::tuple{latency, Outcome::Latency, TfSlot::Latency},
                                                std::tuple{area, Outcome::Area, TfSlot::Area}}) {
            const ValueProblem problem = check_outcome(what, value, feasible);
            if (problem == ValueProblem::None) continue;
            const auto key = std::find_if(schema.keys.begin(), schema.keys.end(), [&](auto& k) { return k.slot == slot; });
            throw fail(describe_outcome_problem(problem, what, "feature '" + key->key + "'", shown_number(value)));
        }
        log_->append(design_, static_cast<float>(latency), static_cast<float>(area), feasible, app, 0, metrics_);
    }

    const ReadOptions& options_;
    std::optional<DesignLog> log_;
    std::optional<TfSchema> schema_;
    std::string first_file_;
    std::vector<ValueIndexer> indexers_;
    std::vector<ScalarFeature> features_;
    ExampleTemplate layout_;          // the last fully decoded record's layout
    std::vector<std::size_t> slots_;  // schema key of each of its features
    std::vector<ValueIndex> design_;
    std::vector<float> metrics_;
    std::vector<std::uint8_t> seen_;
    std::uint64_t rows_ = 0;
};

struct TfInput {
    fs::path file;
    std::string app;
};

// Loads one file into `loader`; content decides: a compressed file
// (TensorFlow's GZIP/ZLIB options) is read through zlib, a Git LFS pointer
// is named as such.
void load_input(TfRecordLoader& loader, const TfInput& in, std::atomic<std::uint64_t>& bytes, const std::atomic<bool>& stop) {
    const FileSniff sniff = sniff_file(in.file);
    if (sniff.content == FileContent::GitLfsPointer)
        throw InputError(in.file.string(), "record", 0, "this is " + sniff.description() + ": " + std::string(kLfsAdvice));
    if (sniff.content != FileContent::Gzip && sniff.content != FileContent::Zlib) return loader.load(in.file, in.app, bytes, stop);
    const DecompressedFile plain(in.file);
    try {
        loader.load(plain.path(), in.app, bytes, stop);
    } catch (const InputError& e) {
        throw InputError(in.file.string() + " (" + sniff.description() + ", decompressed)", e.unit(), e.position(), e.detail());
    }
}

bool same_schema(const TfSchema& a, const TfSchema& b) {
    if (a.keys.size() != b.keys.size() || a.param_names != b.param_names || a.metric_names != b.metric_names || a.has_flag != b.has_flag)
        return false;
    for (std::size_t i = 0; i < a.keys.size(); ++i) {
        const TfSchemaKey &x = a.keys[i], &y = b.keys[i];
        if (x.key != y.key || x.slot != y.slot || x.index != y.index || x.bound != y.bound || x.role != y.role || x.reason != y.reason)
            return false;
    }
    return true;
}

// Reads `inputs` in order into one log. With `per_file`, every file is read
// by its own loader on a worker (as many as cores) and the loaders are
// joined in file order as they finish, which gives the log a one-loader read
// would: values are first-seen in file order either way. Should any file fail
// or learn a schema unlike the first file's, the files are read again by one
// loader, so errors and late-bound features are exactly a sequential read's.
// This thread reports progress (the callback is not assumed thread-safe).
DesignLog load_inputs(const std::vector<TfInput>& inputs, const ReadOptions& options, std::uint64_t total, bool per_file,
                      const std::string& space_name) {
    const std::size_t n = per_file ? inputs.size() : 1;
    std::vector<std::unique_ptr<TfRecordLoader>> loaders;
    for (std::size_t j = 0; j < n; ++j) loaders.push_back(std::make_unique<TfRecordLoader>(options));
    std::vector<std::exception_ptr> errors(n);
    std::unique_ptr<std::atomic<bool>[]> done(new std::atomic<bool>[n]);
    for (std::size_t j = 0; j < n; ++j) done[j] = false;
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<bool> stop{false};
    auto work = [&] {
        for (std::size_t j; (j = next.fetch_add(1)) < n;) {
            try {
                if (per_file) load_input(*loaders[j], inputs[j], bytes, stop);
                else
                    for (const auto& in : inputs) load_input(*loaders[0], in, bytes, stop);
            } catch (...) {
                errors[j] = std::current_exception();
                stop = true;
            }
            done[j] = true;
        }
    };
    const unsigned cores = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
    const auto workers = static_cast<unsigned>(std::min<std::size_t>(n, cores));
    bool user_cancelled = false, mismatch = false;
    std::size_t joined = 1;  // loaders[0] is the log; later ones are absorbed into it in file order
    {
        std::vector<std::jthread> pool;
        const bool here = !per_file && !options.job;  // nothing to report or join: work on this thread
        for (unsigned t = here ? 1 : 0; t < workers; ++t) pool.emplace_back(work);
        if (here) work();
        while (!here) {
            if (options.job && !user_cancelled && !options.job->units(bytes.load(), total)) user_cancelled = stop = true;
            for (; joined < n && done[joined] && done[0] && !stop; ++joined) {
                if (!errors[joined] && !errors[0] && loaders[0]->schema() && loaders[joined]->schema() &&
                    !same_schema(*loaders[0]->schema(), *loaders[joined]->schema())) {
                    mismatch = stop = true;
                    break;
                }
                if (joined == 1 && inputs.size() > 1) {
                    // The first file tells the rows per byte: reserve the whole log once.
                    const std::uint64_t first = std::max<std::uint64_t>(1, fs::file_size(inputs[0].file));
                    loaders[0]->reserve(static_cast<std::size_t>(static_cast<double>(loaders[0]->rows()) * 1.05 *
                                                                 static_cast<double>(total) / static_cast<double>(first)));
                }
                loaders[0]->absorb(*loaders[joined]);
#if defined(__GLIBC__)
                // The joined file's columns came from a worker's malloc arena,
                // which keeps freed pages: hand them back, or the peak holds
                // every file twice.
                malloc_trim(0);
#endif
            }
            bool all_done = true;
            for (std::size_t j = 0; j < n; ++j) all_done = all_done && done[j];
            if (all_done && (joined == n || stop)) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    if (user_cancelled) throw Cancelled();
    bool failed = mismatch;
    for (const auto& e : errors) failed = failed || e;
    if (failed && per_file) return load_inputs(inputs, options, total, false, space_name);
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);
    if (options.job && !options.job->units(total, total)) throw Cancelled();
    return loaders[0]->finish(space_name);
}

}  // namespace

DesignLog read_tfrecord_log(const fs::path& path, const ReadOptions& options) {
    // (file, application) pairs to read, in a stable order.
    std::vector<TfInput> inputs;
    if (fs::is_directory(path)) {
        const fs::path dir = path.filename().empty() ? path.parent_path() : path;
        const std::string name = options.app_name.empty() ? dir.filename().string() : options.app_name;
        for (auto& [file, app] : tfrecord_files_below(dir, name)) inputs.push_back({file, app});
        if (inputs.empty())
            throw InputError(path.string(), "record", 0,
                             "no TFRecord files (*.tfrecord, *.tfrecords, *.tfrecord-NNNNN-of-NNNNN, *.tfrecord.gz, or TFRecord "
                             "shards named *-NNNNN-of-NNNNN) in this "
                             "folder or any folder below it");
    } else {
        if (!fs::exists(path)) throw InputError(path.string(), "record", 0, "no such file");
        inputs.push_back({path, options.app_name.empty() ? path.stem().string() : options.app_name});
    }
    std::uint64_t total = 0;
    for (const auto& in : inputs) total += fs::file_size(in.file);
    const bool per_file = inputs.size() > 1 && options.threads != 1;
    return load_inputs(inputs, options, total, per_file, path.stem().string());
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
