#include "top_k_model.h"
#include "undo_step.h"

#include <QUndoStack>

#include <QLocale>
#include <QBrush>
#include <QColor>
#include <cmath>

namespace prime::ui {

namespace {

QString ms(double v) { return std::isfinite(v) ? QLocale().toString(v, 'g', 4) : QString(); }

QString appLabel(const std::string& app) {
    return app.empty() ? TopKModel::tr("latency") : QString::fromStdString(app);
}

}  // namespace

TopKModel::TopKModel(QObject* parent) : QAbstractTableModel(parent) {}

void TopKModel::setContext(const SearchSpace& space, const std::vector<std::string>& apps, LatencyAggregate aggregate,
                           std::vector<double> weights) {
    beginResetModel();
    space_ = space;
    apps_ = apps;
    aggregate_ = aggregate;
    weights_ = std::move(weights);
    top_.clear();
    pinned_.clear();
    pin_order_.clear();
    verified_.clear();
    rows_.clear();
    endResetModel();
}

void TopKModel::clear() { setContext(space_, apps_, aggregate_, weights_); }

void TopKModel::rebuild() {
    rows_ = top_;
    for (const auto& d : pin_order_) {
        const bool shown = std::any_of(top_.begin(), top_.end(), [&](const Row& r) { return r.proposal.design == d; });
        if (!shown) {
            Row r = pinned_.at(d);
            r.in_top = false;
            rows_.push_back(std::move(r));
        }
    }
}

void TopKModel::setTop(const std::vector<Proposal>& top, const std::vector<double>& distance) {
    const int before = rowCount();
    top_.clear();
    top_.reserve(top.size());
    for (std::size_t i = 0; i < top.size(); ++i) {
        Row r{top[i], i < distance.size() ? distance[i] : std::nan(""), true};
        if (auto it = pinned_.find(r.proposal.design); it != pinned_.end()) it->second = r;  // fresher numbers
        top_.push_back(std::move(r));
    }
    rebuild();
    // Same shape: repaint the cells without resetting the view's selection and scroll position.
    if (rowCount() == before) {
        if (before > 0) Q_EMIT dataChanged(index(0, 0), index(before - 1, columnCount() - 1));
    } else {
        beginResetModel();
        endResetModel();
    }
}

void TopKModel::setVerified(const std::vector<Design>& designs, const std::vector<OracleResult>& results) {
    for (std::size_t i = 0; i < designs.size() && i < results.size(); ++i) verified_[designs[i]] = results[i];
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TopKModel::setPinned(int row, bool pinned) {
    if (row < 0 || row >= rowCount()) return;
    const Row r = rows_[static_cast<std::size_t>(row)];
    const Design& d = r.proposal.design;
    if (pinned == pinned_.contains(d)) return;
    if (pinned) {
        pinned_.emplace(d, r);
        pin_order_.push_back(d);
    } else {
        pinned_.erase(d);
        std::erase(pin_order_, d);
    }
    beginResetModel();  // an unpinned design that left the top K leaves the table
    rebuild();
    endResetModel();
    Q_EMIT pinsChanged();
}

void TopKModel::setPinnedDesigns(const std::vector<Design>& designs) {
    beginResetModel();
    pinned_.clear();
    pin_order_.clear();
    for (const auto& d : designs) {
        auto it = std::find_if(top_.begin(), top_.end(), [&](const Row& r) { return r.proposal.design == d; });
        Row r = it != top_.end() ? *it : Row{Proposal{d, 0, std::nan(""), {}, std::nan(""), std::nullopt}, std::nan(""), false};
        pinned_.emplace(d, r);
        pin_order_.push_back(d);
    }
    rebuild();
    endResetModel();
    Q_EMIT pinsChanged();
}

Proposal TopKModel::proposal(int row) const {
    Proposal p = rows_.at(static_cast<std::size_t>(row)).proposal;
    if (auto it = verified_.find(p.design); it != verified_.end()) p.verified = it->second;
    return p;
}

std::vector<Proposal> TopKModel::proposals() const {
    std::vector<Proposal> out;
    for (int r = 0; r < rowCount(); ++r) out.push_back(proposal(r));
    return out;
}

std::vector<Proposal> TopKModel::pinned() const {
    std::vector<Proposal> out;
    for (int r = 0; r < rowCount(); ++r)
        if (isPinned(r)) out.push_back(proposal(r));
    return out;
}

std::vector<Proposal> TopKModel::top() const {
    std::vector<Proposal> out;
    for (int r = 0; r < rowCount(); ++r)
        if (rows_[static_cast<std::size_t>(r)].in_top) out.push_back(proposal(r));
    return out;
}

bool TopKModel::isPinned(int row) const {
    return row >= 0 && row < rowCount() && pinned_.contains(rows_[static_cast<std::size_t>(row)].proposal.design);
}

bool TopKModel::isInTop(int row) const { return row >= 0 && row < rowCount() && rows_[static_cast<std::size_t>(row)].in_top; }

QString TopKModel::label(int row) const {
    const QString star = isPinned(row) ? QStringLiteral("★") : QString();
    if (isInTop(row)) return star + QStringLiteral("#%1").arg(row + 1);
    return star + tr("pinned %1").arg(row + 1 - static_cast<int>(top_.size()));
}

int TopKModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }

int TopKModel::predictedColumn(std::size_t app) const {
    return firstParameterColumn() + static_cast<int>(space_.dimension()) + 2 * static_cast<int>(app);
}
int TopKModel::verifiedColumn(std::size_t app) const { return predictedColumn(app) + 1; }
int TopKModel::areaColumn() const { return predictedColumn(apps_.size() + (combined() ? 1 : 0)); }
int TopKModel::distanceColumn() const { return areaColumn() + 1; }
int TopKModel::statusColumn() const { return 2; }

int TopKModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : distanceColumn() + 1; }

double TopKModel::verifiedCombined(const OracleResult& r) const {
    if (!combined()) return r.latency_ms.empty() ? std::nan("") : r.latency_ms[0];
    return combine_latencies(r.latency_ms, weights_, aggregate_);
}

QVariant TopKModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const Proposal& p = row.proposal;
    const int c = index.column();
    const auto vit = verified_.find(p.design);
    const OracleResult* v = vit == verified_.end() ? nullptr : &vit->second;
    if (c == 0) {
        if (role == Qt::CheckStateRole) return pinned_.contains(p.design) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) return tr("Pin this design to keep it (verify, compare and export the pinned ones)");
        return {};
    }
    if (role == Qt::ForegroundRole && !row.in_top) return QBrush(QColor(120, 120, 120));
    if (role == Qt::BackgroundRole && v && !v->feasible) return QBrush(QColor(255, 225, 220));
    if (role == Qt::TextAlignmentRole && c != statusColumn()) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole) return {};
    // UserRole: the raw number (tests, sorting).
    const bool raw = role == Qt::UserRole;
    if (c == 1) return row.in_top ? QVariant(index.row() + 1) : QVariant(tr("pinned"));
    if (c == statusColumn()) {
        if (!v) return raw ? QVariant(0) : QVariant(tr("predicted"));
        if (raw) return v->feasible ? 1 : -1;
        if (v->feasible) return tr("verified");
        // Every failing application with its own reason, when the oracle gave them.
        QStringList failures;
        for (std::size_t a = 0; a < apps_.size() && a < v->app_feasible.size(); ++a)
            if (!v->app_feasible[a])
                failures << (apps_[a].empty() ? QString() : QString::fromStdString(apps_[a]) + QStringLiteral(": ")) +
                                QString::fromStdString(reason_for_app(*v, a, apps_[a]));
        return tr("fails: %1").arg(failures.isEmpty() ? QString::fromStdString(v->reason) : failures.join(QStringLiteral("; ")));
    }
    const int dim = static_cast<int>(space_.dimension());
    if (c < firstParameterColumn() + dim) {
        const auto i = static_cast<std::size_t>(c - firstParameterColumn());
        const double value = space_.value(i, p.design[i]);
        return raw ? QVariant(value) : QVariant(QString::number(value, 'g', 8));
    }
    const std::size_t pairs = apps_.size() + (combined() ? 1 : 0);
    for (std::size_t a = 0; a < pairs; ++a) {
        const bool all = a == apps_.size() || !combined();
        if (c == predictedColumn(a)) {
            const double x = a < apps_.size() && a < p.predicted_app_latency_ms.size() && combined()
                                 ? p.predicted_app_latency_ms[a]
                                 : p.predicted_latency_ms;
            return raw ? QVariant(x) : QVariant(ms(x));
        }
        if (c == verifiedColumn(a)) {
            if (!v) return raw ? QVariant(std::nan("")) : QVariant();
            const double x = all ? verifiedCombined(*v) : v->latency_ms[a];
            if (raw) return x;
            if (std::isfinite(x)) return ms(x);
            return tr("fails");
        }
    }
    if (c == areaColumn()) {
        if (raw) return p.area_mm2;
        if (role == Qt::ToolTipRole && v && std::isfinite(v->area_mm2))
            return tr("Area model %1 mm², simulator %2 mm²").arg(ms(p.area_mm2), ms(v->area_mm2));
        return ms(p.area_mm2);
    }
    if (c == distanceColumn()) return raw ? QVariant(row.distance) : QVariant(QString::number(row.distance, 'f', 2));
    return {};
}

QVariant TopKModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        if (section == distanceColumn())
            return tr("Distance to the nearest logged design (0 = logged; 1 = one parameter across its whole range): "
                      "how far the model extrapolates");
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    if (section == 0) return QStringLiteral("★");
    if (section == 1) return tr("Rank");
    if (section == statusColumn()) return tr("Status");
    const int dim = static_cast<int>(space_.dimension());
    if (section < firstParameterColumn() + dim) {
        const auto& par = space_.parameter(static_cast<std::size_t>(section - firstParameterColumn()));
        return QString::fromStdString(par.name);
    }
    const std::size_t pairs = apps_.size() + (combined() ? 1 : 0);
    for (std::size_t a = 0; a < pairs; ++a) {
        const QString name = a == apps_.size() ? tr("combined") : appLabel(apps_[a]);
        if (section == predictedColumn(a)) return tr("%1 predicted (ms)").arg(name);
        if (section == verifiedColumn(a)) return tr("%1 simulated (ms)").arg(name);
    }
    if (section == areaColumn()) return tr("Area (mm²)");
    if (section == distanceColumn()) return tr("Distance to log");
    return {};
}

Qt::ItemFlags TopKModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == 0) f |= Qt::ItemIsUserCheckable;
    return f;
}

bool TopKModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != 0 || role != Qt::CheckStateRole) return false;
    const bool pin = value.value<Qt::CheckState>() == Qt::Checked;
    Pins before{pinned_, pin_order_};
    setPinned(index.row(), pin);
    if (undo_ && !applyingUndo_ && before.order != pin_order_)
        undo_->push(new UndoStep<Pins>(pin ? tr("Pin a design") : tr("Unpin a design"), std::move(before), Pins{pinned_, pin_order_},
                                       [this](const Pins& p) {
                                           applyingUndo_ = true;
                                           restorePins(p);
                                           applyingUndo_ = false;
                                       }));
    return true;
}

void TopKModel::restorePins(const Pins& pins) {
    beginResetModel();
    pinned_ = pins.pinned;
    pin_order_ = pins.order;
    rebuild();
    endResetModel();
    Q_EMIT pinsChanged();
}

}  // namespace prime::ui
