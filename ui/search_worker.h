#pragma once
// Runs a SearchSession on a worker thread: the search itself (the same call
// prime-cli search makes) and verification of chosen designs by the
// session's oracle. Lives in a QThread owned by the search panel; events and
// results travel back through queued signals as values. Each request carries
// its own JobControl, created when the user pressed the button, so a Stop
// pressed while the request is queued is honoured.
//
// The session is shared with the panel, but only one side touches it at a
// time: the panel builds it, hands it to the worker and leaves it alone until
// the worker says the job ended (finished, verified or failed).
#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "session/search_session.h"
#include "session/train_session.h"

namespace prime::ui {

struct SearchRequest {
    std::shared_ptr<SearchSession> session;
    std::shared_ptr<JobControl> job;
    std::optional<StudyResume> resume;  // continue a paused or saved search
};

struct VerifyRequest {
    std::shared_ptr<SearchSession> session;
    std::shared_ptr<JobControl> job;
    std::vector<Design> designs;
};

/// Closing the loop: the verified designs join the log (saved to `path`
/// when given), and a new surrogate trains on the extended log.
struct CloseLoopRequest {
    std::shared_ptr<SearchSession> session;
    StudyResult verified;  // proposals with verified results
    Surrogate model;       // the model that proposed them: training continues from it
    std::string path;      // where the extended log is written ("" = not saved)
    TrainSettings train;   // continued_training(model, steps)
    std::shared_ptr<JobControl> job;
};

/// One live event for the view: the study's event plus what the view needs
/// that the study does not compute (each top design's distance to the log).
struct SearchEvent {
    StudyProgress progress;
    std::vector<double> top_distance;  // per progress.top entry
    double seconds = 0;                // elapsed, pauses excluded
};

class SearchWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    void search(const prime::ui::SearchRequest& request);
    void verify(const prime::ui::VerifyRequest& request);
    void closeLoop(const prime::ui::CloseLoopRequest& request);

Q_SIGNALS:
    void progress(const prime::ui::SearchEvent& event);
    // Also after Stop: the result then holds what was found so far (cancelled).
    void finished(const prime::StudyResult& result, const std::vector<double>& distance, double seconds);
    void verifyProgress(int done, int total);
    void verified(const std::vector<prime::Design>& designs, const std::vector<prime::OracleResult>& results);
    void verifyCancelled();
    void failed(const QString& message);
    void loopStage(const QString& text);
    void loopClosed(std::shared_ptr<const prime::DesignLog> log, const prime::Surrogate& surrogate, double spearman);

private:
    std::vector<double> distances(SearchSession& session, const std::vector<Proposal>& designs);

    // Distances are a scan of the log per new design; the top K changes by a
    // few designs per event, so remembering them keeps events cheap.
    const SearchSession* cached_for_ = nullptr;
    std::unordered_map<Design, double, DesignHash> distance_cache_;
};

void registerSearchMetaTypes();

}  // namespace prime::ui
