// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one home of what PRIME Studio keeps between runs (QSettings): the
// user's preferences, the recent files, and the window layout. Nothing else
// in ui/ reads or writes these keys.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace prime::ui {

struct Preferences {
    int threads = 0;                 // compute threads for training and search; 0 = one per core
    QString theme = QStringLiteral("system");  // "system", "light" or "dark" (themeNames())
    QString language;                // "" = the system's, else a locale name ("en", "de"); applies at the next start
    double defaultBudgetMm2 = 27.0;  // the area budget a new window opens with (PRIME's default); 0 = none
    QString defaultModel = QStringLiteral("auto");  // the Surrogate panel's model (model_choices.h)

    static Preferences load();
    void save() const;
    bool operator==(const Preferences&) const = default;
};

// Most recent first, at most kMaxRecentFiles, files that no longer exist dropped.
QStringList recentFiles();
void addRecentFile(const QString& path);
void clearRecentFiles();
inline constexpr int kMaxRecentFiles = 10;

// The main window's geometry and dock/toolbar state (QMainWindow::saveState).
struct WindowLayout {
    QByteArray geometry, state;
    static WindowLayout load();
    void save() const;
    bool empty() const { return geometry.isEmpty() && state.isEmpty(); }
};

}  // namespace prime::ui
