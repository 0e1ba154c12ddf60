// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A virtual table over the columnar design log: rows are an index vector
// (the current filter and sort), cells are read from the log's columns on
// demand. Millions of rows cost 4 bytes each, never a copy of a row.
//
// The view sees one page of at most kPageRows rows: QTableView's headers keep
// per-row bookkeeping, which at 7 million rows cost a quarter of a second of
// GUI time and 100 MB on every reset (measured by B8); a page keeps both flat.
// 10,000 rows: a reset then costs the GUI thread ~4 ms (50,000 cost ~20 ms, a
// visible hitch while dragging the budget with the table filtering by it).
#include <QAbstractTableModel>
#include <memory>

#include "data/design_log.h"
#include "explore/row_filter.h"

namespace prime::ui {

class DesignTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // A new log (rows = every row, in log order).
    void setLog(std::shared_ptr<const DesignLog> log);
    // The rows to show, in order (from a filter and sort done elsewhere).
    void setRows(std::shared_ptr<const Selection> rows);
    std::shared_ptr<const DesignLog> log() const { return log_; }
    std::shared_ptr<const Selection> rows() const { return rows_; }
    RowIndex logRow(int tableRow) const { return (*rows_)[page_ * kPageRows + static_cast<std::size_t>(tableRow)]; }
    static constexpr std::size_t kPageRows = 10000;
    std::size_t page() const { return page_; }
    std::size_t pageCount() const { return rows_->empty() ? 1 : (rows_->size() + kPageRows - 1) / kPageRows; }
    void setPage(std::size_t page);
    // The sort key of a column (Row, Application, ..., Parameter p, Metric m).
    explore::SortKey sortKey(int column) const;
    // CSV (header + one line per given table row) with raw values, as the log has them.
    QString toCsv(const QList<int>& tableRows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    enum Fixed { ColRow, ColApp, ColFeasible, ColReason, ColLatency, ColArea, kFixed };
    QString cellText(RowIndex row, int column) const;

    std::shared_ptr<const DesignLog> log_;
    std::shared_ptr<const Selection> rows_ = std::make_shared<const Selection>();
    std::size_t page_ = 0;
};

}  // namespace prime::ui
