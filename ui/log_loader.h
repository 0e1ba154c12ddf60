#pragma once
// Loads design logs on a worker thread. Lives in a QThread owned by the main
// window; results travel back through queued signals as value types.
#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

#include "data/design_log.h"

namespace prime::ui {

class LogLoader : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Thread-safe: read by the worker between blocks.
    void requestCancel() { cancel_.store(true); }

public Q_SLOTS:
    void load(const QStringList& paths);
    // Generates the built-in demo log into `cacheDir` on first use, then loads it.
    void loadDemo(const QString& cacheDir);

Q_SIGNALS:
    void progress(int percent);
    void stage(const QString& text);  // what the worker is doing now
    // The log is handed over through a shared_ptr so the signal copies a pointer, not millions of rows.
    void loaded(std::shared_ptr<const prime::DesignLog> log, const QStringList& paths);
    void failed(const QString& message);
    void cancelled();

private:
    // A progress callback for core readers: throttled to ~20 signals a second,
    // returns false once cancel was requested.
    std::function<bool(std::uint64_t, std::uint64_t)> progressCallback();
    std::atomic<bool> cancel_{false};
};

}  // namespace prime::ui
