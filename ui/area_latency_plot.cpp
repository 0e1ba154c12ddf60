#include "area_latency_plot.h"

#include <cmath>
#include <limits>

#include "data/log_stats.h"

namespace prime::ui {

AreaLatencyPlot::AreaLatencyPlot(QWidget* parent) : QCustomPlot(parent) {
    setObjectName("areaLatencyPlot");
    xAxis->setLabel(tr("Area (mm²)"));
    yAxis->setLabel(tr("Latency (ms, log scale)"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);

    feasible_ = addGraph();
    feasible_->setName(tr("Feasible designs"));
    feasible_->setLineStyle(QCPGraph::lsNone);
    feasible_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(70, 110, 180, 140), 4));
    feasible_->setAdaptiveSampling(true);

    front_ = addGraph();
    front_->setName(tr("Pareto front"));
    front_->setLineStyle(QCPGraph::lsStepLeft);
    front_->setPen(QPen(QColor(220, 90, 30), 1.5));
    front_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(220, 90, 30), QColor(255, 255, 255), 6));

    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void AreaLatencyPlot::setLog(std::shared_ptr<const DesignLog> log) {
    const auto lat = log->latency_ms();
    const auto area = log->area_mm2();
    QVector<QCPGraphData> points;
    points.reserve(static_cast<int>(log->rows()));
    for (std::size_t r = 0; r < log->rows(); ++r)
        if (log->feasible()[r] && lat[r] > 0 && std::isfinite(area[r])) points.append(QCPGraphData(area[r], lat[r]));
    feasible_->data()->set(points, false);

    QVector<double> fx, fy;
    for (RowIndex r : pareto_front(*log, log->all_rows()))
        if (lat[r] > 0) fx.append(area[r]), fy.append(lat[r]);
    front_->setData(fx, fy, true);
    // Area spans decades over the full space; a log axis keeps small,
    // budget-sized designs readable next to huge ones.
    double min_area = std::numeric_limits<double>::infinity(), max_area = 0;
    for (const auto& p : points) min_area = std::min(min_area, p.key), max_area = std::max(max_area, p.key);
    const bool log_area = min_area > 0 && max_area / min_area > 100;
    xAxis->setScaleType(log_area ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    xAxis->setTicker(log_area ? QSharedPointer<QCPAxisTicker>(QSharedPointer<QCPAxisTickerLog>::create())
                              : QSharedPointer<QCPAxisTicker>::create());
    xAxis->setLabel(log_area ? tr("Area (mm², log scale)") : tr("Area (mm²)"));
    rescaleAxes();
    // Leave a margin so points on the edges stay visible (multiplicative on log axes).
    const QCPRange x = xAxis->range();
    if (log_area)
        xAxis->setRange(x.lower / 1.15, x.upper * 1.15);
    else
        xAxis->setRange(x.lower - 0.04 * x.size(), x.upper + 0.04 * x.size());
    const QCPRange y = yAxis->range();
    if (y.lower > 0) yAxis->setRange(y.lower / 1.15, y.upper * 1.15);
    replot(QCustomPlot::rpQueuedReplot);
}

int AreaLatencyPlot::feasiblePointCount() const { return feasible_->dataCount(); }
int AreaLatencyPlot::paretoPointCount() const { return front_->dataCount(); }

}  // namespace prime::ui
