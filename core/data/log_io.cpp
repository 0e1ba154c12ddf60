#include "data/log_io.h"

#include <algorithm>
#include <stdexcept>

#include "data/csv_log_reader.h"
#include "data/csv_log_writer.h"
#include "data/snapshot.h"
#include "data/tfrecord_log.h"
#include "util/errors.h"

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

DesignLog read_log(const fs::path& path, const ReadOptions& options) {
    if (!fs::exists(path)) throw InputError(path.string(), "line", 0, "no such file or folder");
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
    for (std::size_t i = 1; i < paths.size(); ++i) {
        DesignLog next = read_log(paths[i], options);
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
