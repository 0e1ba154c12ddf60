// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The design table: every logged design (or the plot's selection) with its
// parameters, filtered by application (the explorer's), feasibility, the
// area budget and a parameter's value range, sorted by any column. Filtering
// and sorting build index vectors on a pool thread, so millions of rows never
// stall the GUI. Selecting rows selects the designs in the plot; Ctrl+C
// copies the selected rows as CSV.
#include <QWidget>
#include <memory>

#include "data/design_log.h"
#include "explore/row_filter.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace prime::ui {

class BudgetController;
class DesignTableModel;
class ExplorerState;

class DesignTableView : public QWidget {
    Q_OBJECT
public:
    DesignTableView(ExplorerState* state, BudgetController* budget, QWidget* parent = nullptr);
    DesignTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    // The filter the controls describe now (application and budget included).
    explore::RowFilter currentFilter() const;
    // Copies the selected rows as CSV to the clipboard; returns how many.
    int copySelection();
    // Each change of the filter controls becomes an undo step on this stack.
    void setUndoStack(QUndoStack* undo) { undo_ = undo; }

    // What the filter controls show (indices into their lists).
    struct FilterControls {
        int feasibility = 0;
        bool inBudget = false, selectionOnly = false;
        int parameter = 0, min = -1, max = -1;
        bool operator==(const FilterControls&) const = default;
    };
    FilterControls filterControls() const;
    void setFilterControls(const FilterControls& controls);

Q_SIGNALS:
    void rowsUpdated(int rows);  // a filter/sort result is shown

public Q_SLOTS:
    void refilter();

private:
    void onLogChanged();
    void onSelectionChanged();
    void fillRangeValues();
    void pushTableSelection();
    void updatePageControls();
    // A control changed: one undo step (from the controls as they were), then refilter.
    void controlsEdited();

    ExplorerState* state_;
    BudgetController* budget_;
    DesignTableModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QComboBox* feasibility_ = nullptr;
    QCheckBox* inBudget_ = nullptr;
    QCheckBox* selectionOnly_ = nullptr;
    QComboBox* rangeParam_ = nullptr;
    QComboBox* rangeMin_ = nullptr;
    QComboBox* rangeMax_ = nullptr;
    QLabel* count_ = nullptr;
    QSpinBox* page_ = nullptr;
    QLabel* pageText_ = nullptr;
    quint64 generation_ = 0;
    // One filter runs at a time; changes meanwhile (a budget drag) ask for one more run.
    bool running_ = false, again_ = false;
    bool pushingSelection_ = false;
    QUndoStack* undo_ = nullptr;
    FilterControls shown_;     // the controls as of the last step
    bool applyingUndo_ = false;
    bool fitted_ = false;  // columns fitted to this log's first rows (once: it measures text)
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

}  // namespace prime::ui
