// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_dialog.h"
#include "model_choices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace prime::ui {

QStringList SettingsDialog::languages() { return {QStringLiteral("en"), QStringLiteral("de")}; }

SettingsDialog::SettingsDialog(const Preferences& current, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    setObjectName("preferencesDialog");
    startLanguage_ = current.language;

    threads_ = new QSpinBox(this);
    threads_->setObjectName("prefThreads");
    threads_->setRange(0, 1024);
    threads_->setSpecialValueText(tr("one per core (%1)").arg(QThread::idealThreadCount()));
    threads_->setValue(current.threads);
    threads_->setToolTip(tr("Threads for training, prediction and search"));

    theme_ = new QComboBox(this);
    theme_->setObjectName("prefTheme");
    theme_->addItem(tr("System"), QStringLiteral("system"));
    theme_->addItem(tr("Light"), QStringLiteral("light"));
    theme_->addItem(tr("Dark"), QStringLiteral("dark"));
    theme_->setCurrentIndex(std::max(0, theme_->findData(current.theme)));

    language_ = new QComboBox(this);
    language_->setObjectName("prefLanguage");
    language_->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString& name : languages()) {
        const QLocale locale(name);
        language_->addItem(locale.nativeLanguageName(), name);
    }
    language_->setCurrentIndex(std::max(0, language_->findData(current.language)));
    restartNote_ = new QLabel(tr("The language changes when PRIME Studio starts again."), this);
    restartNote_->setObjectName("prefRestartNote");
    restartNote_->setWordWrap(true);
    restartNote_->setVisible(false);
    connect(language_, &QComboBox::currentIndexChanged, this,
            [this] { restartNote_->setVisible(language_->currentData().toString() != startLanguage_); });

    budget_ = new QDoubleSpinBox(this);
    budget_->setObjectName("prefBudget");
    budget_->setRange(0, 1e6);
    budget_->setDecimals(2);
    budget_->setSuffix(tr(" mm²"));
    budget_->setSpecialValueText(tr("none"));
    budget_->setValue(current.defaultBudgetMm2);
    budget_->setToolTip(tr("The area budget a new window starts with"));

    model_ = new QComboBox(this);
    model_->setObjectName("prefModel");
    addModelChoices(model_);
    model_->setCurrentIndex(std::max(0, model_->findData(current.defaultModel)));
    model_->setToolTip(tr("The model the Surrogate panel proposes for a new log"));

    auto* form = new QFormLayout;
    form->addRow(tr("Compute threads"), threads_);
    form->addRow(tr("Theme"), theme_);
    form->addRow(tr("Language"), language_);
    form->addRow(QString(), restartNote_);
    form->addRow(tr("Default area budget"), budget_);
    form->addRow(tr("Default surrogate model"), model_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences SettingsDialog::preferences() const {
    Preferences p;
    p.threads = threads_->value();
    p.theme = theme_->currentData().toString();
    p.language = language_->currentData().toString();
    p.defaultBudgetMm2 = budget_->value();
    p.defaultModel = model_->currentData().toString();
    return p;
}

}  // namespace prime::ui
