// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_plot.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "app_palette.h"
#include "density_image.h"
#include "explore/point_density.h"
#include "raster_item.h"

namespace prime::ui {

namespace {

QVector<QCPGraphData> points(const std::vector<double>& area, const std::vector<double>& latency) {
    QVector<QCPGraphData> out;
    out.reserve(static_cast<int>(area.size()));
    for (std::size_t i = 0; i < area.size() && i < latency.size(); ++i)
        if (std::isfinite(area[i]) && std::isfinite(latency[i]) && latency[i] > 0 && area[i] > 0)
            out.append(QCPGraphData(area[i], latency[i]));
    return out;
}

}  // namespace

SearchPlot::SearchPlot(QWidget* parent) : QCustomPlot(parent) {
    setObjectName("searchPlot");
    xAxis->setLabel(tr("Area (mm²)"));
    yAxis->setLabel(tr("Predicted latency (ms, log scale)"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);
    setNotAntialiasedElements(QCP::aePlottables);
    setPlottingHint(QCP::phCacheLabels, true);

    density_ = new RasterItem(this);
    density_->setClipToAxisRect(true);
    log_ = addGraph();
    log_->setName(tr("Logged designs"));
    log_->setLineStyle(QCPGraph::lsNone);
    log_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(175, 175, 175), 3));
    log_->setAdaptiveSampling(true);
    // The density layer follows pans, zooms and resizes: re-binned after the
    // layout of a replot whose ranges or size changed, before it draws (a few
    // thousand to ~10^5 points: well under a millisecond to bin).
    connect(this, &QCustomPlot::afterLayout, this, &SearchPlot::updateBackground);
    for (int i = 0; i < kAges; ++i) {
        ages_[static_cast<std::size_t>(i)] = addGraph();
        ages_[static_cast<std::size_t>(i)]->setLineStyle(QCPGraph::lsNone);
        ages_[static_cast<std::size_t>(i)]->removeFromLegend();
    }
    ages_[0]->addToLegend();
    ages_[0]->setName(tr("Population (dark = newest)"));
    verified_ = addGraph();
    verified_->setName(tr("Verified (simulator)"));
    verified_->setLineStyle(QCPGraph::lsNone);
    verified_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(QColor(0, 140, 60), 2), QBrush(), 9));
    best_ = addGraph();
    best_->setName(tr("Best so far"));
    best_->setLineStyle(QCPGraph::lsNone);
    best_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(QColor(20, 20, 20), 2), QBrush(), 16));

    budget_ = new QCPItemStraightLine(this);
    budget_->setPen(QPen(QColor(210, 40, 40), 2, Qt::DashLine));
    budget_->setVisible(false);

    legend->setVisible(true);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    setToolTip(tr("Shaded: logged designs (denser = darker) · red discs: the population, dark = newest generation · star: best so far · "
                  "green crosses: verified by the simulator · dashed red line: the area budget"));
    recolour();
}

void SearchPlot::recolour() {
    // Newest generation dark red, older ones fading to light orange: the eye
    // follows where the population is going.
    for (int age = 0; age < kAges; ++age) {
        const int i = ((newest_ - age) % kAges + kAges) % kAges;
        const double t = static_cast<double>(age) / (kAges - 1);
        const QColor c(static_cast<int>(150 + 100 * t), static_cast<int>(20 + 170 * t), static_cast<int>(30 + 120 * t),
                       static_cast<int>(230 - 130 * t));
        QCPGraph* g = ages_[static_cast<std::size_t>(i)];
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, age == 0 ? 5 : 4));
    }
}

void SearchPlot::setBackground(const std::vector<double>& area, const std::vector<double>& latency, double budget_mm2,
                               int colorIndex) {
    QVector<QCPGraphData> p = points(area, latency);
    std::sort(p.begin(), p.end(), [](const QCPGraphData& a, const QCPGraphData& b) { return a.key < b.key; });
    bgArea_.clear();
    bgLatency_.clear();
    for (const auto& d : p) bgArea_.push_back(d.key), bgLatency_.push_back(d.value);
    bgColor_ = colorIndex;
    bgKey_.clear();
    // Markers in the explorer's colour, half transparent: the population stays the figure, the log the ground.
    QColor marker = colorIndex >= 0 ? appColor(colorIndex) : singleAppColor();
    marker.setAlpha(110);
    log_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, marker, marker, 3));
    log_->data()->set(p, true);
    clearSearch();
    budgetValue_ = budget_mm2;
    budget_->setVisible(std::isfinite(budget_mm2));
    if (std::isfinite(budget_mm2)) {
        budget_->point1->setCoords(budget_mm2, 1);
        budget_->point2->setCoords(budget_mm2, 2);
    }
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (const auto& d : p) lo = std::min(lo, d.key), hi = std::max(hi, d.key);
    if (std::isfinite(budget_mm2)) lo = std::min(lo, budget_mm2), hi = std::max(hi, budget_mm2);
    // Area spans decades over the full space: a log axis keeps budget-sized designs readable.
    const bool logArea = lo > 0 && hi / lo > 100;
    xAxis->setScaleType(logArea ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    xAxis->setTicker(logArea ? QSharedPointer<QCPAxisTicker>(QSharedPointer<QCPAxisTickerLog>::create())
                             : QSharedPointer<QCPAxisTicker>::create());
    xAxis->setLabel(logArea ? tr("Area (mm², log scale)") : tr("Area (mm²)"));
    if (!p.isEmpty()) {
        rescaleAxes();
        // A search lives under its budget: show the budget's neighbourhood
        // (up to 4x it) rather than the whole log; zooming out shows the rest.
        const double right = std::isfinite(budget_mm2) ? std::min(hi, 4 * budget_mm2) : hi;
        if (logArea) xAxis->setRange(lo / 1.2, right * 1.2);
        else xAxis->setRange(lo - 0.05 * (right - lo), right + 0.05 * (right - lo));
        const QCPRange y = yAxis->range();
        if (y.lower > 0) yAxis->setRange(y.lower / 2, y.upper * 1.3);  // room below: the search beats the log
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void SearchPlot::clearSearch() {
    for (auto* g : ages_) g->data()->clear();
    newest_ = -1;
    best_->data()->clear();
    verified_->data()->clear();
    recolour();
    replot(QCustomPlot::rpQueuedReplot);
}

void SearchPlot::addGeneration(const std::vector<double>& area, const std::vector<double>& latency) {
    newest_ = (newest_ + 1) % kAges;
    ages_[static_cast<std::size_t>(newest_)]->data()->set(points(area, latency), false);
    recolour();
    // Keep the newest generation visible: widen the latency range when the
    // search goes below what the log reaches (it is meant to).
    bool found = false;
    const QCPRange r = ages_[static_cast<std::size_t>(newest_)]->getValueRange(found);
    if (found && r.lower > 0 && r.lower < yAxis->range().lower) yAxis->setRangeLower(r.lower / 1.5);
    replot(QCustomPlot::rpQueuedReplot);
}

void SearchPlot::setBest(double area, double latency) {
    best_->data()->clear();
    if (std::isfinite(area) && std::isfinite(latency) && latency > 0) best_->addData(area, latency);
    replot(QCustomPlot::rpQueuedReplot);
}

void SearchPlot::setVerified(const std::vector<double>& area, const std::vector<double>& latency) {
    verified_->data()->set(points(area, latency), false);
    replot(QCustomPlot::rpQueuedReplot);
}

int SearchPlot::populationPointCount() const {
    int n = 0;
    for (auto* g : ages_) n += g->dataCount();
    return n;
}
int SearchPlot::verifiedPointCount() const { return verified_->dataCount(); }
int SearchPlot::backgroundPointCount() const { return static_cast<int>(bgArea_.size()); }
bool SearchPlot::backgroundIsDensity() const { return density_->visible(); }

void SearchPlot::updateBackground() {
    const QRect rect = axisRect()->rect();
    const QCPRange x = xAxis->range(), y = yAxis->range();
    const bool logX = xAxis->scaleType() == QCPAxis::stLogarithmic;
    const QString key = QStringLiteral("%1 %2 %3 %4 %5x%6 %7")
                            .arg(x.lower).arg(x.upper).arg(y.lower).arg(y.upper)
                            .arg(rect.width()).arg(rect.height()).arg(logX);
    if (key == bgKey_) return;
    bgKey_ = key;
    int visible = 0;
    for (std::size_t i = 0; i < bgArea_.size() && visible <= kMarkerLimit; ++i)
        visible += x.contains(bgArea_[i]) && y.contains(bgLatency_[i]);
    const bool density = visible > kMarkerLimit && rect.width() > 8 && rect.height() > 8 && y.lower > 0 &&
                         (!logX || x.lower > 0);
    log_->setVisible(!density);
    density_->setVisible(density);
    if (!density) return;
    const explore::AxisBins bx{x.lower, x.upper, std::max(1, rect.width() / 2), logX};
    const explore::AxisBins by{y.lower, y.upper, std::max(1, rect.height() / 2), true};
    const explore::DensityRaster r = explore::point_density(bgArea_, bgLatency_, bx, by);
    density_->setImage(bgColor_ >= 0 ? renderFeasibleDensity(r, {bgColor_}, false) : renderFeasibleDensity(r, {}, true));
    density_->topLeft->setCoords(x.lower, y.upper);
    density_->bottomRight->setCoords(x.upper, y.lower);
}
bool SearchPlot::hasBest() const { return best_->dataCount() > 0; }
double SearchPlot::budgetLine() const { return budget_->visible() ? budgetValue_ : std::nan(""); }

}  // namespace prime::ui

namespace prime::ui {

void SearchPlot::resizeEvent(QResizeEvent* event) {
    // In a small window the legend would cover the population: hide it there
    // (the colours are explained in the tooltip and docs/search.md).
    legend->setVisible(width() >= 480 && height() >= 300);
    // The axis title must fit the axis: a short one on a short plot.
    yAxis->setLabel(height() < 260 ? tr("ms, predicted") : tr("Predicted latency (ms, log scale)"));
    QCustomPlot::resizeEvent(event);
}

}  // namespace prime::ui
