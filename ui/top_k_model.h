#pragma once
// The live top-K table of a search: rank, parameters, predicted latency per
// application and combined, area, distance to the nearest logged design, and
// (once verified) the simulator's latency beside each prediction with the
// reason when a design fails. Designs can be pinned (a star): a pinned design
// stays in the table after it drops out of the top K, and verification,
// export and the trade-off view can work on the pinned ones.
#include <QAbstractTableModel>
#include <unordered_map>
#include <vector>

#include "search/objectives.h"
#include "space/search_space.h"
#include "study/study.h"

class QUndoStack;

namespace prime::ui {

class TopKModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TopKModel(QObject* parent = nullptr);

    /// A new search: its space, applications and objective. Keeps nothing.
    void setContext(const SearchSpace& space, const std::vector<std::string>& apps, LatencyAggregate aggregate,
                    std::vector<double> weights);
    /// The live (or final) top K, best first, with each design's distance to the log.
    void setTop(const std::vector<Proposal>& top, const std::vector<double>& distance);
    /// Simulator results for designs (any of the table's, in any order).
    void setVerified(const std::vector<Design>& designs, const std::vector<OracleResult>& results);
    void setPinned(int row, bool pinned);
    // Pinning and unpinning with the star become undo steps on this stack.
    void setUndoStack(QUndoStack* undo) { undo_ = undo; }
    void setPinnedDesigns(const std::vector<Design>& designs);
    void clear();

    /// The row's design with its verified result attached (when known).
    Proposal proposal(int row) const;
    std::vector<Proposal> proposals() const;  // every row, table order
    std::vector<Proposal> pinned() const;
    std::vector<Proposal> top() const;        // the top-K rows only (no extra pinned ones)
    bool isPinned(int row) const;
    bool isInTop(int row) const;
    /// "#3", "★#3" (pinned), or "★" + parameters' short form for a pinned design outside the top K.
    QString label(int row) const;
    int verifiedCount() const { return static_cast<int>(verified_.size()); }
    const std::vector<std::string>& apps() const { return apps_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // Column layout (public for the view and the tests).
    int firstParameterColumn() const { return 3; }  // after ★, rank and status (visible without scrolling)
    int predictedColumn(std::size_t app) const;  // app == apps().size(): the combined latency
    int verifiedColumn(std::size_t app) const;
    int areaColumn() const;
    int distanceColumn() const;
    int statusColumn() const;

Q_SIGNALS:
    void pinsChanged();

private:
    struct Row {
        Proposal proposal;
        double distance = 0;
        bool in_top = true;
    };
    void rebuild();
    bool combined() const { return apps_.size() > 1; }  // a combined column beside the per-application ones
    double verifiedCombined(const OracleResult& r) const;

    SearchSpace space_;
    std::vector<std::string> apps_;
    LatencyAggregate aggregate_ = LatencyAggregate::GeometricMean;
    std::vector<double> weights_;
    std::vector<Row> top_;
    std::unordered_map<Design, Row, DesignHash> pinned_;
    std::vector<Design> pin_order_;
    struct Pins {
        std::unordered_map<Design, Row, DesignHash> pinned;
        std::vector<Design> order;
    };
    void restorePins(const Pins& pins);
    QUndoStack* undo_ = nullptr;
    bool applyingUndo_ = false;
    std::unordered_map<Design, OracleResult, DesignHash> verified_;
    std::vector<Row> rows_;  // top_ then pinned designs not in it
};

}  // namespace prime::ui
