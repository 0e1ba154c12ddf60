#pragma once
// The live view of a search on the area-latency plane: the logged designs
// (their combined latency for the study's applications) drawn as the
// explorer draws a log, a density layer (markers when few are shown), the
// population of the last few reported generations coloured by age (dark =
// newest), the best design so far as a star, the area budget as a red line,
// and verified designs (simulator numbers) as crosses. Redraws are queued
// (rpQueuedReplot), so bursts of events cost one replot per event-loop pass.
#include <array>
#include <vector>

#include "qcustomplot.h"

class QTimer;

namespace prime::ui {

class RasterItem;

class SearchPlot : public QCustomPlot {
    Q_OBJECT
public:
    static constexpr int kAges = 8;  // reported generations kept on screen
    // Fewer visible logged designs than this are drawn as markers (as the explorer does).
    static constexpr int kMarkerLimit = 4000;

    explicit SearchPlot(QWidget* parent = nullptr);

    /// The logged designs to draw behind the search (area, combined latency)
    /// and the budget (+inf = none). `colorIndex`: the application's colour
    /// in the explorer for a one-application search; -1 (several
    /// applications combined) uses the explorer's one-layer ramp. Clears the
    /// search layers.
    void setBackground(const std::vector<double>& area, const std::vector<double>& latency, double budget_mm2,
                       int colorIndex = -1);
    /// One reported generation: the population's areas and predicted latencies.
    void addGeneration(const std::vector<double>& area, const std::vector<double>& latency);
    void setBest(double area, double latency);  // NaN hides the star
    void setVerified(const std::vector<double>& area, const std::vector<double>& latency);
    void clearSearch();

    int populationPointCount() const;  // over every age layer
    int verifiedPointCount() const;
    int backgroundPointCount() const;  // logged designs behind the search
    bool backgroundIsDensity() const;  // drawn as a density layer (else markers)
    bool hasBest() const;
    double budgetLine() const;         // NaN when no budget is drawn

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void recolour();
    // Re-bins the logged designs for the visible range and the plot's size
    // (2x2-pixel cells, as the explorer), or shows them as markers.
    void updateBackground();

    std::vector<double> bgArea_, bgLatency_;
    int bgColor_ = -1;
    QString bgKey_;  // ranges and size the background was drawn for
    RasterItem* density_ = nullptr;
    QCPGraph* log_ = nullptr;
    std::array<QCPGraph*, kAges> ages_{};
    int newest_ = -1;  // index into ages_ of the newest generation
    QCPGraph* best_ = nullptr;
    QCPGraph* verified_ = nullptr;
    QCPItemStraightLine* budget_ = nullptr;
    double budgetValue_ = 0;
};

}  // namespace prime::ui
