// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "app_palette.h"
#include "budget_controller.h"
#include "explorer_state.h"
#include "qcustomplot.h"
#include "theme.h"

namespace prime::ui {

namespace {
QTableWidgetItem* number(double v, int precision, char format = 'g') {
    auto* item = new QTableWidgetItem(std::isfinite(v) ? QLocale().toString(v, format, precision) : QStringLiteral("–"));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
}  // namespace

BudgetPanel::BudgetPanel(ExplorerState* state, BudgetController* budget, QWidget* parent)
    : QWidget(parent), state_(state), budget_(budget) {
    setObjectName("budgetPanel");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    summary_ = new QLabel(this);
    summary_->setObjectName("budgetSummary");
    summary_->setWordWrap(true);
    layout->addWidget(summary_);

    table_ = new QTableWidget(0, 4, this);
    table_->setObjectName("budgetTable");
    table_->setHorizontalHeaderLabels({tr("Application"), tr("Best (ms)"), tr("mm²"), tr("In budget")});
    table_->horizontalHeaderItem(1)->setToolTip(tr("Latency of the best feasible logged design within the budget"));
    table_->horizontalHeaderItem(3)->setToolTip(tr("Feasible designs within the budget; the tooltip of each row has those over it and the Pareto front"));
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The application column takes what is left (names elide); numbers keep their width.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setMinimumHeight(60);
    table_->setMinimumWidth(120);
    layout->addWidget(table_, 1);
    connect(table_, &QTableWidget::cellClicked, this, [this](int row, int) {
        const auto rowId = table_->item(row, 0)->data(Qt::UserRole);
        if (rowId.isValid() && state_->log())
            state_->setSelection(std::make_shared<const Selection>(Selection{rowId.value<RowIndex>()}));
    });

    chart_ = new QCustomPlot(this);
    chart_->setObjectName("budgetChart");
    chart_->setMinimumSize(160, 100);
    chart_->xAxis->setLabel(tr("Area budget (mm²)"));
    chart_->yAxis->setLabel(tr("Best latency (ms)"));
    chart_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    chart_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    for (QCPAxis* ax : {chart_->xAxis, chart_->yAxis}) ax->setLabelFont(small), ax->setTickLabelFont(small);
    chart_->setToolTip(tr("Best logged latency achievable within each budget. Click to move the budget."));
    line_ = new QCPItemStraightLine(chart_);
    line_->setPen(QPen(QColor(200, 30, 30), 1.5, Qt::DashLine));
    layout->addWidget(chart_, 1);
    connect(chart_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        const double v = chart_->xAxis->pixelToCoord(e->pos().x());
        if (v > 0) budget_->setLimitMm2(v);
    });

    connect(state_, &ExplorerState::indexChanged, this, [this] { rebuildChart(); refresh(); });
    connect(state_, &ExplorerState::appChanged, this, [this] { rebuildChart(); refresh(); });
    connect(state_, &ExplorerState::logChanged, this, [this] { rebuildChart(); refresh(); });
    connect(budget_, &BudgetController::budgetChanged, this, &BudgetPanel::refresh);
    refresh();
}

void BudgetPanel::rebuildChart() {
    chart_->clearGraphs();
    const auto index = state_->index();
    if (!index) {
        chart_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    double xmax = 0, ymin = INFINITY, ymax = 0;
    for (std::size_t a = 0; a < index->apps(); ++a) {
        if (state_->app() >= 0 && state_->app() != static_cast<int>(a)) continue;
        QVector<double> x(index->front_area(static_cast<AppId>(a)).begin(), index->front_area(static_cast<AppId>(a)).end());
        QVector<double> y(index->front_latency(static_cast<AppId>(a)).begin(), index->front_latency(static_cast<AppId>(a)).end());
        if (x.isEmpty()) continue;
        xmax = std::max(xmax, x.back());
        ymin = std::min(ymin, y.back());
        ymax = std::max(ymax, y.front());
        QCPGraph* g = chart_->addGraph();
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setPen(QPen(appColor(static_cast<int>(a)), 1.5));
        g->setData(x, y, true);
        g->setName(state_->appName(static_cast<int>(a)));
    }
    double xmin = INFINITY;
    for (int i = 0; i < chart_->graphCount(); ++i) xmin = std::min(xmin, chart_->graph(i)->data()->constBegin()->key);
    // Areas spanning decades read better on a log axis (the main plot's rule).
    const bool logX = xmax > 0 && xmin > 0 && xmax / xmin > 100;
    chart_->xAxis->setScaleType(logX ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    chart_->xAxis->setTicker(logX ? QSharedPointer<QCPAxisTicker>(QSharedPointer<QCPAxisTickerLog>::create())
                                  : QSharedPointer<QCPAxisTicker>::create());
    if (xmax > 0) {
        // Beyond the largest front design the best latency stays flat.
        for (int i = 0; i < chart_->graphCount(); ++i) {
            QCPGraph* g = chart_->graph(i);
            const double last = (g->data()->constEnd() - 1)->value;
            g->addData(xmax * 1.05, last);
        }
        chart_->xAxis->setRange(logX ? xmin / 1.2 : 0, xmax * 1.05);
        chart_->yAxis->setRange(ymin / 1.2, ymax * 1.2);
    }
    chart_->replot(QCustomPlot::rpQueuedReplot);
}

void BudgetPanel::refresh() {
    const double limit = budget_->limitMm2();
    const bool finite = std::isfinite(limit);
    line_->setVisible(finite);
    line_->point1->setCoords(finite ? limit : 0, 1);
    line_->point2->setCoords(finite ? limit : 0, 2);
    chart_->replot(QCustomPlot::rpQueuedReplot);
    const auto index = state_->index();
    table_->setRowCount(0);
    if (!state_->log()) {
        summary_->setText(tr("Open a log to see what the area budget buys."));
        return;
    }
    if (!index) {
        summary_->setText(tr("Computing Pareto fronts…"));
        return;
    }
    std::uint64_t in = 0, over = 0;
    int row = 0;
    for (const auto& s : index->summarize(limit)) {
        if (state_->app() >= 0 && state_->app() != s.app) continue;
        in += s.in_budget;
        over += s.over_budget;
        table_->insertRow(row);
        auto* name = new QTableWidgetItem(state_->appName(s.app));
        name->setForeground(readableText(appColor(s.app), table_->palette()));
        if (s.best) name->setData(Qt::UserRole, QVariant::fromValue<RowIndex>(*s.best));
        table_->setItem(row, 0, name);
        table_->setItem(row, 1, number(s.best ? s.best_latency_ms : NAN, 4));
        table_->setItem(row, 2, number(s.best ? s.best_area_mm2 : NAN, 1, 'f'));
        auto* counts = new QTableWidgetItem(QStringLiteral("%L1").arg(static_cast<qulonglong>(s.in_budget)));
        counts->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        counts->setToolTip(tr("%L1 feasible designs within the budget, %L2 over it; %3 of %4 Pareto-front points within it")
                               .arg(static_cast<qulonglong>(s.in_budget))
                               .arg(static_cast<qulonglong>(s.over_budget))
                               .arg(s.front_in_budget)
                               .arg(index->front(s.app).size()));
        table_->setItem(row, 3, counts);
        ++row;
    }
    summary_->setText(finite ? tr("Budget %1 mm²: %L2 feasible designs within, %L3 over.")
                                   .arg(QLocale().toString(limit, 'f', 2))
                                   .arg(static_cast<qulonglong>(in))
                                   .arg(static_cast<qulonglong>(over))
                             : tr("No area budget: every feasible design counts (%L1).").arg(static_cast<qulonglong>(in)));
}

}  // namespace prime::ui
