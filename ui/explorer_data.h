// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Background preparation of a loaded log for the explorer: first the quick
// overview (extents and counts, so the plot can draw at once), then the
// budget index (Pareto fronts and sorted areas, a sort of every feasible
// design). Both run on QtConcurrent's pool and report on the GUI thread.
#include <QObject>
#include <QPointer>
#include <memory>

#include "data/design_log.h"
#include "explore/budget_index.h"
#include "explore/log_overview.h"

namespace prime::ui {

class ExplorerDataBuilder : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Starts the overview, then the index; results for an older log are dropped.
    void build(std::shared_ptr<const prime::DesignLog> log);

Q_SIGNALS:
    void overviewReady(std::shared_ptr<const prime::DesignLog> log, const prime::explore::LogOverview& overview);
    void indexReady(std::shared_ptr<const prime::DesignLog> log, std::shared_ptr<const prime::explore::BudgetIndex> index);

private:
    std::shared_ptr<const prime::DesignLog> current_;
};

}  // namespace prime::ui

Q_DECLARE_METATYPE(prime::explore::LogOverview)
Q_DECLARE_METATYPE(std::shared_ptr<const prime::explore::BudgetIndex>)
