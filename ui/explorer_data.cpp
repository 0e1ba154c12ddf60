// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"
#include "explorer_data.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace prime::ui {

void ExplorerDataBuilder::build(std::shared_ptr<const DesignLog> log) {
    current_ = log;
    using IndexPtr = std::shared_ptr<const explore::BudgetIndex>;
    auto* ov = new QFutureWatcher<explore::LogOverview>(this);
    connect(ov, &QFutureWatcher<explore::LogOverview>::finished, this, [this, ov, log] {
        ov->deleteLater();
        if (log != current_) return;
        // Receivers of overviewReady queue the first density raster; the index
        // (a sort of every feasible design) is queued only after it, so the
        // one-thread explorer pool draws the log before it sorts it.
        Q_EMIT overviewReady(log, ov->result());
        auto* ix = new QFutureWatcher<IndexPtr>(this);
        connect(ix, &QFutureWatcher<IndexPtr>::finished, this, [this, ix, log] {
            if (log == current_) Q_EMIT indexReady(log, ix->result());
            ix->deleteLater();
        });
        ix->setFuture(runInBackground([log]() -> IndexPtr { return std::make_shared<const explore::BudgetIndex>(*log); },
                                      JobPriority::Index));
    });
    ov->setFuture(runInBackground([log] { return explore::overview(*log); }, JobPriority::Overview));
}

}  // namespace prime::ui
