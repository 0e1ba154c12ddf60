// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The search panel's setup form: optimizer (from the optimizer registry) and
// its options, population, generations, K, seed, applications and how they
// combine, Pareto mode, the area budget box (bound to the app-wide budget)
// and the oracle. It only turns widgets into SearchSettings and back; the
// panel runs them through SearchSession.
#include <QWidget>
#include <string>
#include <vector>

#include "data/design_log.h"
#include "session/area_budget.h"
#include "session/settings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace prime::ui {

class SearchSetupForm : public QWidget {
    Q_OBJECT
public:
    explicit SearchSetupForm(QWidget* parent = nullptr);

    /// The log's applications (checked: those in `checked`, or the only one)
    /// and the optimizer defaults for its space. `log` may be null.
    void setLog(const DesignLog* log, const std::vector<std::string>& checked);
    /// Checks the applications in `names`.
    void checkApps(const std::vector<std::string>& names);

    /// What the widgets describe. Unparsable option JSON is kept as a
    /// discarded value and unparsable weights as NaN, for the session to
    /// reject with the setting's name.
    SearchSettings settings() const;
    void applySettings(const SearchSettings& settings);
    QString optimizerOptionsText() const;

    /// The budget box (the app-wide BudgetController binds to it).
    AreaBudget areaBudget() const;
    void setAreaBudget(double limitMm2);  // <= 0 or inf = none

    /// The command oracle as set up in its dialog; selects the command oracle.
    void setCommandOracle(const OracleSettings& settings);
    const OracleSettings& commandOracle() const { return commandOracle_; }

    /// Disables editing while a search runs.
    void setRunning(bool running);
    void setOracleSetupEnabled(bool enabled);

protected:
    /// Wheel events over an unfocused box scroll the panel instead of changing the setting.
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void oracleSetupRequested();
    void oracleChanged();

private:
    void fillOptimizerOptions();
    void updateOracleText();

    SearchSpace space_;
    OracleSettings commandOracle_;
    QComboBox* optimizer_ = nullptr;
    QLineEdit* optimizerOptions_ = nullptr;
    QSpinBox* population_ = nullptr;
    QSpinBox* generations_ = nullptr;
    QSpinBox* k_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QListWidget* apps_ = nullptr;
    QComboBox* aggregate_ = nullptr;
    QLineEdit* weights_ = nullptr;
    QCheckBox* pareto_ = nullptr;
    QDoubleSpinBox* budget_ = nullptr;
    QComboBox* oracle_ = nullptr;
    QPushButton* oracleSetup_ = nullptr;
    QLabel* oracleText_ = nullptr;
};

}  // namespace prime::ui
