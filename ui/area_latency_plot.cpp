// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"
#include "area_latency_plot.h"
#include "theme.h"

#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <limits>

#include "app_palette.h"
#include "budget_controller.h"
#include "explore/row_filter.h"
#include "explorer_state.h"
#include "raster_item.h"

namespace prime::ui {

namespace {
// Few enough designs to draw each one: discs stay cheap to draw (gui-anchors §5.2).
constexpr std::size_t kMarkerLimit = 4000;
// Selected designs drawn as rings; beyond this the table still lists them all.
constexpr int kSelectionDrawLimit = 20000;
constexpr int kHoverRadius = 4;  // raster cells (kCellPixels each)
// One raster cell covers 2x2 pixels: a lone design stays visible as a dot,
// and the raster costs a quarter of a per-pixel one.
constexpr int kCellPixels = 2;

QSharedPointer<QCPAxisTicker> tickerFor(bool log) {
    if (log) return QSharedPointer<QCPAxisTickerLog>::create();
    return QSharedPointer<QCPAxisTicker>::create();
}

QCPRange padded(double lo, double hi, bool log) {
    if (!(lo < hi)) {  // one value: open a small window around it
        lo = log ? lo / 2 : lo - 1;
        hi = log ? hi * 2 : hi + 1;
    }
    if (log) return {lo / 1.15, hi * 1.15};
    const double m = 0.04 * (hi - lo);
    return {lo - m, hi + m};
}
}  // namespace

AreaLatencyPlot::AreaLatencyPlot(QWidget* parent) : QCustomPlot(parent), job_(this) {
    setObjectName("areaLatencyPlot");
    // An explicit minimum: QCustomPlot's own hint follows its legend's columns,
    // which follow the width, and would ratchet the window ever wider.
    setMinimumSize(320, 260);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setNoAntialiasingOnDrag(true);
    setNotAntialiasedElements(QCP::aePlottables);
    setPlottingHint(QCP::phCacheLabels, true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));

    xAxis->setTickLabels(false);  // the band below carries the shared area axis and its label
    yAxis->setLabel(tr("Latency (ms, log scale)"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(tickerFor(true));
    axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);

    // The infeasible band: same area axis, one row per reason, no latency.
    band_ = new QCPAxisRect(this);
    plotLayout()->addElement(1, 0, band_);
    band_->setMinimumSize(QSize(0, 46));
    band_->setMaximumSize(QSize(QWIDGETSIZE_MAX, 46));
    band_->setRangeDrag(Qt::Horizontal);
    band_->setRangeZoom(Qt::Horizontal);
    band_->setRangeDragAxes(band_->axis(QCPAxis::atBottom), nullptr);
    band_->setRangeZoomAxes(band_->axis(QCPAxis::atBottom), nullptr);
    band_->axis(QCPAxis::atLeft)->setTicks(false);
    band_->axis(QCPAxis::atLeft)->setTickLabels(false);
    band_->axis(QCPAxis::atLeft)->setLabel(tr("Infeasible"));
    band_->axis(QCPAxis::atLeft)->setLabelFont(small);
    band_->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    band_->axis(QCPAxis::atBottom)->setLabel(tr("Area (mm²)"));
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    band_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    axisRect()->setMargins(QMargins(0, 0, 0, 2));
    band_->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    band_->setMargins(QMargins(0, 2, 0, 0));
    plotLayout()->setRowSpacing(0);
    // Keep the band's area axis equal to the main one in both directions.
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& r) {
        if (band_->axis(QCPAxis::atBottom)->range() != r) band_->axis(QCPAxis::atBottom)->setRange(r);
    });
    connect(band_->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange& r) {
                if (xAxis->range() != r) xAxis->setRange(r);
            });
    QCPAxis* bx = band_->axis(QCPAxis::atBottom);
    QCPAxis* by = band_->axis(QCPAxis::atLeft);

    // Images first, so every marker and line is drawn on top of them.
    feasibleImage_ = new RasterItem(this);
    feasibleImage_->setClipToAxisRect(true);
    bandImage_ = new RasterItem(this);
    bandImage_->setClipAxisRect(band_);
    for (auto* p : bandImage_->positions()) p->setAxes(bx, by), p->setAxisRect(band_);
    bandNote_ = new QCPItemText(this);
    bandNote_->setClipAxisRect(band_);
    bandNote_->position->setType(QCPItemPosition::ptAxisRectRatio);
    bandNote_->position->setAxisRect(band_);
    bandNote_->position->setCoords(0.005, 0.02);
    bandNote_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    bandNote_->setFont(small);
    bandNote_->setColor(QColor(90, 90, 90));
    bandNote_->setText(tr("Infeasible designs have no latency: placed by area only, one row per reason"));
    bandNote_->setSelectable(false);

    auto graphIn = [this](QCPAxisRect* rect) {
        return addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    };
    selection_ = graphIn(axisRect());
    selection_->setName(tr("Selection"));
    selection_->setLineStyle(QCPGraph::lsNone);
    selection_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.5), Qt::NoBrush, 9));
    selectionBand_ = graphIn(band_);
    selectionBand_->setLineStyle(QCPGraph::lsNone);
    selectionBand_->setScatterStyle(selection_->scatterStyle());
    hoverMark_ = graphIn(axisRect());
    hoverMark_->setLineStyle(QCPGraph::lsNone);
    hoverMark_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(20, 20, 20), 2), Qt::NoBrush, 14));
    hoverMarkBand_ = graphIn(band_);
    hoverMarkBand_->setLineStyle(QCPGraph::lsNone);
    hoverMarkBand_->setScatterStyle(hoverMark_->scatterStyle());

    const QPen budgetPen(QColor(200, 30, 30), 2, Qt::DashLine);
    budgetLine_ = new QCPItemStraightLine(this);
    budgetLine_->setPen(budgetPen);
    budgetLine_->setClipAxisRect(axisRect());
    budgetLineBand_ = new QCPItemStraightLine(this);
    budgetLineBand_->setPen(budgetPen);
    budgetLineBand_->setClipAxisRect(band_);
    for (auto* p : budgetLineBand_->positions()) p->setAxes(bx, by), p->setAxisRect(band_);
    budgetText_ = new QCPItemText(this);
    budgetText_->position->setTypeX(QCPItemPosition::ptPlotCoords);
    budgetText_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    budgetText_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    budgetText_->setColor(QColor(200, 30, 30));
    budgetText_->setFont(small);
    budgetText_->setPadding(QMargins(4, 2, 4, 2));
    budgetText_->setBrush(QColor(255, 255, 255, 210));

    // Legend below the plots, wrapping into rows, so it never hides designs.
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(2, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    plotLayout()->setRowStretchFactor(2, 0.001);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setFont(small);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 2, 4, 2));
    legend->setRowSpacing(1);
    legend->setColumnSpacing(8);
    legend->setIconSize(16, 14);  // 14 px: shorter items clip the underscores of reason names  // small icons: more entries per row in a small window
    legend->clearItems();
    budgetLegend_ = graphIn(axisRect());
    budgetLegend_->setName(tr("Area budget (drag the line)"));
    budgetLegend_->setPen(budgetPen);
    bestLegend_ = graphIn(axisRect());
    bestLegend_->setName(tr("Best in budget"));
    bestLegend_->setLineStyle(QCPGraph::lsNone);
    bestLegend_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(Qt::black, 2), Qt::NoBrush, 12));

    connect(&job_, &DensityJob::ready, this, &AreaLatencyPlot::onFrame);
    // Pixel positions are only known after QCustomPlot lays out a frame: place
    // the labels then, and ask for a raster of the new size when it changed.
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        updateLabels();
        const QRect r = axisRect()->rect();
        if (frame_.raster && (frame_.raster->area.bins != r.width() / kCellPixels || frame_.raster->latency.bins != r.height() / kCellPixels) &&
            !job_.busy())
            requestDensity();
    });
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { requestDensity(); updateLabels(); });
    connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { requestDensity(); updateLabels(); });
    selectionRect()->setPen(QPen(QColor(40, 40, 40), 1, Qt::DashLine));
    selectionRect()->setBrush(QColor(40, 40, 40, 30));
    connect(selectionRect(), &QCPSelectionRect::accepted, this, [this](const QRect& r, QMouseEvent*) { selectRect(r); });
    rebuildForLog();
}

AreaLatencyPlot::~AreaLatencyPlot() = default;

void AreaLatencyPlot::attach(ExplorerState* state, BudgetController* budget) {
    state_ = state;
    budget_ = budget;
    connect(state_, &ExplorerState::logChanged, this, [this] {
        rebuildForLog();
        resetZoom();
    });
    connect(state_, &ExplorerState::indexChanged, this, [this] {
        updateFronts();
        updateBudget();
        replot(rpQueuedReplot);
    });
    connect(state_, &ExplorerState::appChanged, this, [this] {
        rebuildForApp();
        resetZoom();
    });
    connect(state_, &ExplorerState::selectionChanged, this, &AreaLatencyPlot::updateSelection);
    connect(budget_, &BudgetController::budgetChanged, this, [this] {
        updateBudget();
        replot(rpQueuedReplot);
    });
    rebuildForLog();
}

std::vector<int> AreaLatencyPlot::shownApps() const {
    std::vector<int> apps;
    if (!state_ || !state_->log()) return apps;
    const int n = static_cast<int>(state_->log()->app_names().size());
    for (int a = 0; a < n; ++a)
        if (state_->app() < 0 || state_->app() == a) apps.push_back(a);
    return apps;
}

void AreaLatencyPlot::rebuildForLog() {
    // Drop the per-application and per-reason graphs of the previous log.
    for (auto* list : {&markers_, &frontAll_, &frontIn_, &best_, &bandMarkers_})
        for (QCPGraph* g : *list) removeGraph(g);
    markers_.clear(), frontAll_.clear(), frontIn_.clear(), best_.clear(), bandMarkers_.clear();
    for (auto* t : bestText_) removeItem(t);
    bestText_.clear();
    bandSlots_.clear();
    slotRow_.clear();
    frame_ = DensityFrame{};
    feasibleImage_->setVisible(false);
    bandImage_->setVisible(false);
    hovered_.reset();
    const auto log = state_ ? state_->log() : nullptr;
    if (!log) {
        rebuildForApp();
        return;
    }
    const int apps = static_cast<int>(log->app_names().size());
    for (int a = 0; a < apps; ++a) {
        const QColor c = appColor(a);
        QCPGraph* m = addGraph();
        m->setLineStyle(QCPGraph::lsNone);
        m->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, 5));
        markers_.push_back(m);
        QCPGraph* all = addGraph();
        all->setLineStyle(QCPGraph::lsStepLeft);
        QColor faded = c;
        faded.setAlpha(110);
        // Solid thin lines and square markers: dashes and circles go through
        // QPainter's stroker, which B8 found to be most of a replot's time.
        all->setPen(QPen(faded, 1));
        frontAll_.push_back(all);
        QCPGraph* in = addGraph();
        in->setLineStyle(QCPGraph::lsStepLeft);
        in->setPen(QPen(c.darker(130), 2));
        in->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(c.darker(130), 1), QBrush(Qt::white), 5));
        frontIn_.push_back(in);
        QCPGraph* b = addGraph();
        b->setLineStyle(QCPGraph::lsNone);
        b->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(c.darker(160), 2.5), Qt::NoBrush, 16));
        best_.push_back(b);
        auto* t = new QCPItemText(this);
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        t->setColor(c.darker(170));
        QFont f = font();
        f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
        f.setBold(true);
        t->setFont(f);
        t->setPadding(QMargins(3, 1, 3, 1));
        t->setBrush(QColor(255, 255, 255, 200));
        t->position->setType(QCPItemPosition::ptAbsolute);
        t->setClipToAxisRect(true);
        bestText_.push_back(t);
    }
    // Band rows: only reasons that occur in the log (slot 0 = unknown reason last resort).
    const auto all = state_->overview().combined({});
    const std::size_t reasonSlots = log->reason_names().size() + 1;
    slotRow_.assign(reasonSlots, -1);
    for (std::size_t s = 1; s < reasonSlots; ++s)
        if (s < all.infeasible_by_reason.size() && all.infeasible_by_reason[s]) bandSlots_.push_back(static_cast<int>(s));
    if (!all.infeasible_by_reason.empty() && all.infeasible_by_reason[0]) bandSlots_.push_back(0);
    for (std::size_t k = 0; k < bandSlots_.size(); ++k) {
        slotRow_[static_cast<std::size_t>(bandSlots_[k])] = static_cast<int>(k);
        QCPGraph* g = addGraph(band_->axis(QCPAxis::atBottom), band_->axis(QCPAxis::atLeft));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, reasonColor(bandSlots_[k]), reasonColor(bandSlots_[k]), 6));
        bandMarkers_.push_back(g);
    }
    const int rows = std::max<int>(1, static_cast<int>(bandSlots_.size()));
    const int bandHeight = std::clamp(22 + 9 * rows, 44, 96);  // a line for the note, 9 px per reason
    band_->setMinimumSize(QSize(0, bandHeight));
    band_->setMaximumSize(QSize(QWIDGETSIZE_MAX, bandHeight));
    band_->axis(QCPAxis::atLeft)->setRange(-0.5, rows - 0.5 + 14.0 / 9.0);  // headroom for the note
    // Area spans decades over a whole space; a log axis keeps budget-sized
    // designs readable next to huge ones.
    if (!logAreaForced_) {
        const double lo = all.area_min, hi = all.area_max;
        logArea_ = lo > 0 && std::isfinite(hi) && hi / lo > 100;
    }
    applyLogArea(logArea_);
    themePlot(this);  // the new graphs and labels in the theme's colours
    rebuildForApp();
}

void AreaLatencyPlot::rebuildForApp() {
    const auto log = state_ ? state_->log() : nullptr;
    const auto apps = shownApps();
    const bool single = state_ && state_->app() >= 0;
    legend->clearItems();
    for (std::size_t a = 0; a < markers_.size(); ++a) {
        const bool shown = std::find(apps.begin(), apps.end(), static_cast<int>(a)) != apps.end();
        for (auto* g : {markers_[a], frontAll_[a], frontIn_[a], best_[a]}) g->setVisible(shown);
        bestText_[a]->setVisible(shown);
        markers_[a]->data()->clear();
        if (shown) {
            frontIn_[a]->setName(single ? tr("Pareto front") + QStringLiteral(" · ") + state_->appName(static_cast<int>(a))
                                        : state_->appName(static_cast<int>(a)));
            frontIn_[a]->addToLegend();
        }
    }
    if (log) {
        budgetLegend_->addToLegend();
        bestLegend_->addToLegend();
        const auto counts = state_->overview().combined(state_->appMask());
        for (std::size_t k = 0; k < bandSlots_.size(); ++k) {
            const int s = bandSlots_[k];
            const QString name = s == 0 ? tr("unknown reason") : QString::fromStdString(log->reason_names()[static_cast<std::size_t>(s) - 1]);
            const auto n = static_cast<std::size_t>(s) < counts.infeasible_by_reason.size() ? counts.infeasible_by_reason[static_cast<std::size_t>(s)] : 0;
            bandMarkers_[k]->setName(tr("%1 (%L2)").arg(name).arg(static_cast<qulonglong>(n)));
            bandMarkers_[k]->data()->clear();
            bandMarkers_[k]->addToLegend();
        }
    }
    frame_ = DensityFrame{};
    feasibleImage_->setVisible(false);
    bandImage_->setVisible(false);
    updateFronts();
    updateBudget();
    updateSelection();
    updateLegendWrap();
    updateLegendWrap();  // the second pass sees the items laid out in the new columns
}

int AreaLatencyPlot::feasiblePointCount() const { return state_ ? static_cast<int>(state_->feasibleShown()) : 0; }

int AreaLatencyPlot::paretoPointCount() const {
    int n = 0;
    if (!state_ || !state_->index()) return 0;
    for (int a : shownApps()) n += static_cast<int>(state_->index()->front(static_cast<AppId>(a)).size());
    return n;
}

Selection AreaLatencyPlot::frontInBudget(int app) const {
    if (!state_ || !state_->index() || app < 0 || app >= static_cast<int>(frontIn_.size()) || !frontIn_[app]->visible()) return {};
    const Selection& front = state_->index()->front(static_cast<AppId>(app));
    const auto n = static_cast<std::size_t>(frontIn_[static_cast<std::size_t>(app)]->dataCount());
    return Selection(front.begin(), front.begin() + static_cast<long>(std::min(n, front.size())));
}

std::optional<RowIndex> AreaLatencyPlot::markedBest(int app) const {
    if (!state_ || !state_->index() || app < 0 || app >= static_cast<int>(best_.size())) return std::nullopt;
    if (!best_[static_cast<std::size_t>(app)]->visible() || best_[static_cast<std::size_t>(app)]->dataCount() == 0) return std::nullopt;
    return state_->index()->summarize(static_cast<AppId>(app), budget_->limitMm2()).best;
}

int AreaLatencyPlot::markerCount() const {
    return markerMode() ? static_cast<int>(frame_.raster->feasible_rows.size() + frame_.raster->infeasible_rows.size()) : 0;
}

bool AreaLatencyPlot::frameIsCurrent() const { return frame_.raster && !job_.busy() && shownGeneration_ == job_.latestGeneration(); }

void AreaLatencyPlot::setLogArea(bool on) {
    logAreaForced_ = true;
    applyLogArea(on);
}

void AreaLatencyPlot::applyLogArea(bool on) {
    logArea_ = on;
    for (QCPAxis* ax : {xAxis, band_->axis(QCPAxis::atBottom)}) {
        ax->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        ax->setTicker(tickerFor(on));
    }
    band_->axis(QCPAxis::atBottom)->setLabel(on ? tr("Area (mm², log scale)") : tr("Area (mm²)"));
    if (state_ && state_->log()) resetZoom();
}

void AreaLatencyPlot::resetZoom() {
    if (!state_ || !state_->log()) {
        replot(rpQueuedReplot);
        return;
    }
    const auto o = state_->overview().combined(state_->appMask());
    double alo = o.area_min, ahi = o.area_max;
    if (!std::isfinite(alo) || !std::isfinite(ahi)) alo = 1, ahi = 10;
    if (logArea_ && alo <= 0) alo = ahi / 1000;
    double llo = o.latency_min, lhi = o.latency_max;
    if (!std::isfinite(llo) || !std::isfinite(lhi)) llo = 1, lhi = 10;
    yAxis->setRange(padded(llo, lhi, true));
    xAxis->setRange(padded(alo, ahi, logArea_));
    requestDensity();
    updateLabels();
    replot(rpQueuedReplot);
}

void AreaLatencyPlot::requestDensity() {
    if (!state_ || !state_->log()) return;
    const QRect r = axisRect()->rect();
    if (r.width() < 4 || r.height() < 4) return;
    DensityRequest req;
    req.log = state_->log();
    req.query.area = {xAxis->range().lower, xAxis->range().upper, r.width() / kCellPixels, logArea_};
    req.query.latency = {yAxis->range().lower, yAxis->range().upper, r.height() / kCellPixels, true};
    req.query.apps = state_->appMask();
    req.query.per_app = state_->app() < 0;
    req.query.marker_limit = kMarkerLimit;
    for (int a : shownApps()) req.layerColorIndex.push_back(a);
    req.bandSlots = bandSlots_;
    req.singleApp = state_->app() >= 0;
    job_.request(std::move(req));
}

void AreaLatencyPlot::onFrame(const DensityFrame& f) {
    // A frame of a log that has since been replaced holds row numbers of that log: drop it.
    if (!state_ || !f.raster || f.log != state_->log() || f.generation < shownGeneration_) return;
    frame_ = f;
    shownGeneration_ = f.generation;
    const auto& r = *f.raster;
    const bool markers = r.markers;
    feasibleImage_->setVisible(!markers);
    bandImage_->setVisible(!markers && !bandSlots_.empty());
    if (!markers) {
        // The image keeps the data range it was computed for, so a pan or zoom
        // moves it with the axes until the next frame replaces it.
        feasibleImage_->setImage(f.feasible);
        feasibleImage_->topLeft->setCoords(r.area.lo, r.latency.hi);
        feasibleImage_->bottomRight->setCoords(r.area.hi, r.latency.lo);
        bandImage_->setImage(f.infeasible);
        bandImage_->topLeft->setCoords(r.area.lo, static_cast<double>(bandSlots_.size()) - 0.5);
        bandImage_->bottomRight->setCoords(r.area.hi, -0.5);
    }
    const auto log = state_->log();
    const auto lat = log->latency_ms();
    const auto area = log->area_mm2();
    for (auto* g : markers_) g->data()->clear();
    for (auto* g : bandMarkers_) g->data()->clear();
    if (markers) {
        std::vector<QVector<QCPGraphData>> per_app(markers_.size());
        for (RowIndex row : r.feasible_rows) per_app[log->app()[row]].append(QCPGraphData(area[row], lat[row]));
        for (std::size_t a = 0; a < markers_.size(); ++a) markers_[a]->data()->set(per_app[a], false);
        std::vector<QVector<QCPGraphData>> per_row(bandMarkers_.size());
        for (RowIndex row : r.infeasible_rows) {
            const int slot = log->has_reasons() ? log->reason()[row] : 0;
            const int k = static_cast<std::size_t>(slot) < slotRow_.size() ? slotRow_[static_cast<std::size_t>(slot)] : -1;
            if (k >= 0) per_row[static_cast<std::size_t>(k)].append(QCPGraphData(area[row], bandY(row)));
        }
        for (std::size_t k = 0; k < bandMarkers_.size(); ++k) bandMarkers_[k]->data()->set(per_row[k], false);
    }
    Q_EMIT statusMessage(tr("In view: %L1 feasible, %L2 infeasible").arg(static_cast<qulonglong>(r.visible_feasible))
                             .arg(static_cast<qulonglong>(r.visible_infeasible)));
    replot(rpQueuedReplot);
    Q_EMIT frameShown();
}

double AreaLatencyPlot::bandY(RowIndex row) const {
    const int slot = state_->log()->has_reasons() ? state_->log()->reason()[row] : 0;
    const int k = static_cast<std::size_t>(slot) < slotRow_.size() ? slotRow_[static_cast<std::size_t>(slot)] : 0;
    // A fixed jitter per design spreads designs of equal area within the row.
    const double jitter = static_cast<double>((row * 2654435761u) % 1000u) / 1000.0 - 0.5;
    return k + 0.6 * jitter;
}

void AreaLatencyPlot::updateFronts() {
    const auto index = state_ ? state_->index() : nullptr;
    for (std::size_t a = 0; a < frontAll_.size(); ++a) {
        if (!index || a >= index->apps()) {
            frontAll_[a]->data()->clear();
            continue;
        }
        const auto& x = index->front_area(static_cast<AppId>(a));
        const auto& y = index->front_latency(static_cast<AppId>(a));
        frontAll_[a]->setData(QVector<double>(x.begin(), x.end()), QVector<double>(y.begin(), y.end()), true);
    }
}

void AreaLatencyPlot::updateBudget() {
    const double limit = budget_ ? budget_->limitMm2() : std::numeric_limits<double>::infinity();
    const bool finite = std::isfinite(limit);
    for (auto* l : {budgetLine_, budgetLineBand_}) {
        l->setVisible(finite && state_ && state_->log());
        l->point1->setCoords(finite ? limit : 0, 0);
        l->point2->setCoords(finite ? limit : 0, 1);
    }
    budgetText_->setVisible(finite && state_ && state_->log());
    budgetText_->position->setCoords(finite ? limit : 0, 0.0);
    const auto index = state_ ? state_->index() : nullptr;
    QStringList counts;
    for (std::size_t a = 0; a < frontIn_.size(); ++a) {
        frontIn_[a]->data()->clear();
        best_[a]->data()->clear();
        bestText_[a]->setText(QString());
        if (!index || a >= index->apps() || !frontIn_[a]->visible()) continue;
        const auto s = index->summarize(static_cast<AppId>(a), limit);
        const auto& x = index->front_area(static_cast<AppId>(a));
        const auto& y = index->front_latency(static_cast<AppId>(a));
        const auto n = static_cast<long>(s.front_in_budget);
        frontIn_[a]->setData(QVector<double>(x.begin(), x.begin() + n), QVector<double>(y.begin(), y.begin() + n), true);
        if (s.best) {
            best_[a]->setData({s.best_area_mm2}, {s.best_latency_ms});
            const bool single = state_->app() >= 0;
            bestText_[a]->setText(single ? tr("best in budget: %1 ms at %2 mm²")
                                               .arg(QLocale().toString(s.best_latency_ms, 'g', 4), QLocale().toString(s.best_area_mm2, 'f', 1))
                                         : QLocale().toString(s.best_latency_ms, 'g', 3) + QStringLiteral(" ms"));
        }
    }
    if (finite) {
        std::uint64_t in = 0, over = 0;
        if (index)
            for (int a : shownApps()) {
                const auto s = index->summarize(static_cast<AppId>(a), limit);
                in += s.in_budget;
                over += s.over_budget;
            }
        budgetText_->setText(index ? tr("%1 mm² · %L2 feasible in, %L3 over")
                                         .arg(QLocale().toString(limit, 'f', 1))
                                         .arg(static_cast<qulonglong>(in))
                                         .arg(static_cast<qulonglong>(over))
                                   : tr("%1 mm²").arg(QLocale().toString(limit, 'f', 1)));
    }
    updateLabels();
}

void AreaLatencyPlot::updateLabels() {
    // Best-design labels in pixels, pushed apart vertically so that the labels
    // of nine applications never print over each other.
    struct Label {
        QCPItemText* text;
        QPointF at;
    };
    std::vector<Label> labels;
    for (std::size_t a = 0; a < best_.size(); ++a) {
        if (!best_[a]->visible() || best_[a]->dataCount() == 0 || bestText_[a]->text().isEmpty()) continue;
        const auto it = best_[a]->data()->constBegin();
        labels.push_back({bestText_[a], QPointF(xAxis->coordToPixel(it->key) + 8, yAxis->coordToPixel(it->value) - 4)});
    }
    std::sort(labels.begin(), labels.end(), [](const Label& l, const Label& r) { return l.at.y() < r.at.y(); });
    const double lineHeight = QFontMetricsF(bestText_.empty() ? font() : bestText_.front()->font()).height() + 2;
    for (std::size_t i = 1; i < labels.size(); ++i)
        if (labels[i].at.y() - labels[i - 1].at.y() < lineHeight) labels[i].at.setY(labels[i - 1].at.y() + lineHeight);
    for (const auto& l : labels) l.text->position->setCoords(l.at);
    // The budget label flips to the left of the line near the right edge.
    if (budgetText_->visible()) {
        const double px = xAxis->coordToPixel(budgetText_->position->key());
        budgetText_->setPositionAlignment((px > axisRect()->right() - 220 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    }
}

void AreaLatencyPlot::updateSelection() {
    selection_->data()->clear();
    selectionBand_->data()->clear();
    const auto log = state_ ? state_->log() : nullptr;
    if (!log) return;
    const auto sel = state_->selection();
    QVector<QCPGraphData> main, band;
    int drawn = 0;
    for (RowIndex row : *sel) {
        if (++drawn > kSelectionDrawLimit) break;
        if (!explore::shows(state_->appMask(), log->app()[row])) continue;
        if (log->feasible()[row]) main.append(QCPGraphData(log->area_mm2()[row], log->latency_ms()[row]));
        else band.append(QCPGraphData(log->area_mm2()[row], bandY(row)));
    }
    selection_->data()->set(main, false);
    selectionBand_->data()->set(band, false);
    replot(rpQueuedReplot);
}

void AreaLatencyPlot::updateLegendWrap() {
    // As many legend columns as the widest entry allows, so no entry is clipped.
    // Measured from the names: the items' own size hints are not ready before
    // their first layout.
    const QFontMetrics metrics(legend->font());
    int widest = 60;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()) + legend->iconSize().width() +
                                          legend->iconTextPadding() + 10);
    const int columns = std::max(1, (width() - 12) / (widest + legend->columnSpacing()));
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);  // re-flow the existing entries
    }
}

bool AreaLatencyPlot::inBand(const QPoint& pos) const { return band_->rect().contains(pos); }

bool AreaLatencyPlot::nearBudgetLine(const QPoint& pos) const {
    if (!budgetLine_->visible()) return false;
    if (!axisRect()->rect().contains(pos) && !inBand(pos)) return false;
    return std::abs(xAxis->coordToPixel(budget_->limitMm2()) - pos.x()) <= 5;
}

std::optional<RowIndex> AreaLatencyPlot::rowAt(const QPoint& pos) const {
    if (!state_ || !state_->log() || !frame_.raster) return std::nullopt;
    const auto log = state_->log();
    const auto& r = *frame_.raster;
    const bool band = inBand(pos);
    if (!band && !axisRect()->rect().contains(pos)) return std::nullopt;
    QCPAxis* by = band_->axis(QCPAxis::atLeft);
    std::optional<RowIndex> best;
    double bestDist = kHoverRadius * kHoverRadius + 1;
    if (r.markers) {
        // Exact nearest among the (few) drawn designs, within 8 pixels.
        bestDist = 8 * 8 + 1;
        const auto& rows = band ? r.infeasible_rows : r.feasible_rows;
        for (RowIndex row : rows) {
            const double px = xAxis->coordToPixel(log->area_mm2()[row]) - pos.x();
            const double py = (band ? by->coordToPixel(bandY(row)) : yAxis->coordToPixel(log->latency_ms()[row])) - pos.y();
            const double d = px * px + py * py;
            if (d < bestDist) bestDist = d, best = row;
        }
        return best;
    }
    // Density: the nearest non-empty raster cell within the radius; each cell
    // remembers one of its designs.
    const int nx = r.area.bins;
    const int cx = r.area.bin(xAxis->pixelToCoord(pos.x()));
    if (band) {
        const int k = static_cast<int>(std::lround(by->pixelToCoord(pos.y())));
        if (k < 0 || k >= static_cast<int>(bandSlots_.size()) || cx < 0) return std::nullopt;
        const auto slot = static_cast<std::size_t>(bandSlots_[static_cast<std::size_t>(k)]);
        for (int dx = 0; dx <= kHoverRadius; ++dx)
            for (int x : {cx - dx, cx + dx})
                if (x >= 0 && x < nx && r.infeasible_row[slot * static_cast<std::size_t>(nx) + static_cast<std::size_t>(x)] != explore::kNoRow)
                    return r.infeasible_row[slot * static_cast<std::size_t>(nx) + static_cast<std::size_t>(x)];
        return std::nullopt;
    }
    const int cy = r.latency.bin(yAxis->pixelToCoord(pos.y()));
    if (cx < 0 || cy < 0) return std::nullopt;
    for (int dy = -kHoverRadius; dy <= kHoverRadius; ++dy)
        for (int dx = -kHoverRadius; dx <= kHoverRadius; ++dx) {
            const int x = cx + dx, y = cy + dy;
            if (x < 0 || y < 0 || x >= nx || y >= r.latency.bins) continue;
            const RowIndex row = r.feasible_row[static_cast<std::size_t>(y) * static_cast<std::size_t>(nx) + static_cast<std::size_t>(x)];
            const double d = dx * dx + dy * dy;
            if (row != explore::kNoRow && d < bestDist) bestDist = d, best = row;
        }
    return best;
}

QPointF AreaLatencyPlot::pixelOf(RowIndex row) const {
    const auto log = state_->log();
    const double x = xAxis->coordToPixel(log->area_mm2()[row]);
    if (log->feasible()[row]) return {x, yAxis->coordToPixel(log->latency_ms()[row])};
    return {x, band_->axis(QCPAxis::atLeft)->coordToPixel(bandY(row))};
}

void AreaLatencyPlot::setHovered(std::optional<RowIndex> row, const QPoint& globalPos) {
    if (row == hovered_) return;
    hovered_ = row;
    hoverMark_->data()->clear();
    hoverMarkBand_->data()->clear();
    if (row) {
        const auto log = state_->log();
        if (log->feasible()[*row]) hoverMark_->setData({log->area_mm2()[*row]}, {log->latency_ms()[*row]});
        else hoverMarkBand_->setData({log->area_mm2()[*row]}, {bandY(*row)});
        hoverText_ = state_->describeRow(*row);
        QToolTip::showText(globalPos, hoverText_, this);
    } else {
        hoverText_.clear();
        QToolTip::hideText();
    }
    Q_EMIT hovered(row ? static_cast<qint64>(*row) : -1);
    replot(rpQueuedReplot);
}

void AreaLatencyPlot::mousePressEvent(QMouseEvent* e) {
    pressPos_ = e->pos();
    if (e->button() == Qt::LeftButton && nearBudgetLine(e->pos())) {
        draggingBudget_ = true;
        dragMoved_ = false;
        return;  // not a pan
    }
    // Shift+drag draws a selection rectangle instead of panning.
    setSelectionRectMode((e->modifiers() & Qt::ShiftModifier) ? QCP::srmCustom : QCP::srmNone);
    QCustomPlot::mousePressEvent(e);
}

void AreaLatencyPlot::mouseMoveEvent(QMouseEvent* e) {
    if (draggingBudget_) {
        const double v = xAxis->pixelToCoord(e->pos().x());
        if (v > 0) budget_->setLimitMm2(v, dragMoved_);  // one undo step per drag
        dragMoved_ = true;
        return;
    }
    QCustomPlot::mouseMoveEvent(e);
    if (e->buttons() == Qt::NoButton) {
        setCursor(nearBudgetLine(e->pos()) ? Qt::SizeHorCursor : Qt::ArrowCursor);
        setHovered(rowAt(e->pos()), e->globalPosition().toPoint());
    }
}

void AreaLatencyPlot::mouseReleaseEvent(QMouseEvent* e) {
    if (draggingBudget_) {
        draggingBudget_ = false;
        return;
    }
    const bool click = (e->pos() - pressPos_).manhattanLength() <= 3 && e->button() == Qt::LeftButton &&
                       selectionRectMode() == QCP::srmNone;
    QCustomPlot::mouseReleaseEvent(e);
    setSelectionRectMode(QCP::srmNone);
    if (click && state_ && state_->log()) {
        if (const auto row = rowAt(e->pos())) state_->setSelection(std::make_shared<const Selection>(Selection{*row}));
        else state_->clearSelection();
    }
}

void AreaLatencyPlot::mouseDoubleClickEvent(QMouseEvent* e) {
    QCustomPlot::mouseDoubleClickEvent(e);
    resetZoom();
}

void AreaLatencyPlot::keyPressEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Home) {
        resetZoom();
        return;
    }
    if (e->key() == Qt::Key_Escape && state_) {
        state_->clearSelection();
        return;
    }
    QCustomPlot::keyPressEvent(e);
}

void AreaLatencyPlot::resizeEvent(QResizeEvent* e) {
    QCustomPlot::resizeEvent(e);
    updateLegendWrap();
    requestDensity();
}

void AreaLatencyPlot::leaveEvent(QEvent* e) {
    QCustomPlot::leaveEvent(e);
    setHovered(std::nullopt, {});
}

void AreaLatencyPlot::selectRect(const QRect& rect) {
    if (!state_ || !state_->log()) return;
    explore::RowFilter f;
    f.apps = state_->appMask();
    const double a0 = xAxis->pixelToCoord(rect.left()), a1 = xAxis->pixelToCoord(rect.right());
    f.area = std::make_pair(std::min(a0, a1), std::max(a0, a1));
    if (inBand(rect.center())) {
        f.feasibility = explore::FeasibilityFilter::Infeasible;
    } else {
        const double l0 = yAxis->pixelToCoord(rect.top()), l1 = yAxis->pixelToCoord(rect.bottom());
        f.latency = std::make_pair(std::min(l0, l1), std::max(l0, l1));
        f.feasibility = explore::FeasibilityFilter::Feasible;
    }
    // Millions of rows may pass: filter on a pool thread, deliver to the GUI thread.
    QPointer<ExplorerState> state = state_;
    auto log = state_->log();
    auto* watcher = new QFutureWatcher<SelectionPtr>(this);
    connect(watcher, &QFutureWatcher<SelectionPtr>::finished, this, [watcher, state, log] {
        if (state && state->log() == log) state->setSelection(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(runInBackground([log, f]() -> SelectionPtr {
        return std::make_shared<const Selection>(explore::filter_rows(*log, f));
    }, JobPriority::Selection));
}

}  // namespace prime::ui
