#pragma once
// Loads design logs on a worker thread. Lives in a QThread owned by the main
// window; results travel back through queued signals as value types. Each
// load gets its own JobControl, created by the main window when the load is
// requested, so a Cancel pressed while the load is still queued is honoured.
#include <QObject>
#include <QStringList>
#include <map>
#include <memory>
#include <vector>

#include "data/column_roles.h"
#include "data/design_log.h"
#include "util/job_control.h"

namespace prime::ui {

// Column roles per file (header -> role), from the column-mapping dialog; empty = detect.
using LogRoles = std::vector<std::map<std::string, prime::ColumnRole>>;

class LogLoader : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    void load(const QStringList& paths, std::shared_ptr<prime::JobControl> job, prime::ui::LogRoles roles = {});
    // Generates the built-in demo log into `cacheDir` on first use, then loads it.
    void loadDemo(const QString& cacheDir, std::shared_ptr<prime::JobControl> job);

Q_SIGNALS:
    void progress(int percent);
    void stage(const QString& text);  // what the worker is doing now
    // The log is handed over through a shared_ptr so the signal copies a pointer, not millions of rows.
    void loaded(std::shared_ptr<const prime::DesignLog> log, const QStringList& paths);
    void failed(const QString& message);
    void cancelled();

private:
    // Routes the job's units progress to progress(percent) (the job throttles it).
    void reportPercent(JobControl& job);
    void read(const QStringList& paths, JobControl& job, const LogRoles& roles);
};

}  // namespace prime::ui
