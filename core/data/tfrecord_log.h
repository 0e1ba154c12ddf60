#pragma once
// PRIME's TFRecord logs: one tf.train.Example per design with scalar features
// param_1..param_10 (float), runtime (ms), area (mm²), infeasible (int64).
#include <filesystem>

#include "data/design_log.h"
#include "data/read_options.h"

namespace prime {

// Reads one .tfrecord file (application = file stem or options.app_name), or a
// folder: *.tfrecord files directly inside it form one application named after
// the folder; otherwise each sub-folder holding *.tfrecord files is one
// application (the layout of PRIME's bucket). Throws InputError naming file and
// record on truncation, CRC mismatch, malformed protobuf, a missing or
// multi-valued feature, non-finite numbers or values outside the space.
DesignLog read_tfrecord_log(const std::filesystem::path& path, const ReadOptions& options = {});

// Writes `log` in PRIME's layout. A single-application log becomes one file at
// `path`; several applications become `path/<app>/<app>.tfrecord`. Parameter
// features are named by their param_N alias when they have one. Reasons are not
// representable and are dropped; extra metrics become float features.
void write_tfrecord_log(const DesignLog& log, const std::filesystem::path& path);

}  // namespace prime
