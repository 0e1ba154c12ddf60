#include "util/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

#include "util/errors.h"
#include "util/text_content.h"

namespace prime {

namespace fs = std::filesystem;

void checked_fwrite(const void* data, std::size_t size, std::size_t n, std::FILE* f,
                    const fs::path& path) {
    if (n == 0) return;
    if (std::fwrite(data, size, n, f) != n)
        throw std::runtime_error(path.string() + ": write failed: " + std::strerror(errno));
}

void write_file_atomically(const fs::path& path, const std::function<void(std::FILE*)>& write) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        throw std::runtime_error(path.string() + ": cannot create a temporary file in " +
                                 dir.string() + ": " + std::strerror(errno));
    std::FILE* f = ::fdopen(fd, "wb");
    if (!f) {
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw std::runtime_error(path.string() + ": fdopen failed");
    }
    std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
    try {
        write(f);
        if (std::fflush(f) != 0 || ::fsync(::fileno(f)) != 0)
            throw std::runtime_error(path.string() + ": flush failed: " + std::strerror(errno));
    } catch (...) {
        std::fclose(f);
        ::unlink(tmpl.c_str());
        throw;
    }
    if (std::fclose(f) != 0) {
        ::unlink(tmpl.c_str());
        throw std::runtime_error(path.string() + ": close failed: " + std::strerror(errno));
    }
    // mkstemp creates 0600; give the file the usual permissions.
    ::chmod(tmpl.c_str(), 0644);
    std::error_code ec;
    fs::rename(tmpl, path, ec);
    if (ec) {
        ::unlink(tmpl.c_str());
        throw std::runtime_error(path.string() + ": cannot rename temporary file: " + ec.message());
    }
}

void write_text_atomically(const fs::path& path, const std::string& text) {
    write_file_atomically(path, [&](std::FILE* f) { checked_fwrite(text.data(), 1, text.size(), f, path); });
}

std::string read_text_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), "line", 0, "cannot open file: " + std::string(std::strerror(errno)));
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    // Content first, as the log readers check it (util/text_content.h): a
    // pointer or UTF-16 text would otherwise fail later as a "bad header".
    if (const auto lfs = as_lfs_pointer(text, text.size()))
        throw InputError(path.string(), "line", 1, "this is " + describe(*lfs) + ": " + std::string(kLfsAdvice));
    if (starts_utf16(text))
        throw InputError(path.string(), "line", 1, "the file is UTF-16 encoded; expected UTF-8 or ASCII text (re-save it as UTF-8)");
    // A UTF-8 byte-order mark (spreadsheet programs and many published
    // topologies write one) is not part of the first field.
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xef && static_cast<unsigned char>(text[1]) == 0xbb &&
        static_cast<unsigned char>(text[2]) == 0xbf)
        text.erase(0, 3);
    return text;
}

}  // namespace prime
