// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The surrogate models a user can pick, one list for the Surrogate panel and
// Preferences. Item data: "auto", "mlp", "transformer" or "gp" (the names
// prime-cli train --arch takes).
#include <QComboBox>

#include "session/settings.h"

namespace prime::ui {

void addModelChoices(QComboBox* box);
/// The model and the automatic choice for an item's data.
void applyModelChoice(const QString& choice, TrainSettings& settings);

}  // namespace prime::ui
