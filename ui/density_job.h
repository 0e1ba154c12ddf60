// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Computes density rasters and their images off the GUI thread
// (QtConcurrent). Requests made while one is running are coalesced: only the
// newest runs next, so a fast pan never queues a backlog, and a result that
// is older than the newest request still arrives (the view keeps moving it
// with the axes until the fresh one replaces it).
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <memory>
#include <optional>

#include "data/design_log.h"
#include "explore/density.h"

namespace prime::ui {

struct DensityFrame {
    std::shared_ptr<const DesignLog> log;  // the log the rows refer to
    std::shared_ptr<const explore::DensityRaster> raster;
    QImage feasible, infeasible;
    quint64 generation = 0;  // the request it answers (newer = larger)
};

struct DensityRequest {
    std::shared_ptr<const DesignLog> log;
    explore::DensityQuery query;
    std::vector<int> layerColorIndex;  // per feasible layer: its application's colour index
    std::vector<int> bandSlots;        // reason slots shown in the infeasible band, bottom first
    bool singleApp = false;
};

class DensityJob : public QObject {
    Q_OBJECT
public:
    explicit DensityJob(QObject* parent = nullptr);
    ~DensityJob() override;
    void request(DensityRequest request);
    bool busy() const { return running_ || pending_.has_value(); }
    quint64 latestGeneration() const { return generation_; }

Q_SIGNALS:
    void ready(const prime::ui::DensityFrame& frame);
    void failed(const QString& message);

private:
    void start(DensityRequest request);
    void onFinished();

    QFutureWatcher<DensityFrame> watcher_;
    std::optional<DensityRequest> pending_;
    bool running_ = false;
    quint64 generation_ = 0;
};

}  // namespace prime::ui

Q_DECLARE_METATYPE(prime::ui::DensityFrame)
