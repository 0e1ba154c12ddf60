// SPDX-License-Identifier: GPL-3.0-or-later
#include "model_choices.h"

#include <QCoreApplication>

namespace prime::ui {

void addModelChoices(QComboBox* box) {
    // Short labels (the dock is narrow in small windows); the tooltips explain.
    box->addItem(QCoreApplication::translate("ModelChoices", "Automatic"), QStringLiteral("auto"));
    box->setItemData(0, QCoreApplication::translate("ModelChoices", "A Gaussian process for logs of at most 4,000 feasible designs per application, else the MLP"),
                     Qt::ToolTipRole);
    box->addItem(QCoreApplication::translate("ModelChoices", "MLP 256-256 (fast)"), QStringLiteral("mlp"));
    box->addItem(QCoreApplication::translate("ModelChoices", "PRIME transformer (paper)"), QStringLiteral("transformer"));
    box->addItem(QCoreApplication::translate("ModelChoices", "Gaussian process"), QStringLiteral("gp"));
    box->setItemData(3, QCoreApplication::translate("ModelChoices", "For small logs: one fit of a few seconds, no training steps"), Qt::ToolTipRole);
}

void applyModelChoice(const QString& choice, TrainSettings& t) {
    t.auto_model = choice == QStringLiteral("auto");
    t.model = choice == QStringLiteral("transformer") ? ModelOptions::prime_transformer()
              : choice == QStringLiteral("gp")        ? ModelOptions::gaussian_process()
                                                      : ModelOptions::default_mlp();
}

}  // namespace prime::ui
