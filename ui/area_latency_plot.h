// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The design-space view: area against latency for every logged design.
// Feasible designs are a density raster (one colour per application, or a
// ramp of one), recomputed off the GUI thread for the visible range after
// every pan or zoom and replaced by markers when few are visible. Infeasible
// designs have no latency: they sit in a band under the plot, by area only,
// coloured by reason. On top: the Pareto front of each shown application
// (solid within the area budget, faded over it), the best in-budget design of
// each, the draggable budget line, the selection and the hovered design.
//
// Mouse: drag pans, wheel zooms, double-click or Home resets, drag the budget
// line to move the budget, click selects a design, Shift+drag selects a rectangle.
#include <memory>
#include <optional>

#include "qcustomplot.h"

#include "data/design_log.h"
#include "density_job.h"

namespace prime::ui {

class BudgetController;
class ExplorerState;

class AreaLatencyPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit AreaLatencyPlot(QWidget* parent = nullptr);
    ~AreaLatencyPlot() override;
    // The shared state and budget this view shows and edits (owned elsewhere).
    void attach(ExplorerState* state, BudgetController* budget);

    // Feasible designs with a latency among the shown applications.
    int feasiblePointCount() const;
    // Pareto-front points of the shown applications (whole fronts).
    int paretoPointCount() const;
    // Front rows of one application as drawn (within the budget, and all).
    Selection frontInBudget(int app) const;
    // Best in-budget design of an application as marked on the plot.
    std::optional<RowIndex> markedBest(int app) const;
    // True when the current frame draws individual markers instead of density.
    bool markerMode() const { return frame_.raster && frame_.raster->markers; }
    int markerCount() const;
    bool frameIsCurrent() const;  // the last frame answers the newest request
    // The design nearest to a widget position (within a few pixels), if any.
    std::optional<RowIndex> rowAt(const QPoint& pos) const;
    // Where a design is drawn, in widget pixels (feasible: main plot, else the band).
    QPointF pixelOf(RowIndex row) const;
    std::optional<RowIndex> hoveredRow() const { return hovered_; }
    QString hoverText() const { return hoverText_; }
    QCPAxisRect* bandRect() const { return band_; }

public Q_SLOTS:
    void resetZoom();
    // The user's choice of a log or linear area axis (kept across logs).
    void setLogArea(bool on);

Q_SIGNALS:
    void frameShown();  // a density or marker frame was drawn
    void hovered(qint64 row);  // -1: nothing under the mouse
    void statusMessage(const QString& text);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void applyLogArea(bool on);
    void rebuildForLog();
    void rebuildForApp();
    void requestDensity();
    void onFrame(const DensityFrame& frame);
    void updateBudget();
    void updateFronts();
    void updateSelection();
    void updateLabels();
    void updateLegendWrap();
    void setHovered(std::optional<RowIndex> row, const QPoint& globalPos);
    void selectRect(const QRect& rect);
    std::vector<int> shownApps() const;
    double bandY(RowIndex row) const;  // band coordinate of an infeasible design
    bool nearBudgetLine(const QPoint& pos) const;
    bool inBand(const QPoint& pos) const;

    ExplorerState* state_ = nullptr;
    BudgetController* budget_ = nullptr;
    DensityJob job_;
    DensityFrame frame_;
    quint64 shownGeneration_ = 0;

    QCPAxisRect* band_ = nullptr;
    class RasterItem* feasibleImage_ = nullptr;
    class RasterItem* bandImage_ = nullptr;
    QCPItemText* bandNote_ = nullptr;
    QCPItemStraightLine* budgetLine_ = nullptr;
    QCPItemStraightLine* budgetLineBand_ = nullptr;
    QCPItemText* budgetText_ = nullptr;
    QCPGraph* budgetLegend_ = nullptr;
    QCPGraph* bestLegend_ = nullptr;
    QCPGraph* selection_ = nullptr;
    QCPGraph* selectionBand_ = nullptr;
    QCPGraph* hoverMark_ = nullptr;
    QCPGraph* hoverMarkBand_ = nullptr;
    // Per application (index = app id):
    std::vector<QCPGraph*> markers_, frontAll_, frontIn_, best_;
    std::vector<QCPItemText*> bestText_;
    // Per band row: the reason slot drawn there, and its marker graph.
    std::vector<int> bandSlots_;
    std::vector<QCPGraph*> bandMarkers_;
    std::vector<int> slotRow_;  // slot -> band row (-1: not shown)

    bool logArea_ = false, logAreaForced_ = false;
public:
    bool logArea() const { return logArea_; }
private:
    bool draggingBudget_ = false, dragMoved_ = false;
    QPoint pressPos_;
    std::optional<RowIndex> hovered_;
    QString hoverText_;
};

}  // namespace prime::ui
