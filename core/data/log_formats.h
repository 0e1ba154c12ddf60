#pragma once
// The one list of design-log formats. The readers' dispatch, the CLI's help,
// the GUI's file filter and the MIME/extension lists all read it, so adding a
// format means adding one entry here (and its reader in log_io.cpp).
#include <string>
#include <vector>

namespace prime {

enum class LogFormat { Csv, TfRecord, Snapshot };

struct LogFormatInfo {
    LogFormat format;
    std::string name;                     // "CSV", "TFRecord", "snapshot"
    std::vector<std::string> extensions;  // lower case, with the dot
    std::string description;              // for help texts and file dialogs
    std::string mime_type;                // "" when the format has no own type (text/csv is the system's)
};

/// Every format, in the order help texts list them.
const std::vector<LogFormatInfo>& log_formats();
const LogFormatInfo& log_format_info(LogFormat format);

/// "*.csv *.tsv *.txt *.tfrecord ...": every extension as a glob, for file dialogs.
std::string log_file_globs();
/// "CSV (.csv, .tsv, .txt), TFRecord (.tfrecord, .tfrecords, or a folder), snapshot (.primelog)".
std::string log_formats_summary();

}  // namespace prime
