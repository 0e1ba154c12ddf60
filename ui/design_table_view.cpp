// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"
#include "design_table_view.h"
#include "undo_step.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

#include "budget_controller.h"
#include "design_table_model.h"
#include "explorer_state.h"

namespace prime::ui {

namespace {
// Rows the table hands to the plot as its selection; more is not a useful highlight.
constexpr int kMaxPushedSelection = 200000;
}  // namespace

DesignTableView::DesignTableView(ExplorerState* state, BudgetController* budget, QWidget* parent)
    : QWidget(parent), state_(state), budget_(budget) {
    setObjectName("designTableView");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* controls = new QHBoxLayout;
    feasibility_ = new QComboBox(this);
    feasibility_->setObjectName("feasibilityFilter");
    feasibility_->addItem(tr("All designs"));
    feasibility_->addItem(tr("Feasible"));
    feasibility_->addItem(tr("Infeasible"));
    inBudget_ = new QCheckBox(tr("Within budget"), this);
    inBudget_->setObjectName("inBudgetFilter");
    selectionOnly_ = new QCheckBox(tr("Plot selection only"), this);
    selectionOnly_->setObjectName("selectionFilter");
    rangeParam_ = new QComboBox(this);
    rangeParam_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    rangeParam_->setMinimumContentsLength(12);
    rangeParam_->setObjectName("rangeParameter");
    rangeMin_ = new QComboBox(this);
    rangeMin_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    rangeMin_->setMinimumContentsLength(6);
    rangeMin_->setObjectName("rangeMin");
    rangeMax_ = new QComboBox(this);
    rangeMax_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    rangeMax_->setMinimumContentsLength(6);
    rangeMax_->setObjectName("rangeMax");
    count_ = new QLabel(this);
    count_->setObjectName("tableCount");
    controls->addWidget(feasibility_);
    controls->addWidget(inBudget_);
    controls->addWidget(selectionOnly_);
    controls->addStretch(1);
    controls->addWidget(count_);
    // The value-range filter gets its own row, so the dock stays narrow.
    auto* range = new QHBoxLayout;
    range->addWidget(rangeParam_);
    range->addWidget(new QLabel(tr("from"), this));
    range->addWidget(rangeMin_);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(rangeMax_);
    range->addStretch(1);
    page_ = new QSpinBox(this);
    page_->setObjectName("tablePage");
    page_->setPrefix(tr("page "));
    page_->setToolTip(tr("The table shows %L1 rows at a time; sort or filter to bring designs to the first page").arg(
        static_cast<qulonglong>(DesignTableModel::kPageRows)));
    pageText_ = new QLabel(this);
    range->addWidget(page_);
    range->addWidget(pageText_);
    layout->addLayout(controls);
    layout->addLayout(range);

    model_ = new DesignTableModel(this);
    table_ = new QTableView(this);
    table_->setObjectName("designTable");
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSortingEnabled(false);  // the header only records the order; the sort runs on a pool thread
    table_->horizontalHeader()->setSortIndicatorShown(true);
    table_->horizontalHeader()->setSectionsClickable(true);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 4);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setResizeContentsPrecision(50);
    layout->addWidget(table_, 1);

    connect(table_->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        sortOrder_ = column == sortColumn_ && sortOrder_ == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        sortColumn_ = column;
        table_->horizontalHeader()->setSortIndicator(column, sortOrder_);
        refilter();
    });
    auto* copy = new QShortcut(QKeySequence::Copy, table_, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, this, &DesignTableView::copySelection);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DesignTableView::pushTableSelection);

    connect(page_, &QSpinBox::valueChanged, this, [this](int page) {
        const QSignalBlocker block(table_->selectionModel());
        model_->setPage(static_cast<std::size_t>(std::max(1, page) - 1));
    });
    connect(feasibility_, &QComboBox::currentIndexChanged, this, &DesignTableView::controlsEdited);
    connect(inBudget_, &QCheckBox::toggled, this, &DesignTableView::controlsEdited);
    connect(selectionOnly_, &QCheckBox::toggled, this, &DesignTableView::controlsEdited);
    connect(rangeParam_, &QComboBox::currentIndexChanged, this, [this] {
        fillRangeValues();
        controlsEdited();
    });
    connect(rangeMin_, &QComboBox::currentIndexChanged, this, &DesignTableView::controlsEdited);
    connect(rangeMax_, &QComboBox::currentIndexChanged, this, &DesignTableView::controlsEdited);
    connect(state_, &ExplorerState::logChanged, this, &DesignTableView::onLogChanged);
    connect(state_, &ExplorerState::appChanged, this, &DesignTableView::refilter);
    connect(state_, &ExplorerState::selectionChanged, this, &DesignTableView::onSelectionChanged);
    connect(budget_, &BudgetController::budgetChanged, this, [this] {
        if (inBudget_->isChecked()) refilter();
    });
    onLogChanged();
}

void DesignTableView::onLogChanged() {
    model_->setLog(state_->log());
    fitted_ = false;
    {
        const QSignalBlocker block(rangeParam_);
        rangeParam_->clear();
        rangeParam_->addItem(tr("Any parameter values"), -1);
        if (const auto log = state_->log())
            for (std::size_t p = 0; p < log->space().dimension(); ++p)
                rangeParam_->addItem(QString::fromStdString(log->space().parameter(p).name), static_cast<int>(p));
    }
    fillRangeValues();
    shown_ = filterControls();  // a new log's controls are no edit
    sortColumn_ = -1;
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    refilter();
}

DesignTableView::FilterControls DesignTableView::filterControls() const {
    return {feasibility_->currentIndex(), inBudget_->isChecked(), selectionOnly_->isChecked(),
            rangeParam_->currentIndex(),  rangeMin_->currentIndex(), rangeMax_->currentIndex()};
}

void DesignTableView::setFilterControls(const FilterControls& c) {
    {
        const QSignalBlocker b1(feasibility_), b2(inBudget_), b3(selectionOnly_), b4(rangeParam_);
        feasibility_->setCurrentIndex(c.feasibility);
        inBudget_->setChecked(c.inBudget);
        selectionOnly_->setChecked(c.selectionOnly);
        rangeParam_->setCurrentIndex(c.parameter);
        fillRangeValues();
        const QSignalBlocker b5(rangeMin_), b6(rangeMax_);
        rangeMin_->setCurrentIndex(c.min);
        rangeMax_->setCurrentIndex(c.max);
    }
    shown_ = filterControls();
    refilter();
}

void DesignTableView::controlsEdited() {
    const FilterControls now = filterControls();
    if (undo_ && !applyingUndo_ && !(now == shown_))
        undo_->push(new UndoStep<FilterControls>(tr("Change the table filter"), shown_, now, [this](const FilterControls& c) {
            applyingUndo_ = true;
            setFilterControls(c);
            applyingUndo_ = false;
        }));
    shown_ = now;
    refilter();
}

void DesignTableView::fillRangeValues() {
    const QSignalBlocker b1(rangeMin_), b2(rangeMax_);
    rangeMin_->clear();
    rangeMax_->clear();
    const int p = rangeParam_->currentData().toInt();
    const auto log = state_->log();
    rangeMin_->setEnabled(p >= 0 && log);
    rangeMax_->setEnabled(p >= 0 && log);
    if (p < 0 || !log) return;
    for (double v : log->space().parameter(static_cast<std::size_t>(p)).values) {
        rangeMin_->addItem(QLocale().toString(v, 'g', 10));
        rangeMax_->addItem(QLocale().toString(v, 'g', 10));
    }
    rangeMin_->setCurrentIndex(0);
    rangeMax_->setCurrentIndex(rangeMax_->count() - 1);
}

explore::RowFilter DesignTableView::currentFilter() const {
    explore::RowFilter f;
    f.apps = state_->appMask();
    f.feasibility = feasibility_->currentIndex() == 1   ? explore::FeasibilityFilter::Feasible
                    : feasibility_->currentIndex() == 2 ? explore::FeasibilityFilter::Infeasible
                                                        : explore::FeasibilityFilter::Any;
    if (inBudget_->isChecked()) f.budget_mm2 = budget_->limitMm2();
    const int p = rangeParam_->currentData().toInt();
    if (p >= 0 && rangeMin_->currentIndex() >= 0 && rangeMax_->currentIndex() >= 0) {
        const auto lo = static_cast<ValueIndex>(std::min(rangeMin_->currentIndex(), rangeMax_->currentIndex()));
        const auto hi = static_cast<ValueIndex>(std::max(rangeMin_->currentIndex(), rangeMax_->currentIndex()));
        f.values.push_back({static_cast<std::size_t>(p), lo, hi});
    }
    return f;
}

void DesignTableView::onSelectionChanged() {
    if (pushingSelection_) return;  // our own rows, already shown
    // A selection made in the plot drives the table: show just those designs.
    const bool any = state_->selection() && !state_->selection()->empty();
    if (selectionOnly_->isChecked() != any) {
        // Follows the selection (whose own undo step brings it back), not an edit of its own.
        {
            const QSignalBlocker block(selectionOnly_);
            selectionOnly_->setChecked(any);
        }
        shown_ = filterControls();
        refilter();
    } else if (any) {
        refilter();
    }
}

void DesignTableView::refilter() {
    const auto log = state_->log();
    if (!log) {
        model_->setRows(nullptr);
        count_->setText(QString());
        return;
    }
    if (running_) {
        again_ = true;  // coalesce: the newest settings run when this one is done
        count_->setText(tr("Filtering…"));
        return;
    }
    const explore::RowFilter f = currentFilter();
    const bool within = selectionOnly_->isChecked();
    const SelectionPtr selection = state_->selection();
    const bool sort = sortColumn_ >= 0;
    const explore::SortKey key = sort ? model_->sortKey(sortColumn_) : explore::SortKey{};
    const bool descending = sortOrder_ == Qt::DescendingOrder;
    const quint64 generation = ++generation_;
    count_->setText(tr("Filtering…"));
    using RowsPtr = std::shared_ptr<const Selection>;
    auto* watcher = new QFutureWatcher<RowsPtr>(this);
    running_ = true;
    connect(watcher, &QFutureWatcher<RowsPtr>::finished, this, [this, watcher, generation, log] {
        watcher->deleteLater();
        running_ = false;
        if (std::exchange(again_, false)) {
            refilter();
            return;
        }
        if (generation != generation_ || log != state_->log()) return;  // a newer request replaced this one
        RowsPtr rows = watcher->result();
        const QSignalBlocker block(table_->selectionModel());
        const bool first = !fitted_ && !rows->empty();
        fitted_ = fitted_ || first;
        model_->setRows(rows);
        updatePageControls();
        // Fit the columns to their headers and first rows once per log (the
        // precision limit keeps this to fifty rows, not millions).
        if (first) table_->resizeColumnsToContents();
        count_->setText(tr("%L1 of %L2 designs").arg(static_cast<qulonglong>(rows->size())).arg(static_cast<qulonglong>(log->rows())));
        Q_EMIT rowsUpdated(static_cast<int>(rows->size()));
    });
    watcher->setFuture(runInBackground([log, f, within, selection, sort, key, descending]() -> RowsPtr {
        Selection rows = within ? explore::filter_rows(*log, f, *selection) : explore::filter_rows(*log, f);
        if (sort) explore::sort_rows(*log, rows, key, descending);
        return std::make_shared<const Selection>(std::move(rows));
    }, JobPriority::Table));
}

void DesignTableView::updatePageControls() {
    const QSignalBlocker block(page_);
    const int pages = static_cast<int>(model_->pageCount());
    page_->setRange(1, pages);
    page_->setValue(1);
    page_->setVisible(pages > 1);
    pageText_->setVisible(pages > 1);
    pageText_->setText(tr("of %1").arg(pages));
}

void DesignTableView::pushTableSelection() {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.size() > kMaxPushedSelection) return;
    Selection sel;
    sel.reserve(static_cast<std::size_t>(rows.size()));
    for (const QModelIndex& i : rows) sel.push_back(model_->logRow(i.row()));
    pushingSelection_ = true;
    state_->setSelection(std::make_shared<const Selection>(std::move(sel)));
    pushingSelection_ = false;
}

int DesignTableView::copySelection() {
    QList<int> rows;
    for (const QModelIndex& i : table_->selectionModel()->selectedRows()) rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) return 0;
    QApplication::clipboard()->setText(model_->toCsv(rows));
    return static_cast<int>(rows.size());
}

}  // namespace prime::ui
