// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The area budget, one value for the whole application. The budget line of
// the design-space plot, the toolbar's spin box, the table filter, and (bound
// by the main window) training and search all read and write this object, so
// they can never disagree. Changes go through an undo stack when one is set;
// a drag of the budget line becomes one undo step, not hundreds.
#include <QObject>

#include "session/area_budget.h"

class QDoubleSpinBox;
class QUndoStack;

namespace prime::ui {

class BudgetController : public QObject {
    Q_OBJECT
public:
    explicit BudgetController(QObject* parent = nullptr);

    const prime::AreaBudget& budget() const { return budget_; }
    double limitMm2() const { return budget_.limit_mm2; }
    void setUndoStack(QUndoStack* stack) { undo_ = stack; }
    QUndoStack* undoStack() const { return undo_; }
    // Keeps a panel's budget box and this budget one value, both ways (0 in
    // the box = no budget). Training and search panels bind theirs here.
    void bind(QDoubleSpinBox* box);

public Q_SLOTS:
    // Sets the whole budget (one undo step). Invalid budgets (limit <= 0) are ignored.
    void setBudget(const prime::AreaBudget& budget);
    // Sets only the limit. `merge`: fold into the previous limit change (a
    // drag in progress), so undo returns to where the drag started.
    void setLimitMm2(double limit_mm2, bool merge = false);
    // No budget (+inf).
    void clearLimit() { setLimitMm2(std::numeric_limits<double>::infinity()); }

Q_SIGNALS:
    void budgetChanged(const prime::AreaBudget& budget);

private:
    friend class BudgetCommand;
    void apply(const prime::AreaBudget& budget);  // no undo entry; emits when it changes

    prime::AreaBudget budget_;
    QUndoStack* undo_ = nullptr;
};

}  // namespace prime::ui

Q_DECLARE_METATYPE(prime::AreaBudget)
