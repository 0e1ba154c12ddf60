#include "plot_export.h"

#include <QChartView>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "qcustomplot.h"

namespace prime::ui {

QString plotFileFilter() { return QObject::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"); }

namespace {

bool renderVector(QWidget* plot, QPaintDevice& device, const QRect& target) {
    QPainter painter;
    if (auto* cp = qobject_cast<QCustomPlot*>(plot)) {
        QCPPainter p;
        if (!p.begin(&device)) return false;
        p.setMode(QCPPainter::pmVectorized);
        p.setMode(QCPPainter::pmNoCaching);
        cp->toPainter(&p, plot->width(), plot->height());
        return p.end();
    }
    if (auto* cv = qobject_cast<QChartView*>(plot)) {
        if (!painter.begin(&device)) return false;
        cv->render(&painter, target, plot->rect());
        return painter.end();
    }
    return false;
}

}  // namespace

bool savePlot(QWidget* plot, const QString& path, QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QStringLiteral("png")) {
        if (auto* cp = qobject_cast<QCustomPlot*>(plot)) ok = cp->savePng(path, plot->width(), plot->height(), 2.0);
        else ok = plot->grab().save(path, "PNG");
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(plot->size());
        svg.setViewBox(plot->rect());
        svg.setTitle(plot->objectName());
        ok = renderVector(plot, svg, plot->rect());
    } else if (suffix == QStringLiteral("pdf")) {
        if (auto* cp = qobject_cast<QCustomPlot*>(plot)) {
            ok = cp->savePdf(path, plot->width(), plot->height());
        } else {
            QPdfWriter pdf(path);
            pdf.setPageSize(QPageSize(QSizeF(plot->width(), plot->height()), QPageSize::Point));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setResolution(72);
            ok = renderVector(plot, pdf, QRect(0, 0, plot->width(), plot->height()));
        }
    } else {
        if (error) *error = QObject::tr("Unknown plot format '%1': use .png, .svg or .pdf.").arg(suffix);
        return false;
    }
    if (!ok && error) *error = QObject::tr("Could not write %1.").arg(path);
    return ok;
}

}  // namespace prime::ui
