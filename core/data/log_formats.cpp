#include "data/log_formats.h"

#include <stdexcept>

namespace prime {

const std::vector<LogFormatInfo>& log_formats() {
    static const std::vector<LogFormatInfo> formats = {
        {LogFormat::Csv, "CSV", {".csv", ".tsv", ".txt"}, "delimited text, one row per (design, application)", ""},
        {LogFormat::TfRecord, "TFRecord", {".tfrecord", ".tfrecords"},
         "PRIME's tf.train.Example records (a file, or a folder of them)", ""},
        {LogFormat::Snapshot, "snapshot", {".primelog"}, "PRIME Studio's binary columnar snapshot",
         "application/x-prime-log"},
    };
    return formats;
}

const LogFormatInfo& log_format_info(LogFormat format) {
    for (const auto& f : log_formats())
        if (f.format == format) return f;
    throw std::logic_error("unregistered log format");
}

std::string log_file_globs() {
    std::string out;
    for (const auto& f : log_formats())
        for (const auto& e : f.extensions) out += (out.empty() ? "*" : " *") + e;
    return out;
}

std::string log_formats_summary() {
    std::string out;
    for (const auto& f : log_formats()) {
        std::string exts;
        for (const auto& e : f.extensions) exts += (exts.empty() ? "" : ", ") + e;
        if (f.format == LogFormat::TfRecord) exts += ", or a folder";
        out += (out.empty() ? "" : ", ") + f.name + " (" + exts + ")";
    }
    return out;
}

}  // namespace prime
