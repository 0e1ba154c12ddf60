#pragma once
// Saves a plot as PNG, SVG or PDF, chosen by the file's suffix: QCustomPlot
// views through their own vector painter, Qt Charts views by rendering the
// scene, so SVG and PDF stay vector graphics (no screenshots inside).
#include <QString>

class QWidget;

namespace prime::ui {

/// `plot` is a QCustomPlot or a QChartView. False with `error` set when the
/// suffix is unknown or the file cannot be written.
bool savePlot(QWidget* plot, const QString& path, QString* error = nullptr);
/// The file-dialog filter for savePlot.
QString plotFileFilter();

}  // namespace prime::ui
