// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"
#include "density_job.h"

#include <QtConcurrent/QtConcurrentRun>

#include "density_image.h"

namespace prime::ui {

DensityJob::DensityJob(QObject* parent) : QObject(parent) {
    qRegisterMetaType<prime::ui::DensityFrame>();
    connect(&watcher_, &QFutureWatcher<DensityFrame>::finished, this, &DensityJob::onFinished);
}

DensityJob::~DensityJob() { watcher_.waitForFinished(); }

void DensityJob::request(DensityRequest r) {
    if (running_) {
        pending_ = std::move(r);
        return;
    }
    start(std::move(r));
}

void DensityJob::start(DensityRequest r) {
    running_ = true;
    const quint64 generation = ++generation_;
    watcher_.setFuture(runInBackground([r = std::move(r), generation]() -> DensityFrame {
        DensityFrame f;
        f.generation = generation;
        f.log = r.log;
        try {
            auto raster = std::make_shared<explore::DensityRaster>(explore::compute_density(*r.log, r.query));
            f.feasible = renderFeasibleDensity(*raster, r.layerColorIndex, r.singleApp);
            f.infeasible = renderInfeasibleBand(*raster, r.bandSlots);
            f.raster = std::move(raster);
        } catch (const std::exception&) {
            // An invalid range (a degenerate zoom) yields no frame; the view keeps the last one.
        }
        return f;
    }, JobPriority::Density));
}

void DensityJob::onFinished() {
    running_ = false;
    DensityFrame f = watcher_.result();
    if (pending_) {
        DensityRequest next = std::move(*pending_);
        pending_.reset();
        start(std::move(next));
    }
    if (f.raster) Q_EMIT ready(f);
}

}  // namespace prime::ui
