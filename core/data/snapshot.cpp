#include "data/snapshot.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <thread>
#include <tuple>
#include <nlohmann/json.hpp>

#include "data/value_rules.h"
#include "space/space_json.h"
#include "util/atomic_file.h"
#include "util/crc32c.h"
#include "util/errors.h"

namespace prime {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {
constexpr char kMagic[8] = {'P', 'R', 'I', 'M', 'E', 'L', 'O', 'G'};
constexpr std::uint32_t kVersion = 1;
constexpr std::uint64_t kHeaderAt = 16;  // signature (8), version (4), header length (4)

static_assert(std::endian::native == std::endian::little, "snapshots store little-endian columns");

class SnapshotFile {
public:
    explicit SnapshotFile(const fs::path& path) : path_(path.string()) {
        f_ = std::fopen(path_.c_str(), "rb");
        if (!f_) throw InputError(path_, "byte", 0, std::string("cannot open: ") + std::strerror(errno));
    }
    ~SnapshotFile() { std::fclose(f_); }
    void read(void* dst, std::size_t bytes, const char* what) {
        if (bytes && std::fread(dst, 1, bytes, f_) != bytes)
            throw InputError(path_, "byte", offset_, std::string("the file ends while reading ") + what + "; it is truncated");
        offset_ += bytes;
    }
    template <typename T>
    void column(std::vector<T>& v, std::size_t n, const char* what) {
        v.resize(n);
        read(v.data(), n * sizeof(T), what);
    }
    bool at_end() { return std::fgetc(f_) == EOF; }
    std::uint64_t size() const {
        std::error_code ec;
        const auto n = fs::file_size(path_, ec);
        return ec ? 0 : n;
    }
    const std::string& path() const { return path_; }
    std::uint64_t offset() const { return offset_; }

private:
    std::string path_;
    std::FILE* f_;
    std::uint64_t offset_ = 0;
};

// The checksum of the columns, computed on a second thread one column behind
// the reads, so that checksumming (~2.7 GB/s with SSE4.2) overlaps copying
// the file in. add() hands over a column once it is read; result() waits.
class ColumnChecksum {
public:
    ColumnChecksum(std::uint32_t seed, std::size_t columns) : crc_(seed), spans_(columns), worker_([this] { run(); }) {}
    ~ColumnChecksum() {  // a read failed: stop without finishing
        if (worker_.joinable()) {
            finish(true);
            worker_.join();
        }
    }
    void add(const void* data, std::size_t bytes) {
        if (count_ == spans_.size()) throw std::logic_error("snapshot: more columns than announced");
        spans_[count_] = {static_cast<const unsigned char*>(data), bytes};
        ready_.store(++count_, std::memory_order_release);
        ready_.notify_one();
    }
    std::uint32_t result() {
        finish(false);
        worker_.join();
        return crc_;
    }

private:
    static constexpr std::size_t kDone = std::numeric_limits<std::size_t>::max();
    void finish(bool abandon) {
        abandon_.store(abandon);
        ready_.store(kDone, std::memory_order_release);
        ready_.notify_one();
    }
    void run() {
        for (std::size_t done = 0;;) {
            ready_.wait(done, std::memory_order_acquire);  // until more columns are ready, or the end
            std::size_t ready = ready_.load(std::memory_order_acquire);
            const bool last = ready == kDone;
            if (last && abandon_.load()) return;
            if (last) ready = count_;  // written before kDone was published
            for (; done < ready; ++done) crc_ = crc32c(spans_[done].first, spans_[done].second, crc_);
            if (last) return;
        }
    }
    std::uint32_t crc_;
    std::vector<std::pair<const unsigned char*, std::size_t>> spans_;
    std::size_t count_ = 0;  // written by the reading thread only
    std::atomic<std::size_t> ready_{0};
    std::atomic<bool> abandon_{false};
    std::thread worker_;
};

// True when every value obeys the rules (branch-free, so it vectorises); the
// detailed checks below run only to name the first bad value.
bool columns_look_valid(const DesignLog& log) {
    for (std::size_t p = 0; p < log.space().dimension(); ++p) {
        const auto column = log.parameter(p);
        if (!column.empty() && *std::max_element(column.begin(), column.end()) >= log.space().parameter(p).size()) return false;
    }
    const auto feasible = log.feasible();
    const auto app = log.app();
    if (!feasible.empty() && *std::max_element(feasible.begin(), feasible.end()) > 1) return false;
    if (!app.empty() && *std::max_element(app.begin(), app.end()) >= log.app_names().size()) return false;
    // check_outcome for float columns: unknown (NaN) only on infeasible rows,
    // never inf, latency negative only on infeasible rows, area never negative.
    const float* lat = log.latency_ms().data();
    const float* area = log.area_mm2().data();
    const std::uint8_t* f = feasible.data();
    constexpr float kInf = std::numeric_limits<float>::infinity();
    bool bad = false;
    for (std::size_t r = 0; r < feasible.size(); ++r) {
        const bool on = f[r] != 0;
        const float l = lat[r], a = area[r];
        bad |= ((l != l) & on) | (std::fabs(l) == kInf) | ((l < 0) & on) | ((a != a) & on) | (std::fabs(a) == kInf) | (a < 0);
    }
    return !bad;
}
}  // namespace

void write_snapshot(const DesignLog& log, const fs::path& path) {
    log.check_consistent();
    json metrics = json::array();
    for (const auto& m : log.metrics()) metrics.push_back({{"name", m.name}, {"unit", m.unit}});
    const json header = {{"rows", log.rows()},
                         {"space", space_to_json(log.space())},
                         {"applications", log.app_names()},
                         {"reasons", log.reason_names()},
                         {"has_reasons", log.has_reasons()},
                         {"metrics", metrics}};
    const std::string text = header.dump();
    write_file_atomically(path, [&](std::FILE* f) {
        checked_fwrite(kMagic, 1, 8, f, path);
        const std::uint32_t sizes[2] = {kVersion, static_cast<std::uint32_t>(text.size())};
        checked_fwrite(sizes, sizeof(std::uint32_t), 2, f, path);
        checked_fwrite(text.data(), 1, text.size(), f, path);
        std::uint32_t crc = crc32c(text.data(), text.size());
        auto raw = [&](auto span) {
            checked_fwrite(span.data(), sizeof(span[0]), span.size(), f, path);
            crc = crc32c(span.data(), span.size() * sizeof(span[0]), crc);
        };
        for (std::size_t p = 0; p < log.space().dimension(); ++p) raw(log.parameter(p));
        raw(log.latency_ms());
        raw(log.area_mm2());
        raw(log.feasible());
        raw(log.app());
        if (log.has_reasons()) raw(log.reason());
        for (const auto& m : log.metrics()) raw(std::span<const float>(m.values));
        checked_fwrite(&crc, sizeof crc, 1, f, path);
    });
}

DesignLog read_snapshot(const fs::path& path, const ReadOptions& options) {
    SnapshotFile in(path);
    char magic[8];
    in.read(magic, 8, "the file signature");
    if (std::memcmp(magic, kMagic, 8) != 0)
        throw InputError(in.path(), "byte", 0, "not a PRIME Studio snapshot (expected the signature PRIMELOG at byte 0)");
    std::uint32_t sizes[2];
    in.read(sizes, sizeof sizes, "the header size");
    if (sizes[0] > kVersion)
        throw InputError(in.path(), "byte", 8, "snapshot format version " + std::to_string(sizes[0]) +
                                                   " is newer than this build reads (" + std::to_string(kVersion) + ")");
    std::string text(sizes[1], '\0');
    in.read(text.data(), text.size(), "the header");

    DesignLog log;
    std::size_t rows = 0;
    try {
        const json header = json::parse(text);
        rows = header.at("rows").get<std::size_t>();
        log = DesignLog(space_from_json(header.at("space"), in.path()));
        for (const auto& a : header.at("applications")) log.app_id(a.get<std::string>());
        for (const auto& r : header.at("reasons")) log.reason_id(r.get<std::string>());
        for (const auto& m : header.at("metrics")) log.add_metric(m.at("name"), m.at("unit"));
        log.reason_column().clear();
        if (header.at("has_reasons").get<bool>()) log.reason_column().resize(rows);  // filled below
    } catch (const json::exception& e) {
        throw InputError(in.path(), "byte", kHeaderAt, std::string("malformed snapshot header: ") + e.what());
    }
    if (options.space && !(*options.space == log.space()))
        throw InputError(in.path(), "byte", kHeaderAt, "the snapshot's space '" + log.space().name() + "' differs from the requested space '" +
                                                    options.space->name() + "'");
    // A damaged header can claim any number of rows: compare with the bytes
    // the file has before allocating columns for them.
    const std::uint64_t row_bytes = 2 * log.space().dimension() + 4 + 4 + 1 + 2 + (log.reason_column().empty() ? 0 : 1) +
                                    4 * log.metric_columns().size();
    const std::uint64_t columns_at = in.offset();
    if (in.size() < columns_at || rows > (in.size() - columns_at) / std::max<std::uint64_t>(row_bytes, 1))
        throw InputError(in.path(), "byte", columns_at,
                         "the header says " + std::to_string(rows) + " rows (" + std::to_string(row_bytes) +
                             " bytes each) but the file ends before them; it is truncated or the header is damaged");
    const std::size_t columns = log.space().dimension() + 4 + (log.reason_column().empty() ? 0 : 1) + log.metric_columns().size();
    ColumnChecksum crc(crc32c(text.data(), text.size()), columns);
    auto column = [&](auto& v, const char* what) {
        in.column(v, rows, what);
        crc.add(v.data(), v.size() * sizeof(v[0]));
    };
    for (std::size_t p = 0; p < log.space().dimension(); ++p) column(log.parameter_column(p), "a parameter column");
    column(log.latency_column(), "the latency column");
    column(log.area_column(), "the area column");
    column(log.feasible_column(), "the feasible column");
    column(log.app_column(), "the application column");
    if (!log.reason_column().empty()) column(log.reason_column(), "the reason column");
    for (auto& m : log.metric_columns()) column(m.values, "a metric column");
    std::uint32_t stored = 0;
    in.read(&stored, sizeof stored, "the checksum");
    if (stored != crc.result()) throw InputError(in.path(), "byte", in.offset() - 4, "checksum mismatch; the snapshot is corrupt");
    if (!in.at_end()) throw InputError(in.path(), "byte", in.offset(), "unexpected data after the checksum");
    if (columns_look_valid(log)) {
        log.check_consistent();
        return log;
    }
    // Values must obey the rules every reader applies (data/value_rules.h):
    // a valid checksum does not prove the writer was right. Errors name the
    // row, the column and the byte where the value sits.
    std::uint64_t at = columns_at;
    auto bad = [&](std::size_t row, std::size_t width, const std::string& what) {
        return InputError(in.path(), "byte", at + row * width, "row " + std::to_string(row + 1) + ": " + what);
    };
    for (std::size_t p = 0; p < log.space().dimension(); at += 2 * rows, ++p)
        for (std::size_t r = 0; r < rows; ++r)
            if (log.parameter(p)[r] >= log.space().parameter(p).size())
                throw bad(r, 2, "parameter '" + log.space().parameter(p).name + "' holds index " + std::to_string(log.parameter(p)[r]) +
                                    "; expected an index below " + std::to_string(log.space().parameter(p).size()) + " (its value set)");
    const std::uint64_t latency_at = at, area_at = at + 4 * rows, feasible_at = at + 8 * rows, app_at = at + 9 * rows;
    for (std::size_t r = 0; r < rows; ++r) {
        at = feasible_at;
        if (log.feasible()[r] > 1) throw bad(r, 1, "the feasible column holds " + std::to_string(log.feasible()[r]) + "; expected 0 or 1");
        const bool feasible = log.feasible()[r] != 0;
        for (const auto& [column, what, where] : {std::tuple{log.latency_ms(), Outcome::Latency, latency_at},
                                                  std::tuple{log.area_mm2(), Outcome::Area, area_at}}) {
            const float v = column[r];
            const ValueProblem problem = check_outcome(what, v, feasible);
            at = where;
            if (problem != ValueProblem::None)
                throw bad(r, 4, describe_outcome_problem(problem, what, what == Outcome::Latency ? "the latency column" : "the area column",
                                                         shown_number(v)));
        }
        at = app_at;
        if (log.app()[r] >= log.app_names().size())
            throw bad(r, 2, "the application column holds id " + std::to_string(log.app()[r]) + "; expected one below " +
                                std::to_string(log.app_names().size()) + " (the header's applications)");
    }
    log.check_consistent();
    return log;
}

}  // namespace prime
