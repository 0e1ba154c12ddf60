#pragma once
// Per-application trade-offs of chosen designs (session/tradeoffs.h): grouped
// bars of latency per application (predicted and simulated for each design,
// beside the best logged design of that application within the area budget),
// a table of ratios (best logged / design; above 1 = better than the log) with
// the combined ratio, and which design is best for all applications together
// and which for each one. Qt Charts: a small summary chart.
#include <QWidget>
#include <vector>

#include "session/tradeoffs.h"

class QChartView;
class QLabel;
class QTableWidget;

namespace prime::ui {

class TradeoffView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxBarDesigns = 3;  // more bars than this stop being readable

    explicit TradeoffView(QWidget* parent = nullptr);

    /// `labels` name the designs (e.g. their rank). std::invalid_argument from the session passes through.
    void setDesigns(const DesignLog& log, const AreaBudget& budget, const std::vector<std::string>& apps,
                    LatencyAggregate aggregate, const std::vector<Proposal>& designs, const QStringList& labels);
    void clear();

    const Tradeoffs& tradeoffs() const { return tradeoffs_; }
    QTableWidget* table() const { return table_; }
    QChartView* chart() const { return chart_; }
    QString summary() const;
    int barSetCount() const;

private:
    void fillChart(const QStringList& labels);
    void fillTable(const QStringList& labels);

    Tradeoffs tradeoffs_;
    LatencyAggregate aggregate_ = LatencyAggregate::GeometricMean;
    QChartView* chart_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* summary_ = nullptr;
};

}  // namespace prime::ui
