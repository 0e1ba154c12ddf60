#include "log_loader.h"

#include <QElapsedTimer>

#include "data/log_io.h"
#include "sim/demo_log.h"
#include "util/errors.h"

namespace prime::ui {

std::function<bool(std::uint64_t, std::uint64_t)> LogLoader::progressCallback() {
    auto throttle = std::make_shared<QElapsedTimer>();
    throttle->start();
    auto last_percent = std::make_shared<int>(-1);
    return [this, throttle, last_percent](std::uint64_t done, std::uint64_t total) {
        const int percent = total ? static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total)) : 0;
        if (percent != *last_percent && throttle->elapsed() >= 50) {
            *last_percent = percent;
            throttle->restart();
            Q_EMIT progress(percent);
        }
        return !cancel_.load();
    };
}

void LogLoader::load(const QStringList& paths) {
    cancel_.store(false);
    std::vector<std::filesystem::path> files;
    for (const auto& p : paths) files.emplace_back(p.toStdString());
    ReadOptions options;
    options.progress = progressCallback();
    try {
        auto log = std::make_shared<const DesignLog>(read_logs(files, options));
        Q_EMIT loaded(std::move(log), paths);
    } catch (const Cancelled&) {
        Q_EMIT cancelled();
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

void LogLoader::loadDemo(const QString& cacheDir) {
    cancel_.store(false);
    try {
        const std::filesystem::path dir = cacheDir.toStdString();
        if (!std::filesystem::exists(dir / demo_log_file_name()))
            Q_EMIT stage(tr("Generating the demo log with the built-in simulator (first start only)…"));
        const auto path = ensure_demo_log(dir, {}, progressCallback());
        load({QString::fromStdString(path.string())});
    } catch (const Cancelled&) {
        Q_EMIT cancelled();
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

}  // namespace prime::ui
