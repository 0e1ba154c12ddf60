// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <algorithm>
#include <QChart>
#include <QChartView>
#include <QStyle>
#include <QStyleFactory>
#include <QValueAxis>
#include <qcustomplot.h>

namespace prime::ui {

namespace {

struct SystemLook {
    QString style;
    QPalette palette;
    bool saved = false;
};
SystemLook& systemLook() {
    static SystemLook look;
    return look;
}
QString& themeName() {
    static QString name = QStringLiteral("system");
    return name;
}

QPalette darkPalette() {
    // Fusion's roles on a dark grey: the text contrast follows WCAG AA (> 7:1 for text on base).
    QPalette p;
    const QColor window(45, 47, 50), base(30, 31, 34), text(225, 227, 230), disabled(125, 128, 132);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 42, 45));
    p.setColor(QPalette::ToolTipBase, QColor(60, 63, 66));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    p.setColor(QPalette::Light, QColor(70, 72, 76));
    p.setColor(QPalette::Midlight, QColor(58, 60, 64));
    p.setColor(QPalette::Mid, QColor(38, 40, 43));
    p.setColor(QPalette::Dark, QColor(25, 26, 28));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, QColor(53, 132, 228));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// A neutral colour (grey, black, white) has no meaning of its own: it follows the theme.
bool neutral(const QColor& c) { return c.hslSaturation() < 40; }

QColor themed(const QColor& c, const QPalette& p) {
    if (!neutral(c)) return c;
    // Keep how far a grey sits between the background and the text, in the new palette.
    const QColor fg = p.color(QPalette::Text), bg = p.color(QPalette::Base);
    const double t = 1.0 - c.lightnessF();  // black = full text colour, white = background
    auto mix = [t](int a, int b) { return static_cast<int>(b + (a - b) * t); };
    QColor out(mix(fg.red(), bg.red()), mix(fg.green(), bg.green()), mix(fg.blue(), bg.blue()), c.alpha());
    return out;
}

QPen themedPen(QPen pen, const QPalette& p) {
    pen.setColor(themed(pen.color(), p));
    return pen;
}

QBrush themedBrush(QBrush brush, const QPalette& p) {
    if (brush.style() != Qt::NoBrush) brush.setColor(themed(brush.color(), p));
    return brush;
}

// Text in a meaning colour (an application's) is drawn darker than the colour
// for contrast on white; on a dark background it needs the light side instead.
QColor themedText(const QColor& c, const QPalette& p) {
    if (neutral(c) || !isDark(p) || c.lightness() >= 140) return themed(c, p);
    return QColor::fromHsl(c.hslHue(), c.hslSaturation(), 185, c.alpha());
}

void themeAxis(QCPAxis* axis, const QPalette& p) {
    const QColor text = p.color(QPalette::Text);
    const QColor grid = isDark(p) ? QColor(80, 82, 86) : QColor(200, 200, 200);
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setSubTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setSubGridPen(QPen(grid.lighter(isDark(p) ? 80 : 110), 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid, 1));
}

void themeCustomPlot(QCustomPlot* plot) {
    // Each colour is themed from its value in the light original, kept on the
    // item, so switching back and forth never drifts.
    const QPalette p = plot->palette();
    plot->setBackground(p.color(QPalette::Base));
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis* axis : rect->axes()) themeAxis(axis, p);
    }
    auto original = [](QObject* o, const char* key, const QVariant& now) {
        if (!o->property(key).isValid()) o->setProperty(key, now);
        return o->property(key);
    };
    if (plot->legend) {
        plot->legend->setBrush(themedBrush(original(plot->legend, "prime.brush", plot->legend->brush()).value<QBrush>(), p));
        plot->legend->setTextColor(p.color(QPalette::Text));
        plot->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot->item(i));
        if (text && !text->property("prime.keepColours").toBool()) {
            text->setColor(themedText(original(text, "prime.color", text->color()).value<QColor>(), p));
            text->setBrush(themedBrush(original(text, "prime.brush", text->brush()).value<QBrush>(), p));
        }
    }
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* g = plot->graph(i);
        QCPScatterStyle style = g->scatterStyle();
        const QPen pen = original(g, "prime.scatterPen", style.pen()).value<QPen>();
        style.setPen(themedPen(pen, p));
        g->setScatterStyle(style);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void themeChart(QChartView* view) {
    QChart* chart = view->chart();
    if (!chart) return;
    const QPalette p = view->palette();
    const QColor text = p.color(QPalette::Text);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(isDark(p) ? QColor(80, 82, 86) : QColor(220, 220, 220));
    }
}

// Polish (first show) and palette changes reach every widget: plots are themed there.
class PlotThemer : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        // A palette change reaches a plot still inside its constructor (QChartView
        // sets its role there): only a polished widget is complete enough to theme.
        auto* w = qobject_cast<QWidget*>(watched);
        if (w && (event->type() == QEvent::Polish ||
                  (event->type() == QEvent::PaletteChange && w->testAttribute(Qt::WA_WState_Polished))))
            themePlot(w);
        return false;
    }
};

PlotThemer*& themer() {
    static PlotThemer* instance = nullptr;
    return instance;
}

void installPlotThemer() {
    if (themer()) return;
    themer() = new PlotThemer(qApp);
    qApp->installEventFilter(themer());
}

}  // namespace

QStringList themeNames() { return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}; }

QString currentTheme() { return themeName(); }

bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor readableText(const QColor& colour, const QPalette& palette) {
    if (palette.color(QPalette::Base).lightness() >= 128) return colour.darker(140);
    // HSL lightness at least 170 of 255: dark blues and browns stay readable on a dark base.
    QColor c = colour.toHsl();
    return QColor::fromHsl(c.hslHue(), c.hslSaturation(), std::max(c.lightness(), 170));
}

void themePlot(QWidget* plot) {
    if (!themer()) return;  // no theme applied (tests): plots keep the colours they were built with
    if (auto* custom = qobject_cast<QCustomPlot*>(plot)) themeCustomPlot(custom);
    else if (auto* chart = qobject_cast<QChartView*>(plot)) themeChart(chart);
}

void applyTheme(const QString& requested) {
    SystemLook& look = systemLook();
    if (!look.saved) {
        look.style = qApp->style()->name();
        look.palette = QApplication::palette();
        look.saved = true;
    }
    installPlotThemer();
    const QString name = themeNames().contains(requested) ? requested : QStringLiteral("system");
    themeName() = name;
    if (name == QLatin1String("system")) {
        QApplication::setStyle(QStyleFactory::create(look.style));
        QApplication::setPalette(look.palette);
    } else {
        // Fusion draws every control from the palette, so light and dark look alike but for colour.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(name == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    }
    // Each widget's palette follows in a posted PaletteChange, where the filter re-themes its plot.
}

}  // namespace prime::ui
