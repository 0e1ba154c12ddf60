#pragma once
// Loads design logs on a worker thread. Lives in a QThread owned by the main
// window; results travel back through queued signals as value types.
#include <QObject>
#include <QStringList>
#include <atomic>
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

Q_SIGNALS:
    void progress(int percent);
    // The log is handed over through a shared_ptr so the signal copies a pointer, not millions of rows.
    void loaded(std::shared_ptr<const prime::DesignLog> log, const QStringList& paths);
    void failed(const QString& message);
    void cancelled();

private:
    std::atomic<bool> cancel_{false};
};

}  // namespace prime::ui
