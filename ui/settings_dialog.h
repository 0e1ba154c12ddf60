// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edit ▸ Preferences…: compute threads, theme, language, the default area
// budget and the default surrogate model (app_settings.h keeps them).
#include <QDialog>

#include "app_settings.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace prime::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences& current, QWidget* parent = nullptr);
    // What the form says now (the dialog does not save or apply it).
    Preferences preferences() const;
    // Locale names offered besides the system's ("en", "de").
    static QStringList languages();

private:
    QSpinBox* threads_ = nullptr;
    QComboBox* theme_ = nullptr;
    QComboBox* language_ = nullptr;
    QDoubleSpinBox* budget_ = nullptr;
    QComboBox* model_ = nullptr;
    QLabel* restartNote_ = nullptr;
    QString startLanguage_;
};

}  // namespace prime::ui
