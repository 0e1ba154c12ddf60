// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"
#include "explorer_data.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace prime::ui {

void ExplorerDataBuilder::build(std::shared_ptr<const DesignLog> log) {
    current_ = log;
    auto* ov = new QFutureWatcher<explore::LogOverview>(this);
    connect(ov, &QFutureWatcher<explore::LogOverview>::finished, this, [this, ov, log] {
        if (log == current_) Q_EMIT overviewReady(log, ov->result());
        ov->deleteLater();
    });
    ov->setFuture(runInBackground([log] { return explore::overview(*log); }, JobPriority::Overview));
    using IndexPtr = std::shared_ptr<const explore::BudgetIndex>;
    auto* ix = new QFutureWatcher<IndexPtr>(this);
    connect(ix, &QFutureWatcher<IndexPtr>::finished, this, [this, ix, log] {
        if (log == current_) Q_EMIT indexReady(log, ix->result());
        ix->deleteLater();
    });
    ix->setFuture(runInBackground([log]() -> IndexPtr { return std::make_shared<const explore::BudgetIndex>(*log); }, JobPriority::Index));
}

}  // namespace prime::ui
