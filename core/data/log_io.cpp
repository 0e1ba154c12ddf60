#include "data/log_io.h"

#include <algorithm>
#include <stdexcept>

#include "data/csv_log_reader.h"
#include "data/csv_log_writer.h"
#include "data/file_content.h"
#include "data/snapshot.h"
#include "data/tfrecord_log.h"
#include "util/errors.h"
#include "util/text_content.h"

namespace prime {

namespace fs = std::filesystem;

LogFormat log_format_for(const fs::path& path) {
    if (fs::is_directory(path)) return LogFormat::TfRecord;
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const auto& f : log_formats())
        if (std::find(f.extensions.begin(), f.extensions.end(), ext) != f.extensions.end()) return f.format;
    if (ext.empty()) return LogFormat::TfRecord;  // a folder, one sub-folder per application
    throw std::invalid_argument(path.string() + ": unknown log format '" + ext + "'; expected " + log_formats_summary());
}

std::string format_name(LogFormat format) { return log_format_info(format).name; }

namespace {

// "gzip.tfrecord" -> "gzip", "x.tfrecord.gz" -> "x": the application name a
// file would give if it were not compressed.
std::string plain_stem(const fs::path& path) {
    fs::path p = path.filename();
    for (const char* ext : {".gz", ".zz", ".z", ".tfrecord", ".tfrecords", ".csv", ".tsv", ".txt"})
        if (p.extension() == ext) p = p.stem();
    return p.string();
}

bool extension_is(const fs::path& path, LogFormat format) {
    try {
        return log_format_for(path) == format;
    } catch (const std::invalid_argument&) {
        return false;
    }
}

}  // namespace

DesignLog read_log(const fs::path& path, const ReadOptions& options) {
    if (!fs::exists(path)) throw InputError(path.string(), "line", 0, "no such file or folder");
    if (fs::is_directory(path)) return read_tfrecord_log(path, options);
    // Content decides the format; the extension only breaks ties.
    const FileSniff sniff = sniff_file(path);
    switch (sniff.content) {
        case FileContent::GitLfsPointer:
            throw InputError(path.string(), "line", 1, "this is " + sniff.description() + ": " + std::string(kLfsAdvice));
        case FileContent::Empty: throw InputError(path.string(), "line", 0, "the file is empty");
        case FileContent::Gzip:
        case FileContent::Zlib: {
            const DecompressedFile plain(path);
            ReadOptions o = options;
            if (o.app_name.empty()) o.app_name = plain_stem(path);
            try {
                return read_log(plain.path(), o);
            } catch (const InputError& e) {
                throw InputError(path.string() + " (" + sniff.description() + ", decompressed)", e.unit(), e.position(), e.detail());
            }
        }
        case FileContent::Utf16Text:
            throw InputError(path.string(), "line", 1, "the file is UTF-16 encoded; expected UTF-8 or ASCII text (re-save it as UTF-8 CSV)");
        case FileContent::Snapshot: return read_snapshot(path, options);
        case FileContent::TfRecord: return read_tfrecord_log(path, options);
        case FileContent::Text:
            if (extension_is(path, LogFormat::Snapshot))
                throw InputError(path.string(), "byte", 0,
                                 "the extension says snapshot but the file is text, not starting with the signature PRIMELOG "
                                 "(a truncated snapshot, or a CSV log? rename it to .csv)");
            if (!extension_is(path, LogFormat::Csv) && extension_is(path, LogFormat::TfRecord))
                throw InputError(path.string(), "record", 0,
                                 "the extension says TFRecord but the file is text (a CSV log? rename it to .csv)");
            return read_csv_log(path, options);
        case FileContent::Binary:
            if (extension_is(path, LogFormat::Csv))
                throw InputError(path.string(), "line", 1, "the extension says CSV but the file is binary data, not text");
            break;
        case FileContent::Missing: break;
    }
    switch (log_format_for(path)) {
        case LogFormat::Csv: return read_csv_log(path, options);
        case LogFormat::TfRecord: return read_tfrecord_log(path, options);
        case LogFormat::Snapshot: return read_snapshot(path, options);
    }
    throw std::logic_error("unreachable");
}

DesignLog read_logs(const std::vector<fs::path>& paths, const ReadOptions& options) {
    if (paths.empty()) throw std::invalid_argument("no log files given");
    DesignLog log = read_log(paths.front(), options);
    if (options.canonical_app) log.canonicalise_apps(options.canonical_app);
    for (std::size_t i = 1; i < paths.size(); ++i) {
        DesignLog next = read_log(paths[i], options);
        if (options.canonical_app) next.canonicalise_apps(options.canonical_app);
        try {
            log.append(next);
        } catch (const std::invalid_argument& e) {
            throw InputError(paths[i].string(), "line", 0, e.what());
        }
    }
    return log;
}

void write_log(const DesignLog& log, const fs::path& path) {
    switch (log_format_for(path)) {
        case LogFormat::Csv: return write_csv_log(log, path);
        case LogFormat::TfRecord: return write_tfrecord_log(log, path);
        case LogFormat::Snapshot: return write_snapshot(log, path);
    }
}

}  // namespace prime
