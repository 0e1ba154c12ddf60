// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget_controller.h"

#include <QDoubleSpinBox>
#include <QSignalBlocker>

#include <QUndoCommand>
#include <QUndoStack>
#include <cmath>

namespace prime::ui {

namespace {
bool same(const prime::AreaBudget& a, const prime::AreaBudget& b) {
    const bool limits = a.limit_mm2 == b.limit_mm2 || (!a.finite() && !b.finite());
    return limits && a.area_model == b.area_model && a.training_pool == b.training_pool &&
           a.negatives_within_budget == b.negatives_within_budget;
}
}  // namespace

class BudgetCommand : public QUndoCommand {
public:
    BudgetCommand(BudgetController* c, prime::AreaBudget before, prime::AreaBudget after, bool mergeable)
        : c_(c), before_(before), after_(after), mergeable_(mergeable) {
        setText(after.finite() ? BudgetController::tr("Area budget %1 mm²").arg(after.limit_mm2, 0, 'f', 2)
                               : BudgetController::tr("No area budget"));
    }
    void undo() override { c_->apply(before_); }
    void redo() override { c_->apply(after_); }
    int id() const override { return 0x0b0d; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* o = static_cast<const BudgetCommand*>(other);
        if (!o->mergeable_ || o->c_ != c_) return false;
        after_ = o->after_;
        setText(o->text());
        return true;
    }

private:
    BudgetController* c_;
    prime::AreaBudget before_, after_;
    bool mergeable_;
};

BudgetController::BudgetController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<prime::AreaBudget>();
}

void BudgetController::apply(const prime::AreaBudget& b) {
    if (same(b, budget_)) return;
    budget_ = b;
    Q_EMIT budgetChanged(budget_);
}

void BudgetController::setBudget(const prime::AreaBudget& b) {
    if (std::isnan(b.limit_mm2) || b.limit_mm2 <= 0 || same(b, budget_)) return;
    if (undo_) undo_->push(new BudgetCommand(this, budget_, b, false));
    else apply(b);
}

void BudgetController::setLimitMm2(double limit, bool merge) {
    if (std::isnan(limit) || limit <= 0) return;
    prime::AreaBudget b = budget_;
    b.limit_mm2 = limit;
    if (same(b, budget_)) return;
    if (undo_) undo_->push(new BudgetCommand(this, budget_, b, merge));
    else apply(b);
}

void BudgetController::bind(QDoubleSpinBox* box) {
    auto show = [box](const AreaBudget& b) {
        const QSignalBlocker block(box);
        box->setValue(b.finite() ? b.limit_mm2 : 0.0);
    };
    show(budget_);
    connect(this, &BudgetController::budgetChanged, box, show);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (v > 0) setLimitMm2(v, true);
        else clearLimit();
    });
}

}  // namespace prime::ui
