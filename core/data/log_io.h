#pragma once
// One entry point for every design-log format (data/log_formats.h lists
// them), chosen by extension; a folder is a TFRecord bucket.
#include <filesystem>
#include <string>
#include <vector>

#include "data/design_log.h"
#include "data/log_formats.h"
#include "data/read_options.h"

namespace prime {

// Throws std::invalid_argument for an unknown extension.
LogFormat log_format_for(const std::filesystem::path& path);
std::string format_name(LogFormat format);

DesignLog read_log(const std::filesystem::path& path, const ReadOptions& options = {});
// Reads several logs into one (they must share a space; applications are
// joined by name). `options.job` sees each file's progress in turn.
DesignLog read_logs(const std::vector<std::filesystem::path>& paths, const ReadOptions& options = {});
void write_log(const DesignLog& log, const std::filesystem::path& path);

}  // namespace prime
