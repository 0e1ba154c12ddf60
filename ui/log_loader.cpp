#include "log_loader.h"

#include <QElapsedTimer>

#include "data/log_io.h"
#include "util/errors.h"

namespace prime::ui {

void LogLoader::load(const QStringList& paths) {
    cancel_.store(false);
    std::vector<std::filesystem::path> files;
    for (const auto& p : paths) files.emplace_back(p.toStdString());
    ReadOptions options;
    QElapsedTimer throttle;
    throttle.start();
    int last_percent = -1;
    options.progress = [&](std::uint64_t done, std::uint64_t total) {
        // At most ~20 progress signals a second, and only on change.
        const int percent = total ? static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total)) : 0;
        if (percent != last_percent && throttle.elapsed() >= 50) {
            last_percent = percent;
            throttle.restart();
            Q_EMIT progress(percent);
        }
        return !cancel_.load();
    };
    try {
        auto log = std::make_shared<const DesignLog>(read_logs(files, options));
        Q_EMIT loaded(std::move(log), paths);
    } catch (const Cancelled&) {
        Q_EMIT cancelled();
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

}  // namespace prime::ui
