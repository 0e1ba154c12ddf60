// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every explorer view shares: the loaded log, its budget index (Pareto
// fronts and sorted areas per application, built off the GUI thread), the
// application shown (one, or all), and the selected designs. Views read it
// and listen to its signals; nothing here copies rows.
#include <QObject>
#include <QStringList>
#include <memory>

class QUndoStack;

#include "data/design_log.h"
#include "explore/app_mask.h"
#include "explore/budget_index.h"
#include "explore/log_overview.h"

namespace prime::ui {

using SelectionPtr = std::shared_ptr<const prime::Selection>;

class ExplorerState : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    std::shared_ptr<const DesignLog> log() const { return log_; }
    // Null until the background build finishes (fronts and budget answers wait for it).
    std::shared_ptr<const explore::BudgetIndex> index() const { return index_; }
    const explore::LogOverview& overview() const { return overview_; }
    // -1 = every application (each in its own colour), else an application id.
    int app() const { return app_; }
    explore::AppMask appMask() const;
    // Feasible designs with a latency among the shown applications.
    std::uint64_t feasibleShown() const;
    SelectionPtr selection() const { return selection_; }
    // "Application name" of a row, and a rich-text description with units.
    QString appName(int app) const;
    QString describeRow(RowIndex row) const;
    // Parameter value with its unit, e.g. "64 KiB" stays "65536 bytes": no guessing.
    QString parameterText(std::size_t parameter, RowIndex row) const;
    // Selections become undo steps on this stack (none: not undoable).
    // A new log starts a new history: the stack is cleared, its rows belong to the old log.
    void setUndoStack(QUndoStack* undo) { undo_ = undo; }

public Q_SLOTS:
    // Both computed off the GUI thread by the caller (explorer_data.h).
    void setLog(std::shared_ptr<const prime::DesignLog> log, prime::explore::LogOverview overview);
    void setIndex(std::shared_ptr<const prime::explore::BudgetIndex> index);
    void setApp(int app);
    void setSelection(prime::ui::SelectionPtr rows);
    void clearSelection() { setSelection(std::make_shared<const prime::Selection>()); }

Q_SIGNALS:
    void logChanged();
    void indexChanged();
    void appChanged(int app);
    void selectionChanged();

private:
    std::shared_ptr<const DesignLog> log_;
    std::shared_ptr<const explore::BudgetIndex> index_;
    explore::LogOverview overview_;
    int app_ = -1;
    SelectionPtr selection_ = std::make_shared<const prime::Selection>();
    QUndoStack* undo_ = nullptr;
    bool applyingUndo_ = false;
    void applySelection(SelectionPtr rows);
};

}  // namespace prime::ui

Q_DECLARE_METATYPE(prime::ui::SelectionPtr)
