// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer_state.h"
#include "undo_step.h"

#include <QLocale>
#include <QUndoStack>
#include <cmath>

namespace prime::ui {

void ExplorerState::setLog(std::shared_ptr<const DesignLog> log, explore::LogOverview overview) {
    log_ = std::move(log);
    overview_ = std::move(overview);
    index_.reset();
    if (!log_ || app_ >= static_cast<int>(log_->app_names().size())) app_ = -1;
    selection_ = std::make_shared<const prime::Selection>();
    if (undo_) undo_->clear();
    Q_EMIT logChanged();
    Q_EMIT selectionChanged();
}

void ExplorerState::setIndex(std::shared_ptr<const explore::BudgetIndex> index) {
    index_ = std::move(index);
    Q_EMIT indexChanged();
}

void ExplorerState::setApp(int app) {
    if (!log_ || app < -1 || app >= static_cast<int>(log_->app_names().size())) app = -1;
    if (app == app_) return;
    app_ = app;
    Q_EMIT appChanged(app_);
}

void ExplorerState::setSelection(SelectionPtr rows) {
    if (!rows) rows = std::make_shared<const prime::Selection>();
    const bool same = rows == selection_ || *rows == *selection_;
    if (undo_ && !applyingUndo_ && !same) {
        const QString text = rows->empty() ? tr("Clear selection") : tr("Select %Ln design(s)", nullptr, static_cast<int>(rows->size()));
        undo_->push(new UndoStep<SelectionPtr>(text, selection_, rows, [this](const SelectionPtr& s) {
            applyingUndo_ = true;
            applySelection(s);
            applyingUndo_ = false;
        }));
    }
    applySelection(std::move(rows));
}

void ExplorerState::applySelection(SelectionPtr rows) {
    selection_ = std::move(rows);
    Q_EMIT selectionChanged();
}

explore::AppMask ExplorerState::appMask() const {
    if (!log_ || app_ < 0) return {};
    return explore::only_app(log_->app_names().size(), static_cast<AppId>(app_));
}

std::uint64_t ExplorerState::feasibleShown() const { return overview_.combined(appMask()).feasible; }

QString ExplorerState::appName(int app) const {
    if (!log_ || app < 0 || app >= static_cast<int>(log_->app_names().size())) return tr("All applications");
    return QString::fromStdString(log_->app_names()[static_cast<std::size_t>(app)]);
}

QString ExplorerState::parameterText(std::size_t p, RowIndex row) const {
    const auto& param = log_->space().parameter(p);
    const double v = param.values[log_->parameter(p)[row]];
    const QString unit = QString::fromStdString(param.unit);
    return unit.isEmpty() ? QLocale().toString(v, 'g', 8) : QStringLiteral("%1 %2").arg(QLocale().toString(v, 'g', 8), unit);
}

QString ExplorerState::describeRow(RowIndex row) const {
    if (!log_ || row >= log_->rows()) return {};
    QString html = QStringLiteral("<b>%1</b> · %2<br>").arg(tr("Design %L1").arg(row), appName(log_->app()[row]).toHtmlEscaped());
    const bool ok = log_->feasible()[row];
    if (ok) {
        html += tr("Latency: %1 ms").arg(QLocale().toString(static_cast<double>(log_->latency_ms()[row]), 'g', 5)) + QStringLiteral("<br>");
    } else {
        QString reason = tr("unknown reason");
        if (log_->has_reasons() && log_->reason()[row] > 0)
            reason = QString::fromStdString(log_->reason_names()[log_->reason()[row] - 1u]);
        html += tr("Infeasible: %1").arg(reason.toHtmlEscaped()) + QStringLiteral("<br>");
    }
    html += tr("Area: %1 mm²").arg(QLocale().toString(static_cast<double>(log_->area_mm2()[row]), 'g', 5));
    html += QStringLiteral("<table cellspacing=0 cellpadding=0>");
    for (std::size_t p = 0; p < log_->space().dimension(); ++p) {
        const auto& param = log_->space().parameter(p);
        const QString name = QString::fromStdString(param.display_name.empty() ? param.name : param.display_name);
        html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td align=right>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), parameterText(p, row).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

}  // namespace prime::ui
