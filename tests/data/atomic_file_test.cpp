#include <gtest/gtest.h>

#include "test_support.h"
#include "util/atomic_file.h"

using namespace prime;
using namespace prime::test;

TEST(AtomicFile, FailedWriteLeavesTheOldFileAndNoTemporary) {
    TempDir dir;
    const auto target = write_file(dir / "out.csv", "old contents");
    EXPECT_THROW(write_file_atomically(target, [](std::FILE* f) {
                     std::fputs("half of the new", f);
                     throw Cancelled();
                 }),
                 Cancelled);
    EXPECT_EQ(read_bytes(target), "old contents");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
    EXPECT_EQ(files, 1u);
}

TEST(AtomicFile, SuccessfulWriteReplaces) {
    TempDir dir;
    const auto target = write_file(dir / "out.txt", "old");
    write_text_atomically(target, "new");
    EXPECT_EQ(read_bytes(target), "new");
}

TEST(AtomicFile, UnwritableFolderIsAClearError) {
    try {
        write_text_atomically("/nonexistent-folder/x.txt", "x");
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent-folder/x.txt"), std::string::npos) << e.what();
    }
}
