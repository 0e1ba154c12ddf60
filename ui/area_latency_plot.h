#pragma once
// The design space at a glance: every logged feasible design as a point of
// (area, latency), log-scaled latency, with the Pareto front drawn on top.
#include <memory>

#include "qcustomplot.h"

#include "data/design_log.h"

namespace prime::ui {

class AreaLatencyPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit AreaLatencyPlot(QWidget* parent = nullptr);
    void setLog(std::shared_ptr<const DesignLog> log);
    int feasiblePointCount() const;
    int paretoPointCount() const;

private:
    QCPGraph* feasible_ = nullptr;
    QCPGraph* front_ = nullptr;
};

}  // namespace prime::ui
