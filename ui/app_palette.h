// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours the explorer uses everywhere, so an application or an
// infeasibility reason has the same colour in the plot, the legend, the
// budget chart and the feasibility map.
#include <QColor>

namespace prime::ui {

// Applications: a qualitative palette that stays distinguishable on white
// (Tableau 10 order), repeating after ten.
QColor appColor(int app);
// Infeasibility reasons: warm and grey tones, kept apart from the app
// colours' blues and greens so "infeasible" reads at a glance. Slot 0 is "unknown".
QColor reasonColor(int slot);
// The single-application density ramp runs from this (sparse) to a dark shade of it.
QColor singleAppColor();

}  // namespace prime::ui
