#include "data/design_table.h"

#include <charconv>

#include "data/csv_reader.h"
#include "data/number_parse.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace prime {

std::vector<Design> read_design_table(const std::filesystem::path& path, const SearchSpace& space) {
    CsvReader reader(path);
    std::vector<std::string_view> fields;
    if (!reader.next_row(fields)) throw InputError(path.string(), "line", 0, "the file is empty; expected a header of parameter names");
    std::vector<int> column_of(space.dimension(), -1);
    std::vector<std::string> header;
    for (std::size_t c = 0; c < fields.size(); ++c) {
        header.emplace_back(trim_blanks(fields[c]));
        if (auto p = space.find(header.back()); p && column_of[*p] < 0) column_of[*p] = static_cast<int>(c);
    }
    for (std::size_t p = 0; p < space.dimension(); ++p)
        if (column_of[p] < 0)
            throw InputError(path.string(), "line", reader.line(), "missing required column for parameter '" + space.parameter(p).name + "'");
    std::vector<Design> designs;
    while (reader.next_row(fields)) {
        auto fail = [&](const std::string& what) { return InputError(path.string(), "line", reader.line(), what); };
        if (fields.size() != header.size())
            throw fail("expected " + std::to_string(header.size()) + " fields (as in the header), found " + std::to_string(fields.size()));
        Design d;
        d.index.resize(space.dimension());
        for (std::size_t p = 0; p < space.dimension(); ++p) {
            const auto text = fields[static_cast<std::size_t>(column_of[p])];
            double v;
            if (parse_number(text, v) != NumberStatus::Ok)
                throw fail("column '" + header[static_cast<std::size_t>(column_of[p])] + "' holds '" + std::string(text) + "'; expected a finite number");
            auto idx = space.parameter(p).index_of(v);
            if (!idx) throw fail("value '" + std::string(text) + "' is not allowed for parameter '" + space.parameter(p).name + "'");
            d.index[p] = *idx;
        }
        designs.push_back(std::move(d));
    }
    if (designs.empty()) throw InputError(path.string(), "line", 0, "the file has a header but no designs");
    return designs;
}

void write_design_table(const std::vector<Design>& designs, const SearchSpace& space, const std::filesystem::path& path) {
    std::string out;
    for (std::size_t p = 0; p < space.dimension(); ++p) out += (p ? "," : "") + space.parameter(p).name;
    out += '\n';
    char buf[32];
    for (const Design& d : designs) {
        for (std::size_t p = 0; p < space.dimension(); ++p) {
            if (p) out += ',';
            auto [end, ec] = std::to_chars(buf, buf + sizeof buf, space.value(p, d[p]));
            out.append(buf, end);
        }
        out += '\n';
    }
    write_text_atomically(path, out);
}

}  // namespace prime
