// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"
#include "feasibility_view.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>
#include <cmath>

#include "app_palette.h"
#include "budget_controller.h"
#include "explore/row_filter.h"
#include "explorer_state.h"
#include "qcustomplot.h"

namespace prime::ui {

namespace {
// Larger grids get no per-cell numbers: they would not fit.
constexpr std::size_t kMaxLabelledCells = 160;

QString valueText(double v) { return QLocale().toString(v, 'g', 6); }

QSharedPointer<QCPAxisTickerText> valueTicker(const DesignLog& log, std::size_t p) {
    auto t = QSharedPointer<QCPAxisTickerText>::create();
    const auto& values = log.space().parameter(p).values;
    // Every value when they fit, else every k-th, so labels never overlap.
    const std::size_t step = values.size() > 16 ? (values.size() + 15) / 16 : 1;
    for (std::size_t i = 0; i < values.size(); i += step) t->addTick(static_cast<double>(i), valueText(values[i]));
    return t;
}

QString axisTitle(const DesignLog& log, std::size_t p) {
    const auto& param = log.space().parameter(p);
    const QString name = QString::fromStdString(param.name);
    return param.unit.empty() ? name : QStringLiteral("%1 (%2)").arg(name, QString::fromStdString(param.unit));
}
}  // namespace

FeasibilityView::FeasibilityView(ExplorerState* state, BudgetController* budget, QWidget* parent)
    : QWidget(parent), state_(state), budget_(budget) {
    setObjectName("feasibilityView");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* controls = new QHBoxLayout;
    paramX_ = new QComboBox(this);
    paramX_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    paramX_->setMinimumContentsLength(10);
    paramX_->setObjectName("mapParamX");
    paramY_ = new QComboBox(this);
    paramY_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    paramY_->setMinimumContentsLength(10);
    paramY_->setObjectName("mapParamY");
    mode_ = new QComboBox(this);
    mode_->setObjectName("mapMode");
    mode_->addItem(tr("Feasible fraction"));
    mode_->addItem(tr("Best latency within budget"));
    controls->addWidget(new QLabel(tr("x"), this));
    controls->addWidget(paramX_);
    controls->addWidget(new QLabel(tr("y"), this));
    controls->addWidget(paramY_);
    controls->addSpacing(12);
    controls->addWidget(mode_);
    controls->addStretch(1);
    layout->addLayout(controls);

    auto* plots = new QHBoxLayout;
    map_ = new QCustomPlot(this);
    map_->setObjectName("feasibilityMap");
    map_->setMinimumSize(180, 110);
    colorMap_ = new QCPColorMap(map_->xAxis, map_->yAxis);
    colorMap_->setInterpolate(false);
    colorMap_->setTightBoundary(false);
    scale_ = new QCPColorScale(map_);
    map_->plotLayout()->addElement(0, 1, scale_);
    colorMap_->setColorScale(scale_);
    auto* margins = new QCPMarginGroup(map_);
    map_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    map_->setToolTip(tr("Click a cell to select its designs"));
    plots->addWidget(map_, 3);
    auto* hists = new QVBoxLayout;
    // The histograms' legend as wrapping text above them: inside plots this
    // small it would cover the bars.
    histLegend_ = new QLabel(this);
    histLegend_->setObjectName("histogramLegend");
    histLegend_->setWordWrap(true);
    QFont legendFont = histLegend_->font();
    legendFont.setPointSizeF(std::max(6.5, legendFont.pointSizeF() - 1.5));
    histLegend_->setFont(legendFont);
    hists->addWidget(histLegend_);
    histX_ = new QCustomPlot(this);
    histX_->setObjectName("histogramX");
    histY_ = new QCustomPlot(this);
    histY_->setObjectName("histogramY");
    for (QCustomPlot* h : {histX_, histY_}) {
        h->setMinimumSize(140, 60);
        hists->addWidget(h, 1);
    }
    plots->addLayout(hists, 2);
    layout->addLayout(plots, 1);

    connect(paramX_, &QComboBox::currentIndexChanged, this, &FeasibilityView::recompute);
    connect(paramY_, &QComboBox::currentIndexChanged, this, &FeasibilityView::recompute);
    connect(mode_, &QComboBox::currentIndexChanged, this, &FeasibilityView::draw);
    connect(state_, &ExplorerState::logChanged, this, &FeasibilityView::onLogChanged);
    connect(state_, &ExplorerState::appChanged, this, &FeasibilityView::recompute);
    connect(budget_, &BudgetController::budgetChanged, this, [this] {
        if (mode_->currentIndex() == 1) recompute();
    });
    connect(map_, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable*, int, QMouseEvent* e) {
        if (!result_ || !state_->log()) return;
        const auto ix = std::lround(map_->xAxis->pixelToCoord(e->pos().x()));
        const auto iy = std::lround(map_->yAxis->pixelToCoord(e->pos().y()));
        if (ix < 0 || iy < 0 || ix >= static_cast<long>(result_->grid.nx) || iy >= static_cast<long>(result_->grid.ny)) return;
        explore::RowFilter f;
        f.apps = state_->appMask();
        f.values = {{result_->grid.param_x, static_cast<ValueIndex>(ix), static_cast<ValueIndex>(ix)},
                    {result_->grid.param_y, static_cast<ValueIndex>(iy), static_cast<ValueIndex>(iy)}};
        auto log = state_->log();
        auto* w = new QFutureWatcher<SelectionPtr>(this);
        connect(w, &QFutureWatcher<SelectionPtr>::finished, this, [this, w, log] {
            if (state_->log() == log) state_->setSelection(w->result());
            w->deleteLater();
        });
        w->setFuture(runInBackground([log, f]() -> SelectionPtr { return std::make_shared<const Selection>(explore::filter_rows(*log, f)); }, JobPriority::Selection));
    });
    onLogChanged();
}

void FeasibilityView::onLogChanged() {
    const auto log = state_->log();
    {
        const QSignalBlocker bx(paramX_), by(paramY_);
        paramX_->clear();
        paramY_->clear();
        if (log)
            for (std::size_t p = 0; p < log->space().dimension(); ++p) {
                const auto& param = log->space().parameter(p);
                const QString label = QString::fromStdString(param.display_name.empty() ? param.name : param.display_name);
                paramX_->addItem(label, static_cast<int>(p));
                paramY_->addItem(label, static_cast<int>(p));
            }
        if (paramY_->count() > 1) paramY_->setCurrentIndex(1);
    }
    result_.reset();
    recompute();
}

void FeasibilityView::setMode(int mode) { mode_->setCurrentIndex(mode); }

void FeasibilityView::setParameters(int x, int y) {
    const QSignalBlocker bx(paramX_), by(paramY_);
    paramX_->setCurrentIndex(x);
    paramY_->setCurrentIndex(y);
    recompute();
}

void FeasibilityView::recompute() {
    const auto log = state_->log();
    if (!log || paramX_->currentIndex() < 0 || paramY_->currentIndex() < 0) {
        draw();
        return;
    }
    if (running_) {
        again_ = true;
        return;
    }
    const auto px = static_cast<std::size_t>(paramX_->currentData().toInt());
    const auto py = static_cast<std::size_t>(paramY_->currentData().toInt());
    const auto mask = state_->appMask();
    const double budget = budget_->limitMm2();
    const quint64 generation = ++generation_;
    using ResultPtr = std::shared_ptr<const Result>;
    auto* watcher = new QFutureWatcher<ResultPtr>(this);
    running_ = true;
    connect(watcher, &QFutureWatcher<ResultPtr>::finished, this, [this, watcher, generation, log] {
        watcher->deleteLater();
        running_ = false;
        if (std::exchange(again_, false)) {
            recompute();
            return;
        }
        if (generation != generation_ || log != state_->log()) return;
        result_ = watcher->result();
        draw();
    });
    watcher->setFuture(runInBackground([log, px, py, mask, budget]() -> ResultPtr {
        return std::make_shared<const Result>(Result{explore::feasibility_grid(*log, px, py, mask, budget),
                                                     explore::parameter_histogram(*log, px, mask),
                                                     explore::parameter_histogram(*log, py, mask)});
    }, JobPriority::Feasibility));
}

double FeasibilityView::cellValue(std::size_t ix, std::size_t iy) const {
    if (!result_) return NAN;
    const auto& g = result_->grid;
    return mode_->currentIndex() == 0 ? g.fraction(ix, iy) : static_cast<double>(g.best_latency_ms[g.cell(ix, iy)]);
}

void FeasibilityView::draw() {
    for (int i = map_->itemCount() - 1; i >= 0; --i) map_->removeItem(i);
    const auto log = state_->log();
    if (!result_ || !log) {
        colorMap_->data()->clear();
        for (QCustomPlot* p : {map_, histX_, histY_}) p->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto& g = result_->grid;
    const bool latency = mode_->currentIndex() == 1;
    colorMap_->data()->setSize(static_cast<int>(g.nx), static_cast<int>(g.ny));
    colorMap_->data()->setRange(QCPRange(0, static_cast<double>(g.nx) - 1), QCPRange(0, static_cast<double>(g.ny) - 1));
    double lo = INFINITY, hi = -INFINITY;
    for (std::size_t iy = 0; iy < g.ny; ++iy)
        for (std::size_t ix = 0; ix < g.nx; ++ix) {
            const double v = cellValue(ix, iy);
            colorMap_->data()->setCell(static_cast<int>(ix), static_cast<int>(iy), v);
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        }
    QCPColorGradient gradient;
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(235, 235, 235));
    if (latency) {
        // Fast (low latency) dark green, slow light yellow.
        gradient.setColorStopAt(0, QColor(0, 90, 50));
        gradient.setColorStopAt(0.5, QColor(120, 190, 100));
        gradient.setColorStopAt(1, QColor(255, 250, 200));
        colorMap_->setDataScaleType(QCPAxis::stLogarithmic);
        scale_->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        scale_->setLabel(tr("Best latency within %1 (ms)")
                             .arg(std::isfinite(budget_->limitMm2()) ? tr("%1 mm²").arg(QLocale().toString(budget_->limitMm2(), 'f', 1))
                                                                      : tr("no budget")));
        if (!(lo < hi)) lo = std::isfinite(lo) ? lo / 2 : 1, hi = std::isfinite(hi) ? hi * 2 : 10;
        colorMap_->setDataRange(QCPRange(lo, hi));
    } else {
        gradient.setColorStopAt(0, QColor(250, 250, 250));
        gradient.setColorStopAt(1, QColor(33, 90, 160));
        colorMap_->setDataScaleType(QCPAxis::stLinear);
        scale_->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
        scale_->setLabel(tr("Feasible fraction"));
        colorMap_->setDataRange(QCPRange(0, 1));
    }
    colorMap_->setGradient(gradient);
    map_->xAxis->setTicker(valueTicker(*log, g.param_x));
    map_->yAxis->setTicker(valueTicker(*log, g.param_y));
    map_->xAxis->setLabel(axisTitle(*log, g.param_x));
    map_->yAxis->setLabel(axisTitle(*log, g.param_y));
    map_->xAxis->setRange(-0.5, static_cast<double>(g.nx) - 0.5);
    map_->yAxis->setRange(-0.5, static_cast<double>(g.ny) - 0.5);
    if (g.nx * g.ny <= kMaxLabelledCells) {
        QFont small = font();
        small.setPointSizeF(std::max(6.5, small.pointSizeF() - 2));
        for (std::size_t iy = 0; iy < g.ny; ++iy)
            for (std::size_t ix = 0; ix < g.nx; ++ix) {
                const double v = cellValue(ix, iy);
                if (!std::isfinite(v)) continue;
                auto* t = new QCPItemText(map_);
                t->position->setCoords(static_cast<double>(ix), static_cast<double>(iy));
                t->setText(latency ? QLocale().toString(v, 'g', 3) : QLocale().toString(100 * v, 'f', 0) + QLatin1Char('%'));
                t->setFont(small);
                const double level = latency ? (std::log(v) - std::log(lo)) / std::max(1e-12, std::log(hi) - std::log(lo)) : v;
                t->setColor(latency ? (level < 0.45 ? Qt::white : Qt::black) : (level > 0.55 ? Qt::white : Qt::black));
                t->setClipToAxisRect(true);
                t->setProperty("prime.keepColours", true);  // contrast with its cell, not with the theme
            }
    }
    map_->replot(QCustomPlot::rpQueuedReplot);
    drawHistogram(histX_, result_->x, false);
    drawHistogram(histY_, result_->y, false);
    QStringList entries{QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2").arg(singleAppColor().name(), tr("feasible"))};
    for (std::size_t s = 0; s < result_->x.infeasible.size(); ++s) {
        std::uint64_t n = 0;
        for (auto c : result_->x.infeasible[s]) n += c;
        if (!n) continue;
        const QString name = s == 0 ? tr("infeasible, reason unknown") : QString::fromStdString(log->reason_names()[s - 1]);
        entries << QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2").arg(reasonColor(static_cast<int>(s)).name(), name.toHtmlEscaped());
    }
    histLegend_->setText(entries.join(QStringLiteral(" &nbsp; ")));
    Q_EMIT updated();
}

void FeasibilityView::drawHistogram(QCustomPlot* plot, const explore::ParameterHistogram& h, bool legend) {
    plot->clearPlottables();
    const auto log = state_->log();
    const std::size_t n = h.feasible.size();
    QVector<double> keys(static_cast<int>(n));
    for (std::size_t i = 0; i < n; ++i) keys[static_cast<int>(i)] = static_cast<double>(i);
    auto values = [&](const std::vector<std::uint64_t>& v) {
        QVector<double> out(static_cast<int>(n));
        for (std::size_t i = 0; i < n; ++i) out[static_cast<int>(i)] = static_cast<double>(v[i]);
        return out;
    };
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 2));
    QCPBars* below = nullptr;
    double top = 0;
    std::vector<double> stack(n, 0);
    auto addBars = [&](const std::vector<std::uint64_t>& v, const QColor& c, const QString& name) {
        std::uint64_t total = 0;
        for (auto x : v) total += x;
        if (!total) return;
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setWidth(0.8);
        bars->setPen(Qt::NoPen);
        bars->setBrush(c);
        bars->setName(name);
        bars->setData(keys, values(v), true);
        if (below) bars->moveAbove(below);
        below = bars;
        for (std::size_t i = 0; i < n; ++i) stack[i] += static_cast<double>(v[i]), top = std::max(top, stack[i]);
    };
    addBars(h.feasible, singleAppColor(), tr("feasible"));
    for (std::size_t s = 1; s < h.infeasible.size(); ++s)
        addBars(h.infeasible[s], reasonColor(static_cast<int>(s)), QString::fromStdString(log->reason_names()[s - 1]));
    if (!h.infeasible.empty()) addBars(h.infeasible[0], reasonColor(0), tr("infeasible, reason unknown"));
    plot->xAxis->setTicker(valueTicker(*log, h.parameter));
    plot->xAxis->setLabel(axisTitle(*log, h.parameter));
    plot->yAxis->setLabel(tr("designs"));
    plot->yAxis->ticker()->setTickCount(3);  // small plots: few count labels
    for (QCPAxis* ax : {plot->xAxis, plot->yAxis}) ax->setTickLabelFont(small), ax->setLabelFont(small);
    plot->xAxis->setRange(-0.6, static_cast<double>(n) - 0.4);
    // Head room above the bars for the legend (drawn inside, top right).
    plot->yAxis->setRange(0, std::max(1.0, top * (legend ? 1.45 : 1.05)));
    plot->legend->setVisible(legend);
    if (legend) {
        plot->legend->setFont(small);
        plot->legend->setIconSize(8, 8);
        plot->legend->setRowSpacing(-2);
        plot->legend->setColumnSpacing(6);
        plot->legend->setWrap(3);  // a wide, short legend: two rows over the bars' head room
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        plot->legend->setBrush(QColor(255, 255, 255, 220));
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace prime::ui
