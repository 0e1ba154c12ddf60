#include "data/csv_chunk_parser.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

#include "data/csv_reader.h"
#include "data/field_text_cache.h"
#include "data/number_parse.h"
#include "data/value_rules.h"
#include "util/errors.h"

namespace prime {

namespace {
std::string quoted(std::string_view s) {
    constexpr std::size_t kMax = 40;
    return "'" + std::string(s.substr(0, kMax)) + (s.size() > kMax ? "...'" : "'");
}

// The chunk-local id of `name`, entering it when new. Names are few and
// short, so a linear search beats hashing; a name is checked for valid UTF-8
// once, when it is entered, not on every row that repeats it.
std::uint16_t local_id(std::vector<std::string>& table, std::string_view name, std::size_t limit, const std::function<void()>& invalid) {
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i].size() == name.size() && std::memcmp(table[i].data(), name.data(), name.size()) == 0)
            return static_cast<std::uint16_t>(i);
    if (!is_valid_utf8(name)) invalid();
    if (table.size() >= limit) throw std::length_error("too many distinct names");
    table.emplace_back(name);
    return static_cast<std::uint16_t>(table.size() - 1);
}
}  // namespace

void parse_csv_chunk(CsvReader& reader, const CsvLayout& L, const ReadOptions& options, CsvChunk& chunk,
                     const ColumnTargets& t, std::atomic<std::uint64_t>& bytes_done, const std::atomic<bool>& stop) {
    const auto& header = L.header;
    const std::size_t ncols = header.size();
    std::vector<std::string_view> fields;
    AppId last_app = 0;
    std::uint64_t reported = reader.bytes_consumed();
    std::uint64_t row = chunk.first_row;
    // Only the columns each loop needs, so a row does no work for the others.
    std::vector<std::pair<std::size_t, int>> param_cols, metric_cols;
    for (std::size_t c = 0; c < ncols; ++c) {
        if (L.param_of_column[c] >= 0) param_cols.emplace_back(c, L.param_of_column[c]);
        if (L.metric_of_column[c] >= 0) metric_cols.emplace_back(c, L.metric_of_column[c]);
    }
    std::vector<FieldTextCache<1>> texts(param_cols.size());  // parameter values: up to 8 characters
    FieldTextCache<2> app_texts;  // application names: up to 16

    auto fail = [&](const std::string& what) { return InputError(reader.path(), "line", reader.line(), what); };
    auto field = [&](std::size_t c) { return "column '" + header[c] + "'"; };
    auto number = [&](std::size_t c, bool allow_empty) -> double {
        double v;
        switch (parse_number(fields[c], v)) {
            case NumberStatus::Ok: return v;
            case NumberStatus::Empty:
                if (allow_empty) return std::numeric_limits<double>::quiet_NaN();
                throw fail("column '" + header[c] + "' is empty; expected a number");
            case NumberStatus::NotFinite:
                throw fail("column '" + header[c] + "' holds " + quoted(fields[c]) + "; expected a finite number");
            case NumberStatus::NotANumber: break;
        }
        throw fail("column '" + header[c] + "' holds " + quoted(fields[c]) + "; expected a number");
    };

    while (reader.next_row(fields)) {
        if (fields.size() != ncols)
            throw fail("expected " + std::to_string(ncols) + " fields (as in the header), found " + std::to_string(fields.size()));
        if (row >= t.capacity) throw std::logic_error("CSV chunk: more rows than lines counted");
        bool feasible;
        if (L.feasible >= 0) {
            const auto cell = trim_blanks(fields[L.feasible]);
            auto f = parse_flag(cell);
            if (!f && is_unfinished_trial(cell)) {
                ++chunk.unfinished;  // no result yet: not a design of the log
                continue;
            }
            if (!f)
                throw fail("column '" + header[L.feasible] + "' holds " + quoted(fields[L.feasible]) +
                           "; expected 1/0, true/false or a trial status (COMPLETE/OK = feasible, FAIL/PRUNED/ERROR = "
                           "infeasible; RUNNING/WAITING rows are skipped)");
            feasible = *f;
        } else if (L.infeasible < 0) {
            feasible = true;  // options.all_feasible: the user said every row is feasible
        } else {
            const double v = number(L.infeasible, false);
            if (!infeasible_flag_is_valid(v)) throw fail(describe_bad_infeasible_flag(field(L.infeasible), fields[L.infeasible]));
            feasible = v == 0;
        }
        for (std::size_t k = 0; k < param_cols.size(); ++k) {
            const auto [c, p] = param_cols[k];
            if (const auto known = texts[k].find(fields[c])) {
                t.params[p][row] = *known;
                continue;
            }
            const double v = number(c, false);
            auto idx = chunk.indexers[p].index(v);
            if (!idx) {
                if (chunk.indexers[p].learning()) throw fail(describe_too_many_values(field(c)));
                throw fail(describe_disallowed_value(field(c), trim_blanks(fields[c]), *options.space, static_cast<std::size_t>(p)));
            }
            texts[k].remember(fields[c], *idx);
            t.params[p][row] = *idx;
        }
        // The shared rules (data/value_rules.h): an empty cell is unknown,
        // which only infeasible rows may leave for latency and area.
        auto outcome = [&](int c, Outcome what) {
            const double v = number(static_cast<std::size_t>(c), true);
            const ValueProblem problem = check_outcome(what, v, feasible);
            if (problem != ValueProblem::None)
                throw fail(describe_outcome_problem(problem, what, field(static_cast<std::size_t>(c)), trim_blanks(fields[c])));
            return static_cast<float>(v);
        };
        t.latency[row] = outcome(L.latency, Outcome::Latency);
        t.area[row] = outcome(L.area, Outcome::Area);
        t.feasible[row] = feasible ? 1 : 0;
        if (L.app >= 0) {
            const auto name = trim_blanks(fields[L.app]);
            if (name.empty()) throw fail("column '" + header[L.app] + "' is empty; expected an application name");
            if (const auto known = app_texts.find(name)) {
                last_app = *known;
            } else if (chunk.apps.empty() || name != std::string_view(chunk.apps[last_app])) {
                last_app = local_id(chunk.apps, name, 65535, [&] { throw fail("column '" + header[L.app] + "' is not valid UTF-8"); });
                app_texts.remember(name, last_app);
            }
            t.app[row] = last_app;
        } else {
            t.app[row] = 0;
        }
        if (t.reason) {
            const auto text = trim_blanks(fields[L.reason]);
            std::uint8_t reason = 0;
            if (!text.empty())
                reason = static_cast<std::uint8_t>(
                    local_id(chunk.reasons, text, 254, [&] { throw fail("column '" + header[L.reason] + "' is not valid UTF-8"); }) + 1);
            t.reason[row] = reason;
        }
        for (const auto& [c, m] : metric_cols) t.metrics[m][row] = outcome(static_cast<int>(c), Outcome::Metric);
        ++row;
        if ((++chunk.rows & 0x1fff) == 0) {
            if (stop.load(std::memory_order_relaxed)) throw Cancelled();
            bytes_done.fetch_add(reader.bytes_consumed() - reported, std::memory_order_relaxed);
            reported = reader.bytes_consumed();
        }
    }
    bytes_done.fetch_add(reader.bytes_consumed() - reported, std::memory_order_relaxed);
}

}  // namespace prime
