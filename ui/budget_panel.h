// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The budget dock: what the current area budget buys. Per shown application
// the best logged design within the budget (latency, area), how many feasible
// designs are in and over budget and how much of the Pareto front remains;
// below, the best logged latency against budget, with the budget marked.
// Clicking the chart moves the budget; clicking a row selects that design.
#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;
class QLabel;
class QTableWidget;

namespace prime::ui {

class BudgetController;
class ExplorerState;

class BudgetPanel : public QWidget {
    Q_OBJECT
public:
    BudgetPanel(ExplorerState* state, BudgetController* budget, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }
    QCustomPlot* chart() const { return chart_; }

private:
    void rebuildChart();
    void refresh();

    ExplorerState* state_;
    BudgetController* budget_;
    QLabel* summary_ = nullptr;
    QTableWidget* table_ = nullptr;
    QCustomPlot* chart_ = nullptr;
    QCPItemStraightLine* line_ = nullptr;
};

}  // namespace prime::ui
