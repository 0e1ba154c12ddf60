// The log-format registry is the one list: dispatch by extension, and the
// MIME file the package installs, agree with it.
#include <gtest/gtest.h>

#include "data/log_io.h"
#include "test_support.h"

using namespace prime;

TEST(LogFormats, EveryRegisteredExtensionDispatchesToItsFormat) {
    for (const auto& f : log_formats())
        for (const auto& ext : f.extensions) EXPECT_EQ(log_format_for("x" + ext), f.format) << ext;
    EXPECT_THROW(log_format_for("x.parquet"), std::invalid_argument);
    EXPECT_NE(log_file_globs().find("*.primelog"), std::string::npos);
}

TEST(LogFormats, TheInstalledMimeFileListsEveryFormatWithAMimeType) {
    const std::string mime = test::read_bytes(std::filesystem::path(PRIME_TEST_DATA) / ".." / ".." / "installer" /
                                              "prime-studio-mime.xml");
    for (const auto& f : log_formats()) {
        if (f.mime_type.empty()) continue;
        EXPECT_NE(mime.find("type=\"" + f.mime_type + "\""), std::string::npos) << f.mime_type;
        for (const auto& ext : f.extensions)
            EXPECT_NE(mime.find("pattern=\"*" + ext + "\""), std::string::npos) << f.mime_type << " " << ext;
    }
}
