// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The feasibility map: for two chosen parameters, a heatmap over their value
// grid of the feasible fraction of the logged designs (or, switched, the best
// feasible latency within the area budget), and for each of the two
// parameters a histogram of feasible designs and infeasible ones stacked by
// reason. Grids are computed by core/explore on a pool thread. Clicking a
// cell selects its designs.
#include <QWidget>
#include <memory>
#include <optional>

#include "explore/feasibility_grid.h"

class QComboBox;
class QLabel;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;

namespace prime::ui {

class BudgetController;
class ExplorerState;

class FeasibilityView : public QWidget {
    Q_OBJECT
public:
    FeasibilityView(ExplorerState* state, BudgetController* budget, QWidget* parent = nullptr);
    // The grid drawn now (null before the first result).
    const explore::FeasibilityGrid* grid() const { return result_ ? &result_->grid : nullptr; }
    const explore::ParameterHistogram* histogram(int axis) const {
        return result_ ? (axis == 0 ? &result_->x : &result_->y) : nullptr;
    }
    // 0: feasible fraction, 1: best in-budget latency.
    void setMode(int mode);
    void setParameters(int x, int y);
    // The value drawn in a cell (fraction or latency; NaN = empty).
    double cellValue(std::size_t ix, std::size_t iy) const;

Q_SIGNALS:
    void updated();

public Q_SLOTS:
    void recompute();

private:
    struct Result {
        explore::FeasibilityGrid grid;
        explore::ParameterHistogram x, y;
    };
    void draw();
    void drawHistogram(QCustomPlot* plot, const explore::ParameterHistogram& h, bool legend);
    void onLogChanged();

    ExplorerState* state_;
    BudgetController* budget_;
    QComboBox* paramX_ = nullptr;
    QComboBox* paramY_ = nullptr;
    QComboBox* mode_ = nullptr;
    QCustomPlot* map_ = nullptr;
    QCPColorMap* colorMap_ = nullptr;
    QCPColorScale* scale_ = nullptr;
    QCustomPlot* histX_ = nullptr;
    QCustomPlot* histY_ = nullptr;
    QLabel* histLegend_ = nullptr;
    std::shared_ptr<const Result> result_;
    quint64 generation_ = 0;
    bool running_ = false, again_ = false;  // one computation at a time, the newest next
};

}  // namespace prime::ui
