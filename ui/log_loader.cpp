#include "log_loader.h"

#include "data/log_io.h"
#include "session/app_contexts.h"
#include "sim/demo_log.h"
#include "util/errors.h"

namespace prime::ui {

void LogLoader::reportPercent(JobControl& job) {
    job.set_units_sink([this](std::uint64_t done, std::uint64_t total) {
        Q_EMIT progress(total ? static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total)) : 0);
    });
}

void LogLoader::read(const QStringList& paths, JobControl& job, const LogRoles& roles) {
    ReadOptions options;
    options.job = &job;
    options.canonical_app = canonical_app_name;  // as prime-cli: one name per workload
    // Each file with its own mapping, joined as read_logs joins files.
    DesignLog log;
    for (int i = 0; i < paths.size(); ++i) {
        options.roles = static_cast<std::size_t>(i) < roles.size() ? roles[static_cast<std::size_t>(i)] : std::map<std::string, ColumnRole>{};
        DesignLog next = read_logs({paths[i].toStdString()}, options);
        if (i == 0) log = std::move(next);
        else log.append(next);
    }
    Q_EMIT loaded(std::make_shared<const DesignLog>(std::move(log)), paths);
}

void LogLoader::load(const QStringList& paths, std::shared_ptr<JobControl> job, LogRoles roles) {
    job->start();
    try {
        job->throw_if_cancelled();  // pressed while the load was queued
        reportPercent(*job);
        read(paths, *job, roles);
    } catch (const Cancelled&) {
        Q_EMIT cancelled();
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

void LogLoader::loadDemo(const QString& cacheDir, std::shared_ptr<JobControl> job) {
    job->start();
    try {
        job->throw_if_cancelled();
        reportPercent(*job);
        const std::filesystem::path dir = cacheDir.toStdString();
        if (!std::filesystem::exists(dir / demo_log_file_name()))
            Q_EMIT stage(tr("Generating the demo log with the built-in simulator (first start only)…"));
        const auto path = ensure_demo_log(dir, {}, job.get());
        read({QString::fromStdString(path.string())}, *job, {});
    } catch (const Cancelled&) {
        Q_EMIT cancelled();
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

}  // namespace prime::ui
