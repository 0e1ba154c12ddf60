#include "data/value_rules.h"
#include "data/csv_log_reader.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <optional>
#include <thread>

#include "data/csv_chunk_parser.h"
#include "data/csv_reader.h"
#include "data/number_parse.h"
#include "util/errors.h"

namespace prime {

namespace fs = std::filesystem;

namespace {

// Newlines and quote parity of bytes [from, to) of a file.
struct ByteCounts {
    std::uint64_t newlines = 0;
    bool odd_quotes = false;
};

std::FILE* open_at(const fs::path& path, std::uint64_t at) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f || std::fseek(f, static_cast<long>(at), SEEK_SET) != 0) {
        if (f) std::fclose(f);
        throw InputError(path.string(), "line", 0, "cannot read the file");
    }
    return f;
}

ByteCounts count_bytes(const fs::path& path, std::uint64_t from, std::uint64_t to) {
    ByteCounts c;
    std::FILE* f = open_at(path, from);
    std::vector<char> buf(1 << 20);
    for (std::uint64_t left = to - from; left > 0;) {
        const std::size_t got = std::fread(buf.data(), 1, static_cast<std::size_t>(std::min<std::uint64_t>(left, buf.size())), f);
        if (got == 0) break;
        c.newlines += static_cast<std::uint64_t>(std::count(buf.data(), buf.data() + got, '\n'));
        if (std::memchr(buf.data(), '"', got)) c.odd_quotes ^= (std::count(buf.data(), buf.data() + got, '"') & 1) != 0;
        left -= got;
    }
    std::fclose(f);
    return c;
}

// The first record start at or after `from`, where the quote parity is
// `odd`: the byte after the first newline outside quotes, and the newlines
// up to it. Nullopt when none comes before `limit`.
std::optional<std::pair<std::uint64_t, std::uint64_t>> next_record_start(const fs::path& path, std::uint64_t from, std::uint64_t limit,
                                                                          bool odd) {
    std::FILE* f = open_at(path, from);
    std::vector<char> buf(64 << 10);
    std::uint64_t offset = from, newlines = 0;
    std::optional<std::pair<std::uint64_t, std::uint64_t>> found;
    while (!found && offset < limit) {
        const std::size_t got = std::fread(buf.data(), 1, buf.size(), f);
        if (got == 0) break;
        for (std::size_t i = 0; i < got && offset + i < limit; ++i) {
            const char c = buf[i];
            if (c == '"') odd = !odd;
            if (c != '\n') continue;
            ++newlines;
            if (!odd) {
                found.emplace(offset + i + 1, newlines);
                break;
            }
        }
        offset += got;
    }
    std::fclose(f);
    return found;
}

}  // namespace

// Every share of the bytes is counted on its own thread (newlines and quote
// parity), then each split point is found by a short scan from its share's
// start. A newline is a record boundary exactly when an even number of quote
// characters precede it: the reader accepts a quote only to open or close a
// field or doubled inside one (RFC 4180), so quotes come in pairs around
// every quoted newline. (A file breaking that rule is an error the reader
// reports, at the same line as a one-thread read would.)
CsvSplits split_csv_records(const fs::path& path, std::uint64_t begin, std::uint64_t size, unsigned parts) {
    parts = std::max(1u, parts);
    std::vector<std::uint64_t> target(parts + 1);
    for (unsigned k = 0; k <= parts; ++k) target[k] = begin + (size - begin) * k / parts;
    std::vector<ByteCounts> counts(parts);
    std::vector<std::exception_ptr> errors(parts);
    {
        std::vector<std::jthread> pool;
        for (unsigned k = 1; k < parts; ++k)
            pool.emplace_back([&, k] {
                try {
                    counts[k] = count_bytes(path, target[k], target[k + 1]);
                } catch (...) {
                    errors[k] = std::current_exception();
                }
            });
        counts[0] = count_bytes(path, target[0], target[1]);
    }
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);
    CsvSplits scan;
    bool odd = false;  // quote parity at target[k]
    std::uint64_t newlines = 0;  // newlines before target[k]
    for (unsigned k = 1; k < parts; ++k) {
        odd ^= counts[k - 1].odd_quotes;
        newlines += counts[k - 1].newlines;
        // A split must start inside its own share, after the previous one.
        const auto start = next_record_start(path, target[k], target[k + 1], odd);
        if (!start || (!scan.splits.empty() && start->first <= scan.splits.back().first)) break;
        scan.splits.emplace_back(start->first, newlines + start->second);
    }
    for (const auto& c : counts) scan.newlines += c.newlines;
    return scan;
}

namespace {

// Maps each chunk-local name to the log's id, in chunk order, so ids follow
// first appearance in the file.
template <typename IdOf>
std::vector<std::vector<std::uint16_t>> global_ids(const std::vector<CsvChunk>& chunks,
                                                   std::vector<std::string> CsvChunk::*table, IdOf id_of) {
    std::vector<std::vector<std::uint16_t>> maps;
    for (const auto& c : chunks) {
        std::vector<std::uint16_t> m;
        for (const auto& name : c.*table) m.push_back(id_of(name));
        maps.push_back(std::move(m));
    }
    return maps;
}

template <typename T>
void move_rows(std::vector<T>& column, std::uint64_t from, std::uint64_t to, std::uint64_t n) {
    if (from != to) std::memmove(column.data() + to, column.data() + from, n * sizeof(T));
}

}  // namespace

DesignLog read_csv_log(const fs::path& path, const ReadOptions& options) {
    const std::string file = path.string();
    std::vector<std::string> header;
    std::uint64_t data_begin, data_line, file_size;
    char delimiter;
    {
        CsvReader head(path, options.delimiter);
        std::vector<std::string_view> fields;
        if (!head.next_row(fields))
            throw InputError(file, "line", 0, "the file is empty; expected a header row such as param_1,...,runtime,area,infeasible");
        for (auto f : fields) {
            auto h = std::string(trim_blanks(f));
            if (!is_valid_utf8(h)) throw InputError(file, "line", head.line(), "the header is not valid UTF-8; expected UTF-8 or ASCII text");
            header.push_back(std::move(h));
        }
        data_begin = head.bytes_consumed();
        data_line = head.next_line();
        file_size = head.file_size();
        delimiter = head.delimiter();
    }
    const CsvLayout L = resolve_csv_layout(std::move(header), options, file);
    const std::size_t nparams = L.param_names.size();

    unsigned threads = options.threads;
    if (threads == 0)  // automatic: one per core, but threads do not pay off below a few MB
        threads = file_size - data_begin < (8u << 20) ? 1 : std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    CsvSplits scan = split_csv_records(path, data_begin, file_size, threads);
    if (scan.splits.size() + 1 != threads) {  // a small file, or one long quoted record
        threads = 1;
        scan.splits.clear();
    }
    const std::uint64_t capacity = scan.newlines + 1;  // the last line may lack '\n'

    // Columns are sized once, up front: no doubling while growing, so the
    // peak stays near the final size.
    DesignLog log = options.space ? DesignLog(*options.space) : DesignLog(nparams);
    for (const auto& m : L.metric_names) log.add_metric(m, guess_metric_unit(m));
    if (L.reason >= 0) log.reason_column().resize(1);  // marks the log as having reasons
    log.resize(capacity);
    ColumnTargets targets;
    for (std::size_t p = 0; p < nparams; ++p) targets.params.push_back(log.parameter_column(p).data());
    targets.latency = log.latency_column().data();
    targets.area = log.area_column().data();
    targets.feasible = log.feasible_column().data();
    targets.app = log.app_column().data();
    targets.reason = L.reason >= 0 ? log.reason_column().data() : nullptr;
    for (auto& m : log.metric_columns()) targets.metrics.push_back(m.values.data());
    targets.capacity = capacity;

    std::vector<CsvChunk> chunks(threads);
    for (unsigned i = 0; i < threads; ++i) {
        CsvChunk& c = chunks[i];
        c.begin = i == 0 ? data_begin : scan.splits[i - 1].first;
        c.end = i + 1 < threads ? scan.splits[i].first : file_size;
        c.first_row = i == 0 ? 0 : scan.splits[i - 1].second;
        c.first_line = data_line + c.first_row;
        for (std::size_t p = 0; p < nparams; ++p) c.indexers.emplace_back(options.space ? &options.space->parameter(p) : nullptr);
    }

    std::atomic<std::uint64_t> bytes_done{data_begin};
    std::atomic<bool> stop{false};
    std::atomic<unsigned> finished{0};
    auto run = [&](CsvChunk& c) {
        try {
            CsvReader reader(path, delimiter, c.begin, c.end, c.first_line);
            parse_csv_chunk(reader, L, options, c, targets, bytes_done, stop);
            c.consumed_end = reader.bytes_consumed();
        } catch (...) {
            c.error = std::current_exception();
            stop.store(true);
        }
        finished.fetch_add(1);
    };
    // With a progress callback every chunk runs on a worker and this thread
    // reports: the callback is not assumed thread-safe, so it is only ever
    // called from here.
    const bool poll = options.job != nullptr;
    std::vector<std::thread> workers;
    for (unsigned i = poll ? 0 : 1; i < threads; ++i) workers.emplace_back(run, std::ref(chunks[i]));
    if (!poll) run(chunks[0]);
    bool user_cancelled = false;
    while (poll && finished.load() < threads) {
        if (!user_cancelled && !options.job->units(bytes_done.load(), file_size)) {
            user_cancelled = true;
            stop.store(true);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (auto& w : workers) w.join();
    // The earliest malformed row wins, as a one-thread read would report it.
    for (const auto& c : chunks)
        if (c.error) {
            try {
                std::rethrow_exception(c.error);
            } catch (const Cancelled&) {
                continue;
            }
        }
    if (user_cancelled || std::any_of(chunks.begin(), chunks.end(), [](const CsvChunk& c) { return c.error; })) throw Cancelled();
    // Each chunk's last record ends where the next chunk begins (the quote
    // parity of the scan guarantees it for files the reader accepts); should a
    // record ever cross a split, the file is read again on one thread.
    for (unsigned i = 0; i + 1 < threads; ++i)
        if (chunks[i].consumed_end != chunks[i].end) {
            ReadOptions serial = options;
            serial.threads = 1;
            return read_csv_log(path, serial);
        }
    if (options.job && !options.job->units(file_size, file_size)) throw Cancelled();

    // Merge: close the gaps blank lines left, then translate chunk-local
    // application, reason and value ids into the log's.
    const AppId default_app = L.app < 0 ? log.app_id(options.app_name.empty() ? path.stem().string() : options.app_name) : 0;
    const auto app_maps = global_ids(chunks, &CsvChunk::apps, [&](const std::string& n) { return log.app_id(n); });
    const auto reason_maps = global_ids(chunks, &CsvChunk::reasons, [&](const std::string& n) { return log.reason_id(n); });
    std::vector<std::vector<double>> seen(nparams);
    std::uint64_t rows = 0;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const CsvChunk& c = chunks[i];
        for (std::size_t p = 0; p < nparams; ++p) move_rows(log.parameter_column(p), c.first_row, rows, c.rows);
        move_rows(log.latency_column(), c.first_row, rows, c.rows);
        move_rows(log.area_column(), c.first_row, rows, c.rows);
        move_rows(log.feasible_column(), c.first_row, rows, c.rows);
        move_rows(log.app_column(), c.first_row, rows, c.rows);
        if (targets.reason) move_rows(log.reason_column(), c.first_row, rows, c.rows);
        for (auto& m : log.metric_columns()) move_rows(m.values, c.first_row, rows, c.rows);

        auto* app = log.app_column().data() + rows;
        for (std::uint64_t r = 0; r < c.rows; ++r) app[r] = L.app < 0 ? default_app : app_maps[i][app[r]];
        if (targets.reason) {
            auto* reason = log.reason_column().data() + rows;
            for (std::uint64_t r = 0; r < c.rows; ++r)
                if (reason[r]) reason[r] = static_cast<std::uint8_t>(reason_maps[i][reason[r] - 1]);
        }
        for (std::size_t p = 0; p < nparams && !options.space; ++p) {
            // Local first-seen index -> position in the merged first-seen list.
            std::vector<ValueIndex> remap;
            for (double v : c.indexers[p].seen_values()) {
                auto it = std::find(seen[p].begin(), seen[p].end(), v);
                remap.push_back(static_cast<ValueIndex>(it - seen[p].begin()));
                if (it == seen[p].end()) seen[p].push_back(v);
            }
            auto* col = log.parameter_column(p).data() + rows;
            for (std::uint64_t r = 0; r < c.rows; ++r) col[r] = remap[col[r]];
        }
        rows += c.rows;
    }
    if (rows == 0) throw InputError(file, "line", 0, "the file has a header but no data rows");
    log.resize(rows);
    // A column taken as a parameter only because nothing else fit must look
    // like one (value_rules.h): a knob it would silently add would make the
    // space astronomically large.
    for (std::size_t p = 0; p < nparams && !options.space; ++p)
        if (L.assumed_param[p])
            if (const std::string why = identifier_like_parameter("column '" + L.param_names[p] + "'", L.param_names[p],
                                                                   seen[p].size(), rows, log.app_names().size(), "rows");
                !why.empty())
                throw InputError(file, "line", 1, why);
    std::vector<ColumnNote> notes = L.notes;
    std::uint64_t unfinished = 0;
    for (const auto& c : chunks) unfinished += c.unfinished;
    if (unfinished > 0)
        for (auto& n : notes)
            if (n.role == "feasible")
                n.reason += "; " + std::to_string(unfinished) + " unfinished trial" + (unfinished == 1 ? "" : "s") +
                            " (RUNNING/WAITING) skipped";
    if (!options.space) settle_space(log, L.param_names, seen, builtin_space_or_null(), path.stem().string(), &notes);
    log.set_column_notes(std::move(notes));
    log.check_consistent();
    return log;
}

}  // namespace prime
