#include "search_worker.h"

#include "session/close_loop.h"
#include "util/errors.h"

namespace prime::ui {

void registerSearchMetaTypes() {
    qRegisterMetaType<prime::ui::SearchRequest>();
    qRegisterMetaType<prime::ui::VerifyRequest>();
    qRegisterMetaType<prime::ui::SearchEvent>();
    qRegisterMetaType<prime::StudyResult>();
    qRegisterMetaType<std::vector<double>>();
    qRegisterMetaType<std::vector<prime::Design>>();
    qRegisterMetaType<std::vector<prime::OracleResult>>();
    qRegisterMetaType<prime::ui::CloseLoopRequest>();
    qRegisterMetaType<prime::Surrogate>();
    qRegisterMetaType<std::shared_ptr<const prime::DesignLog>>();
}

std::vector<double> SearchWorker::distances(SearchSession& session, const std::vector<Proposal>& designs) {
    if (cached_for_ != &session) {
        distance_cache_.clear();
        cached_for_ = &session;
    }
    std::vector<Design> missing;
    for (const auto& p : designs)
        if (!distance_cache_.contains(p.design)) missing.push_back(p.design);
    if (!missing.empty()) {
        const std::vector<double> d = session.distance_to_log(missing);
        for (std::size_t i = 0; i < missing.size(); ++i) distance_cache_[missing[i]] = d[i];
    }
    std::vector<double> out;
    out.reserve(designs.size());
    for (const auto& p : designs) out.push_back(distance_cache_.at(p.design));
    return out;
}

void SearchWorker::search(const SearchRequest& request) {
    try {
        SearchSession& session = *request.session;
        JobControl* job = request.job.get();
        const StudyResult result = session.search(
            [&](const StudyProgress& p) {
                SearchEvent e;
                e.progress = p;
                e.top_distance = distances(session, p.top);
                e.seconds = job ? job->elapsed_seconds() : 0;
                Q_EMIT progress(e);
            },
            job, request.resume ? &*request.resume : nullptr);
        const double seconds = job ? job->elapsed_seconds() : 0;
        Q_EMIT finished(result, distances(session, result.proposals), seconds);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

void SearchWorker::verify(const VerifyRequest& request) {
    try {
        JobControl* job = request.job.get();
        if (job) {
            job->start();
            job->set_units_sink([this](std::uint64_t done, std::uint64_t total) {
                Q_EMIT verifyProgress(static_cast<int>(done), static_cast<int>(total));
            });
        }
        const std::vector<OracleResult> results = request.session->verify_designs(request.designs, job);
        Q_EMIT verified(request.designs, results);
    } catch (const Cancelled&) {
        Q_EMIT verifyCancelled();
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

}  // namespace prime::ui

namespace prime::ui {

void SearchWorker::closeLoop(const CloseLoopRequest& request) {
    try {
        Q_EMIT loopStage(request.path.empty()
                             ? tr("Training the surrogate on the extended log…")
                             : tr("Writing the extended log to %1, then training the surrogate on it…")
                                   .arg(QString::fromStdString(request.path)));
        const ClosedLoop out = close_the_loop(*request.session, request.verified, request.model, request.train,
                                              request.path, {}, request.job.get());
        if (out.report.cancelled || out.surrogate.empty()) {
            Q_EMIT failed(tr("Closing the loop was cancelled; the search keeps its model."));
            return;
        }
        Q_EMIT loopClosed(out.log, out.surrogate, out.report.selected_metrics.spearman);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

}  // namespace prime::ui
