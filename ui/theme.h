// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Light, dark and system themes. The widgets take the palette; the plots
// (QCustomPlot and Qt Charts) are recoloured from it by one application-wide
// event filter, so a plot created later, or a theme switched while the app
// runs, is drawn in the theme's colours without each view knowing about it.
// Neutral colours (black, grey, white) follow the theme; colours that mean
// something (an application, a failure reason, the red budget line) stay.
// A text item with the property "prime.keepColours" keeps its colours (a
// label whose contrast is with a heat-map cell, not with the background).
#include <QPalette>
#include <QStringList>

class QWidget;

namespace prime::ui {

// "system", "light", "dark".
QStringList themeNames();
// Applies a theme to the whole application (an unknown name is "system").
// The first call remembers the platform's own style and palette as "system".
void applyTheme(const QString& name);
// The theme applied last ("system" before any call).
QString currentTheme();
// True when the palette's window colour is dark.
bool isDark(const QPalette& palette);
// `colour` (an application's, a failure's) as text readable on the palette's
// base: the same hue, darkened on a light base, lightened on a dark one.
QColor readableText(const QColor& colour, const QPalette& palette);
// Recolours one plot widget (QCustomPlot or QChartView) from its palette.
// The event filter calls it on polish and on every palette change; a plot
// that adds items later (a new log's labels) calls it again. A no-op until
// applyTheme has run once.
void themePlot(QWidget* plot);

}  // namespace prime::ui
