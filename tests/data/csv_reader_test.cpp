#include <gtest/gtest.h>

#include "data/csv_reader.h"
#include "test_support.h"

using namespace prime;
using namespace prime::test;

namespace {
std::vector<std::vector<std::string>> rows_of(const std::filesystem::path& p, std::size_t block = 4 << 20) {
    CsvReader reader(p, 0, block);
    std::vector<std::string_view> fields;
    std::vector<std::vector<std::string>> out;
    while (reader.next_row(fields)) out.emplace_back(fields.begin(), fields.end());
    return out;
}
}  // namespace

TEST(CsvReader, QuotedFieldsEscapesAndEmbeddedNewlines) {
    TempDir dir;
    const auto p = write_file(dir / "q.csv", "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,,3\n");
    const auto rows = rows_of(p);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"1", "", "3"}));
}

TEST(CsvReader, LineNumbersCountEmbeddedNewlinesAndBlankLines) {
    TempDir dir;
    const auto p = write_file(dir / "l.csv", "h1,h2\n\"a\nb\",1\n\n2,3\n");
    CsvReader reader(p);
    std::vector<std::string_view> f;
    ASSERT_TRUE(reader.next_row(f));
    EXPECT_EQ(reader.line(), 1u);
    ASSERT_TRUE(reader.next_row(f));
    EXPECT_EQ(reader.line(), 2u);
    ASSERT_TRUE(reader.next_row(f));
    EXPECT_EQ(reader.line(), 5u);
    EXPECT_EQ(f[0], "2");
    EXPECT_FALSE(reader.next_row(f));
}

TEST(CsvReader, RowsSpanningBlockBoundaries) {
    TempDir dir;
    std::string text = "name,value\n";
    for (int i = 0; i < 500; ++i) text += "\"row " + std::to_string(i) + "\"," + std::to_string(i * 7) + "\n";
    const auto p = write_file(dir / "big.csv", text);
    const auto rows = rows_of(p, 64);  // tiny blocks force refills mid-row
    ASSERT_EQ(rows.size(), 501u);
    EXPECT_EQ(rows[500], (std::vector<std::string>{"row 499", "3493"}));
}

// Unquoted rows take the 16-bytes-at-a-time path: fields of every length
// around the block width, CRLF and LF, blank lines, empty fields, rows cut by
// tiny buffers; each row must split exactly as written.
TEST(CsvReader, UnquotedRowsSplitExactlyAtEveryLength) {
    TempDir dir;
    std::string text = "a,b,c\n";
    std::vector<std::vector<std::string>> expected{{"a", "b", "c"}};
    for (int i = 0; i < 300; ++i) {
        std::vector<std::string> row{std::string(static_cast<std::size_t>(i % 37), 'x'), std::to_string(i),
                                     i % 5 == 0 ? "" : std::string(static_cast<std::size_t>(i % 19), 'y')};
        text += row[0] + "," + row[1] + "," + row[2] + (i % 3 == 0 ? "\r\n" : "\n");
        if (i % 7 == 0) text += "\n";  // blank lines are skipped
        expected.push_back(row);
    }
    text += "last,row,no-newline";
    expected.push_back({"last", "row", "no-newline"});
    const auto p = write_file(dir / "plain.csv", text);
    for (std::size_t block : {std::size_t{64}, std::size_t{100}, std::size_t{4} << 20}) EXPECT_EQ(rows_of(p, block), expected) << block;
}

TEST(CsvReader, DetectsDelimiter) {
    TempDir dir;
    CsvReader semi(write_file(dir / "s.csv", "a;b;c\n1;2;3\n"));
    EXPECT_EQ(semi.delimiter(), ';');
    CsvReader tab(write_file(dir / "t.tsv", "a\tb\n1\t2\n"));
    EXPECT_EQ(tab.delimiter(), '\t');
}

TEST(CsvReader, LastLineWithoutNewline) {
    TempDir dir;
    const auto rows = rows_of(write_file(dir / "n.csv", "a,b\n1,2"));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][1], "2");
}

TEST(CsvReader, UnclosedQuoteIsAnError) {
    TempDir dir;
    const auto p = write_file(dir / "u.csv", "a,b\n1,\"open\n2,3\n");
    const auto e = expect_input_error([&] { rows_of(p); });
    EXPECT_EQ(e.position(), 2u);
    EXPECT_NE(std::string(e.what()).find("never closed"), std::string::npos) << e.what();
}

TEST(CsvReader, StrayQuoteIsAnError) {
    TempDir dir;
    const auto p = write_file(dir / "s.csv", "a,b\n1,ab\"c\n");
    const auto e = expect_input_error([&] { rows_of(p); });
    EXPECT_EQ(e.position(), 2u);
}

TEST(CsvReader, Utf16IsRejectedWithAHint) {
    TempDir dir;
    const auto p = write_file(dir / "w.csv", std::string("\xff\xfe" "a\0,\0b\0", 8));
    const auto e = expect_input_error([&] { rows_of(p); });
    EXPECT_NE(std::string(e.what()).find("UTF-16"), std::string::npos) << e.what();
}

TEST(CsvReader, Utf8ByteOrderMarkIsSkipped) {
    TempDir dir;
    const auto rows = rows_of(write_file(dir / "b.csv", "\xef\xbb\xbf" "a,b\n1,2\n"));
    EXPECT_EQ(rows[0][0], "a");
}
