#include "tradeoff_view.h"

#include <QLocale>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLogValueAxis>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "theme.h"

namespace prime::ui {

namespace {

QString appName(const std::string& a) { return a.empty() ? TradeoffView::tr("latency") : QString::fromStdString(a); }

QString ratioText(double r) { return std::isfinite(r) ? QLocale().toString(r, 'f', 2) + QStringLiteral("×") : QStringLiteral("–"); }

}  // namespace

TradeoffView::TradeoffView(QWidget* parent) : QWidget(parent) {
    setObjectName("tradeoffView");
    chart_ = new QChartView(new QChart, this);
    chart_->setObjectName("tradeoffChart");
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumSize(280, 120);
    chart_->chart()->setTitle(tr("Choose designs and press Compare"));
    chart_->chart()->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart_->chart()->legend()->font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
    chart_->chart()->legend()->setFont(small);
    chart_->chart()->setMargins(QMargins(2, 2, 2, 2));
    table_ = new QTableWidget(this);
    table_->setObjectName("tradeoffTable");
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    summary_ = new QLabel(this);
    summary_->setObjectName("tradeoffSummary");
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    // Side by side: the tab is wide and short under the live plot.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(chart_);
    auto* bottom = new QWidget(this);
    auto* bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(summary_);
    bl->addWidget(table_, 1);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});  // the chart first: nine groups of bars need the width
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void TradeoffView::clear() {
    tradeoffs_ = {};
    chart_->chart()->removeAllSeries();
    for (auto* axis : chart_->chart()->axes()) chart_->chart()->removeAxis(axis), delete axis;
    table_->clear();
    table_->setRowCount(0);
    table_->setColumnCount(0);
    summary_->clear();
}

void TradeoffView::setDesigns(const DesignLog& log, const AreaBudget& budget, const std::vector<std::string>& apps,
                              LatencyAggregate aggregate, const std::vector<Proposal>& designs, const QStringList& labels) {
    Tradeoffs t = compare_per_application(log, budget, apps, aggregate, designs);
    clear();
    tradeoffs_ = std::move(t);
    aggregate_ = aggregate;
    fillChart(labels);
    fillTable(labels);
    if (designs.empty()) return;
    QStringList perApp;
    for (const auto& a : tradeoffs_.apps)
        perApp << (a.ratio[a.best_design] != 0  // 0: the best of them still fails there; NaN: unknown, shown as –
                       ? tr("%1: %2 (%3)").arg(appName(a.app), labels.value(static_cast<int>(a.best_design)),
                                               ratioText(a.ratio[a.best_design]))
                       : tr("%1: none runs it").arg(appName(a.app)));
    // A combined ratio of 0 means the design fails on at least one
    // application: then no chosen design is "best for all" of them.
    const double bestCombined = tradeoffs_.combined_ratio[tradeoffs_.best_overall];
    const QString overall = bestCombined > 0
                                ? tr("<b>Best for all applications:</b> %1 (combined ratio %2).")
                                      .arg(labels.value(static_cast<int>(tradeoffs_.best_overall)), ratioText(bestCombined))
                                : tr("<b>None of these designs runs every application</b> (each fails on at least one).");
    summary_->setText(overall + QStringLiteral(" ") +
                      tr("<b>Best for each:</b> %1. Ratio = best logged in-budget latency / the design's (simulated "
                         "where verified, else predicted); above 1 beats the log, 0 = fails there.")
                          .arg(perApp.join(QStringLiteral("; "))));
}

QString TradeoffView::summary() const { return summary_->text(); }

int TradeoffView::barSetCount() const {
    const auto series = chart_->chart()->series();
    return series.isEmpty() ? 0 : static_cast<int>(static_cast<QBarSeries*>(series.front())->count());
}

void TradeoffView::fillChart(const QStringList& labels) {
    QChart* chart = chart_->chart();
    chart->setTitle(tr("Latency per application (ms, log scale)"));
    auto* series = new QBarSeries;
    QStringList categories;
    for (const auto& a : tradeoffs_.apps) categories << appName(a.app);
    auto addSet = [&](const QString& name, const QColor& colour, auto value) {
        auto* set = new QBarSet(name);
        set->setColor(colour);
        set->setBorderColor(colour.darker(130));
        for (const auto& a : tradeoffs_.apps) {
            const double v = value(a);
            // A log axis cannot show 0 or NaN: an unknown bar is left out as
            // the axis minimum (no bar), and the table says why.
            set->append(std::isfinite(v) && v > 0 ? v : 0.0);
        }
        series->append(set);
    };
    addSet(tr("Best logged (in budget)"), QColor(140, 140, 140), [](const AppTradeoff& a) { return a.best_logged_ms; });
    static const QColor kColours[] = {QColor(31, 119, 180), QColor(214, 39, 40), QColor(44, 160, 44)};
    const std::size_t n = std::min<std::size_t>(kMaxBarDesigns, tradeoffs_.combined_ratio.size());
    for (std::size_t i = 0; i < n; ++i) {
        const QColor c = kColours[i];
        addSet(tr("%1 predicted").arg(labels.value(static_cast<int>(i))), c.lighter(150),
               [i](const AppTradeoff& a) { return a.predicted_ms[i]; });
        addSet(tr("%1 simulated").arg(labels.value(static_cast<int>(i))), c,
               [i](const AppTradeoff& a) { return a.verified_ms[i]; });
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    // Upright names: Qt Charts elides a slanted label wider than its
    // category, and nine applications leave ~40 px per category.
    x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    double lo = INFINITY, hi = 0;
    for (auto* set : series->barSets())
        for (int j = 0; j < set->count(); ++j)
            if (set->at(j) > 0) lo = std::min(lo, set->at(j)), hi = std::max(hi, set->at(j));
    auto* y = new QLogValueAxis;
    y->setLabelFormat(QStringLiteral("%g"));
    y->setBase(10);
    if (hi > 0) y->setRange(lo / 2, hi * 2);
    y->setTitleText(tr("ms"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    themePlot(chart_);  // the axes are new: give them the theme's colours
}

void TradeoffView::fillTable(const QStringList& labels) {
    const int apps = static_cast<int>(tradeoffs_.apps.size());
    const int designs = static_cast<int>(tradeoffs_.combined_ratio.size());
    table_->setColumnCount(apps + 2);
    table_->setRowCount(designs + 1);
    QStringList header{tr("Design")};
    for (const auto& a : tradeoffs_.apps) header << tr("%1 ratio").arg(appName(a.app));
    header << tr("Combined (%1)").arg(QString::fromLatin1(std::string(to_string(aggregate_)).c_str()));
    table_->setHorizontalHeaderLabels(header);
    auto cell = [this](int r, int c, const QString& text, bool best = false, const QString& tip = {}) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
        if (best) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            // A fixed light-green/black pair: readable in the light and the dark theme.
            item->setBackground(QColor(220, 240, 220));
            item->setForeground(QColor(20, 20, 20));
        }
        if (!tip.isEmpty()) item->setToolTip(tip);
        table_->setItem(r, c, item);
    };
    cell(0, 0, tr("best logged, ms"));
    for (int a = 0; a < apps; ++a) {
        const double v = tradeoffs_.apps[static_cast<std::size_t>(a)].best_logged_ms;
        cell(0, a + 1, std::isfinite(v) ? QLocale().toString(v, 'g', 4) : tr("none in budget"));
    }
    for (int i = 0; i < designs; ++i) {
        const auto ui = static_cast<std::size_t>(i);
        cell(i + 1, 0, labels.value(i));
        for (int a = 0; a < apps; ++a) {
            const AppTradeoff& t = tradeoffs_.apps[static_cast<std::size_t>(a)];
            const QString tip = tr("predicted %1 ms, simulated %2 ms")
                                    .arg(t.predicted_ms[ui], 0, 'g', 4)
                                    .arg(std::isfinite(t.verified_ms[ui]) ? QLocale().toString(t.verified_ms[ui], 'g', 4)
                                                                          : tr("n/a"));
            cell(i + 1, a + 1, ratioText(t.ratio[ui]), t.best_design == ui, tip);
        }
        cell(i + 1, apps + 1, ratioText(tradeoffs_.combined_ratio[ui]), tradeoffs_.best_overall == ui);
    }
}

}  // namespace prime::ui
