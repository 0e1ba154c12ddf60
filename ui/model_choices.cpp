// SPDX-License-Identifier: GPL-3.0-or-later
#include "model_choices.h"

#include <QCoreApplication>

namespace prime::ui {

void addModelChoices(QComboBox* box) {
    box->addItem(QCoreApplication::translate("ModelChoices", "Automatic (GP for small logs, else MLP)"), QStringLiteral("auto"));
    box->addItem(QCoreApplication::translate("ModelChoices", "MLP 256-256 (fast)"), QStringLiteral("mlp"));
    box->addItem(QCoreApplication::translate("ModelChoices", "PRIME transformer (paper)"), QStringLiteral("transformer"));
    box->addItem(QCoreApplication::translate("ModelChoices", "Gaussian process (small logs)"), QStringLiteral("gp"));
}

void applyModelChoice(const QString& choice, TrainSettings& t) {
    t.auto_model = choice == QStringLiteral("auto");
    t.model = choice == QStringLiteral("transformer") ? ModelOptions::prime_transformer()
              : choice == QStringLiteral("gp")        ? ModelOptions::gaussian_process()
                                                      : ModelOptions::default_mlp();
}

}  // namespace prime::ui
