// SPDX-License-Identifier: GPL-3.0-or-later
#include "design_table_model.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <cmath>

#include "theme.h"

namespace prime::ui {

void DesignTableModel::setLog(std::shared_ptr<const DesignLog> log) {
    beginResetModel();
    log_ = std::move(log);
    rows_ = std::make_shared<const Selection>();
    page_ = 0;
    endResetModel();
}

void DesignTableModel::setPage(std::size_t page) {
    page = std::min(page, pageCount() - 1);
    if (page == page_) return;
    beginResetModel();
    page_ = page;
    endResetModel();
}

void DesignTableModel::setRows(std::shared_ptr<const Selection> rows) {
    beginResetModel();
    rows_ = rows ? std::move(rows) : std::make_shared<const Selection>();
    page_ = 0;
    endResetModel();
}

int DesignTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !log_) return 0;
    const std::size_t first = page_ * kPageRows;
    return first >= rows_->size() ? 0 : static_cast<int>(std::min(kPageRows, rows_->size() - first));
}

int DesignTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !log_) return 0;
    return kFixed + static_cast<int>(log_->space().dimension() + log_->metrics().size());
}

explore::SortKey DesignTableModel::sortKey(int column) const {
    using C = explore::SortKey::Column;
    switch (column) {
        case ColRow: return {C::Row, 0};
        case ColApp: return {C::Application, 0};
        case ColFeasible: return {C::Feasible, 0};
        case ColReason: return {C::Reason, 0};
        case ColLatency: return {C::Latency, 0};
        case ColArea: return {C::Area, 0};
        default: break;
    }
    const auto p = static_cast<std::size_t>(column - kFixed);
    if (p < log_->space().dimension()) return {C::Parameter, p};
    return {C::Metric, p - log_->space().dimension()};
}

QString DesignTableModel::cellText(RowIndex row, int column) const {
    const auto& log = *log_;
    const bool ok = log.feasible()[row];
    switch (column) {
        case ColRow: return QString::number(row);
        case ColApp: return QString::fromStdString(log.app_names()[log.app()[row]]);
        case ColFeasible: return ok ? tr("yes") : tr("no");
        case ColReason:
            if (ok) return {};
            if (log.has_reasons() && log.reason()[row] > 0) return QString::fromStdString(log.reason_names()[log.reason()[row] - 1u]);
            return tr("unknown");
        case ColLatency: return ok ? QString::number(static_cast<double>(log.latency_ms()[row]), 'g', 7) : QString();
        case ColArea: return QString::number(static_cast<double>(log.area_mm2()[row]), 'g', 7);
        default: break;
    }
    const auto p = static_cast<std::size_t>(column - kFixed);
    if (p < log.space().dimension()) return QString::number(log.space().value(p, log.parameter(p)[row]), 'g', 10);
    const float m = log.metrics()[p - log.space().dimension()].values[row];
    return std::isnan(m) ? QString() : QString::number(static_cast<double>(m), 'g', 7);
}

QVariant DesignTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !log_ || index.row() >= rowCount()) return {};
    const RowIndex row = logRow(index.row());
    if (role == Qt::DisplayRole) return cellText(row, index.column());
    if (role == Qt::TextAlignmentRole)
        return index.column() == ColApp || index.column() == ColReason || index.column() == ColFeasible
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !log_->feasible()[row])
        return readableText(QColor(200, 80, 66), QGuiApplication::palette());  // infeasible rows in red-brown
    if (role == Qt::UserRole) return QVariant::fromValue<RowIndex>(row);
    return {};
}

QVariant DesignTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || !log_) return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (section) {
        case ColRow: return tr("Row");
        case ColApp: return tr("Application");
        case ColFeasible: return tr("Feasible");
        case ColReason: return tr("Reason");
        case ColLatency: return tr("Latency (ms)");
        case ColArea: return tr("Area (mm²)");
        default: break;
    }
    const auto p = static_cast<std::size_t>(section - kFixed);
    if (p < log_->space().dimension()) {
        const auto& param = log_->space().parameter(p);
        const QString name = QString::fromStdString(param.name);
        if (role == Qt::ToolTipRole) return QString::fromStdString(param.display_name.empty() ? param.name : param.display_name);
        return param.unit.empty() ? name : QStringLiteral("%1 (%2)").arg(name, QString::fromStdString(param.unit));
    }
    const auto& m = log_->metrics()[p - log_->space().dimension()];
    return m.unit.empty() ? QString::fromStdString(m.name) : QStringLiteral("%1 (%2)").arg(QString::fromStdString(m.name), QString::fromStdString(m.unit));
}

QString DesignTableModel::toCsv(const QList<int>& tableRows) const {
    if (!log_) return {};
    auto quote = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
        return s;
    };
    // Machine-readable header: the log's own column names, not the display ones.
    QStringList header = {QStringLiteral("row"), QStringLiteral("application"), QStringLiteral("feasible"),
                          QStringLiteral("reason"), QStringLiteral("latency_ms"), QStringLiteral("area_mm2")};
    for (const auto& p : log_->space().parameters()) header << QString::fromStdString(p.name);
    for (const auto& m : log_->metrics()) header << QString::fromStdString(m.name);
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    const int columns = columnCount();
    for (int r : tableRows) {
        const RowIndex row = logRow(r);
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << quote(c == ColFeasible ? QString::number(log_->feasible()[row]) : cellText(row, c));
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

}  // namespace prime::ui
