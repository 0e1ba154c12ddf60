// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_settings.h"

#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace prime::ui {

namespace {
// Bumped when the meaning of a saved layout changes (new docks): an old
// QMainWindow state would then restore the wrong set.
constexpr int kLayoutVersion = 1;
}  // namespace

Preferences Preferences::load() {
    QSettings s;
    Preferences p;
    s.beginGroup(QStringLiteral("preferences"));
    p.threads = std::max(0, s.value(QStringLiteral("threads"), p.threads).toInt());
    p.theme = s.value(QStringLiteral("theme"), p.theme).toString();
    p.language = s.value(QStringLiteral("language"), p.language).toString();
    p.defaultBudgetMm2 = std::max(0.0, s.value(QStringLiteral("defaultBudgetMm2"), p.defaultBudgetMm2).toDouble());
    p.defaultModel = s.value(QStringLiteral("defaultModel"), p.defaultModel).toString();
    return p;
}

void Preferences::save() const {
    QSettings s;
    s.beginGroup(QStringLiteral("preferences"));
    s.setValue(QStringLiteral("threads"), threads);
    s.setValue(QStringLiteral("theme"), theme);
    s.setValue(QStringLiteral("language"), language);
    s.setValue(QStringLiteral("defaultBudgetMm2"), defaultBudgetMm2);
    s.setValue(QStringLiteral("defaultModel"), defaultModel);
}

QStringList recentFiles() {
    QStringList kept;
    for (const QString& path : QSettings().value(QStringLiteral("recentFiles")).toStringList())
        if (QFileInfo::exists(path) && !kept.contains(path)) kept << path;
    return kept.mid(0, kMaxRecentFiles);
}

void addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(QStringLiteral("recentFiles"), files.mid(0, kMaxRecentFiles));
}

void clearRecentFiles() { QSettings().remove(QStringLiteral("recentFiles")); }

WindowLayout WindowLayout::load() {
    QSettings s;
    s.beginGroup(QStringLiteral("layout"));
    if (s.value(QStringLiteral("version")).toInt() != kLayoutVersion) return {};
    return {s.value(QStringLiteral("geometry")).toByteArray(), s.value(QStringLiteral("state")).toByteArray()};
}

void WindowLayout::save() const {
    QSettings s;
    s.beginGroup(QStringLiteral("layout"));
    s.setValue(QStringLiteral("version"), kLayoutVersion);
    s.setValue(QStringLiteral("geometry"), geometry);
    s.setValue(QStringLiteral("state"), state);
}

}  // namespace prime::ui
