// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_setup_form.h"

#include <QCheckBox>
#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>
#include <cmath>

#include "search/optimizer_factory.h"

namespace prime::ui {

namespace {

std::vector<std::string> splitNames(const QString& text) {
    std::vector<std::string> out;
    for (const QString& s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty()) out.push_back(s.trimmed().toStdString());
    return out;
}

}  // namespace

SearchSetupForm::SearchSetupForm(QWidget* parent) : QWidget(parent) {
    const StudyOptions defaults;
    optimizer_ = new QComboBox(this);
    optimizer_->setObjectName("optimizerKind");
    for (const auto& e : optimizer_registry()) {
        optimizer_->addItem(QString::fromStdString(e.kind), QString::fromStdString(e.kind));
        optimizer_->setItemData(optimizer_->count() - 1, QString::fromStdString(e.summary), Qt::ToolTipRole);
    }
    optimizerOptions_ = new QLineEdit(this);
    optimizerOptions_->setObjectName("optimizerOptions");
    optimizerOptions_->setToolTip(tr("The optimizer's options as JSON (docs/optimizers.md); filled with its defaults"));
    connect(optimizer_, &QComboBox::currentIndexChanged, this, [this] { fillOptimizerOptions(); });

    auto spin = [this](const char* name, int lo, int hi, int value) {
        auto* s = new QSpinBox(this);
        s->setObjectName(QLatin1String(name));
        s->setRange(lo, hi);
        s->setValue(value);
        return s;
    };
    population_ = spin("searchPopulation", 2, 100000, static_cast<int>(defaults.population));
    population_->setToolTip(tr("Designs scored per generation. An optimizer's own population (evolution's "
                               "population_size: the designs it keeps) is one of its Options."));
    generations_ = spin("searchGenerations", 1, 10000000, static_cast<int>(defaults.generations));
    k_ = spin("searchK", 1, 100000, static_cast<int>(defaults.k));
    seed_ = spin("searchSeed", 0, 2147483647, static_cast<int>(defaults.seed));

    apps_ = new QListWidget(this);
    apps_->setObjectName("searchApps");
    apps_->setMaximumHeight(90);
    apps_->setToolTip(tr("Applications of the objective; several = one design for all of them"));
    aggregate_ = new QComboBox(this);
    aggregate_->setObjectName("searchAggregate");
    aggregate_->addItem(tr("geometric mean"), QStringLiteral("geomean"));
    aggregate_->addItem(tr("mean"), QStringLiteral("mean"));
    aggregate_->addItem(tr("worst"), QStringLiteral("worst"));
    weights_ = new QLineEdit(this);
    weights_->setObjectName("searchWeights");
    weights_->setPlaceholderText(tr("equal"));
    weights_->setToolTip(tr("Per-application weights, comma-separated, in the order of the checked applications"));
    pareto_ = new QCheckBox(tr("Area-latency Pareto mode"), this);
    pareto_->setObjectName("searchPareto");
    budget_ = new QDoubleSpinBox(this);
    budget_->setObjectName("searchAreaBudget");
    budget_->setRange(0, 1e6);
    budget_->setDecimals(1);
    budget_->setValue(27.0);  // PRIME's area threshold (prime-method.md)
    budget_->setSuffix(tr(" mm²"));
    budget_->setSpecialValueText(tr("no budget"));
    oracle_ = new QComboBox(this);
    oracle_->setObjectName("searchOracle");
    oracle_->addItem(tr("auto (built-in simulator for the built-in space)"), QStringLiteral("auto"));
    oracle_->addItem(tr("built-in simulator"), QStringLiteral("builtin"));
    oracle_->addItem(tr("command (your simulator)"), QStringLiteral("command"));
    oracle_->addItem(tr("none"), QStringLiteral("none"));
    oracleSetup_ = new QPushButton(tr("Command oracle…"), this);
    oracleSetup_->setObjectName("oracleSetupButton");
    oracleSetup_->setToolTip(tr("Your simulator as a command: a CSV of designs in, a CSV of results out (docs/oracles.md)"));
    connect(oracleSetup_, &QPushButton::clicked, this, &SearchSetupForm::oracleSetupRequested);
    oracleText_ = new QLabel(this);
    oracleText_->setObjectName("oracleText");
    oracleText_->setWordWrap(true);
    connect(oracle_, &QComboBox::currentIndexChanged, this, [this] {
        updateOracleText();
        Q_EMIT oracleChanged();
    });

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Optimizer"), optimizer_);
    form->addRow(tr("Options"), optimizerOptions_);
    form->addRow(tr("Population"), population_);
    form->addRow(tr("Generations"), generations_);
    form->addRow(tr("K (proposals)"), k_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Applications"), apps_);
    form->addRow(tr("Combine by"), aggregate_);
    form->addRow(tr("Weights"), weights_);
    form->addRow(pareto_);
    form->addRow(tr("Area budget"), budget_);
    form->addRow(tr("Oracle"), oracle_);
    form->addRow(oracleSetup_);
    form->addRow(oracleText_);
    fillOptimizerOptions();
    updateOracleText();
    // The form lives in a scroll area: a wheel turned to scroll must not
    // change the box under the pointer (it silently switched the oracle).
    for (QWidget* w : std::initializer_list<QWidget*>{optimizer_, population_, generations_, k_, seed_, aggregate_, budget_,
                                                     oracle_}) {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(this);
    }
}

bool SearchSetupForm::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel) {
        if (auto* w = qobject_cast<QWidget*>(watched); w && !w->hasFocus()) {
            // Scroll the panel the form sits in, if any; never the box.
            for (QWidget* p = parentWidget(); p; p = p->parentWidget())
                if (auto* area = qobject_cast<QAbstractScrollArea*>(p)) {
                    QCoreApplication::sendEvent(area->verticalScrollBar(), event);
                    break;
                }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchSetupForm::fillOptimizerOptions() {
    // The kind's defaults, from a throwaway optimizer's saved state: the field
    // shows what will run, and the registry stays the one source of options.
    try {
        if (space_.empty()) {
            optimizerOptions_->setText(QStringLiteral("{}"));
            return;
        }
        const auto opt = make_optimizer(optimizer_->currentData().toString().toStdString(), space_, 1);
        optimizerOptions_->setText(QString::fromStdString(opt->save_state().at("options").dump()));
    } catch (const std::exception&) {
        optimizerOptions_->setText(QStringLiteral("{}"));
    }
}

void SearchSetupForm::setLog(const DesignLog* log, const std::vector<std::string>& checked) {
    space_ = log ? log->space() : SearchSpace();
    apps_->clear();
    if (log) {
        for (const auto& name : log->app_names()) {
            auto* item = new QListWidgetItem(name.empty() ? tr("(the log's only application)") : QString::fromStdString(name), apps_);
            item->setData(Qt::UserRole, QString::fromStdString(name));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        checkApps(log->app_names().size() == 1 ? log->app_names() : checked);
    }
    fillOptimizerOptions();
}

void SearchSetupForm::checkApps(const std::vector<std::string>& names) {
    for (int i = 0; i < apps_->count(); ++i) {
        const std::string name = apps_->item(i)->data(Qt::UserRole).toString().toStdString();
        apps_->item(i)->setCheckState(std::find(names.begin(), names.end(), name) != names.end() ? Qt::Checked : Qt::Unchecked);
    }
}

QString SearchSetupForm::optimizerOptionsText() const { return optimizerOptions_->text(); }

SearchSettings SearchSetupForm::settings() const {
    SearchSettings s;
    StudyOptions& o = s.study;
    o.optimizer = optimizer_->currentData().toString().toStdString();
    o.optimizer_options = nlohmann::json::parse(optimizerOptions_->text().toStdString(), nullptr, false);
    o.population = static_cast<std::size_t>(population_->value());
    o.generations = static_cast<std::size_t>(generations_->value());
    o.k = static_cast<std::size_t>(k_->value());
    o.seed = static_cast<std::uint64_t>(seed_->value());
    for (int i = 0; i < apps_->count(); ++i)
        if (apps_->item(i)->checkState() == Qt::Checked) o.apps.push_back(apps_->item(i)->data(Qt::UserRole).toString().toStdString());
    o.aggregate = *parse_latency_aggregate(aggregate_->currentData().toString().toStdString());
    for (const auto& w : splitNames(weights_->text())) {
        try {
            o.weights.push_back(std::stod(w));
        } catch (const std::exception&) {
            o.weights.push_back(std::nan(""));  // rejected with the setting's name by the session
        }
    }
    o.pareto = pareto_->isChecked();
    s.oracle.kind = oracle_->currentData().toString().toStdString();
    s.oracle.command = commandOracle_.command;
    s.oracle.timeout_seconds = commandOracle_.timeout_seconds;
    return s;
}

void SearchSetupForm::applySettings(const SearchSettings& s) {
    const StudyOptions& o = s.study;
    optimizer_->setCurrentIndex(std::max(0, optimizer_->findData(QString::fromStdString(o.optimizer))));
    optimizerOptions_->setText(QString::fromStdString(o.optimizer_options.dump()));
    population_->setValue(static_cast<int>(o.population));
    generations_->setValue(static_cast<int>(o.generations));
    k_->setValue(static_cast<int>(o.k));
    seed_->setValue(static_cast<int>(o.seed));
    checkApps(o.apps);
    aggregate_->setCurrentIndex(std::max(0, aggregate_->findData(QString::fromStdString(std::string(to_string(o.aggregate))))));
    QStringList w;
    for (double x : o.weights) w << QString::number(x);
    weights_->setText(w.join(QStringLiteral(",")));
    pareto_->setChecked(o.pareto);
    commandOracle_.command = s.oracle.command;
    commandOracle_.timeout_seconds = s.oracle.timeout_seconds;
    oracle_->setCurrentIndex(std::max(0, oracle_->findData(QString::fromStdString(s.oracle.kind))));
    updateOracleText();
}

AreaBudget SearchSetupForm::areaBudget() const {
    AreaBudget b;
    if (budget_->value() > 0) b.limit_mm2 = budget_->value();
    return b;
}

void SearchSetupForm::setAreaBudget(double limitMm2) {
    budget_->setValue(std::isfinite(limitMm2) && limitMm2 > 0 ? limitMm2 : 0);
}

void SearchSetupForm::setCommandOracle(const OracleSettings& settings) {
    commandOracle_ = settings;
    commandOracle_.kind = "command";
    oracle_->setCurrentIndex(oracle_->findData(QStringLiteral("command")));
    updateOracleText();
}

void SearchSetupForm::updateOracleText() {
    const bool command = oracle_->currentData().toString() == QStringLiteral("command");
    oracleText_->setVisible(command);
    oracleText_->setText(commandOracle_.command.empty() ? tr("No command set up yet.")
                                                        : tr("Command: %1").arg(QString::fromStdString(commandOracle_.command)));
}

void SearchSetupForm::setRunning(bool running) {
    for (QWidget* w : std::initializer_list<QWidget*>{optimizer_, optimizerOptions_, population_, generations_, k_, seed_,
                                                     apps_, aggregate_, weights_, pareto_, budget_, oracle_})
        w->setEnabled(!running);
}

void SearchSetupForm::setOracleSetupEnabled(bool enabled) { oracleSetup_->setEnabled(enabled); }

}  // namespace prime::ui
