// SPDX-License-Identifier: GPL-3.0-or-later
// The search panel's results: which designs an action takes (selected,
// pinned, top K), verification by the oracle the form shows, the
// per-application comparison, and closing PRIME's loop.
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <cmath>
#include <set>

#include "oracle_dialog.h"
#include "search_panel.h"
#include "search_plot.h"
#include "search_setup_form.h"
#include "search_worker.h"
#include "session/close_loop.h"
#include "top_k_model.h"
#include "tradeoff_view.h"

namespace prime::ui {

std::vector<Proposal> SearchPanel::designs(Scope scope) const {
    switch (scope) {
        case Scope::Pinned: return model_->pinned();
        case Scope::TopK: return model_->top();
        case Scope::Selected: {
            std::vector<Proposal> out;
            std::set<int> rows;
            for (const QModelIndex& i : table_->selectionModel()->selectedIndexes()) rows.insert(i.row());
            for (int r : rows) out.push_back(model_->proposal(r));
            return out;
        }
    }
    return {};
}

void SearchPanel::verify(Scope scope) {
    if (searching_ || verifying_) return;
    if (!session_) {
        report(tr("Run a search first."), true);
        return;
    }
    // Verify with the oracle the form shows now, not the one the search started with.
    try {
        session_->set_oracle(settings().oracle);
    } catch (const std::exception& e) {
        report(tr("The oracle cannot verify these designs: %1").arg(QString::fromStdString(e.what())), true);
        return;
    }
    if (!session_->has_oracle()) {
        report(tr("No oracle: choose the built-in simulator (built-in space) or set up a command oracle."), true);
        return;
    }
    VerifyRequest r;
    for (const auto& p : designs(scope)) r.designs.push_back(p.design);
    if (r.designs.empty()) {
        report(scope == Scope::Pinned ? tr("No pinned designs: tick ★ in the table.")
                                      : tr("No designs selected: select rows in the table."),
               true);
        return;
    }
    r.session = session_;
    verifyJob_ = std::make_shared<JobControl>();
    r.job = verifyJob_;
    verifying_ = true;
    verifyProgress_->setRange(0, static_cast<int>(r.designs.size()));
    verifyProgress_->setValue(0);
    updateButtons();
    report(tr("Verifying %1 designs with %2…").arg(r.designs.size()).arg(QString::fromStdString(session_->oracle()->describe())),
           false);
    QMetaObject::invokeMethod(worker_, [w = worker_, r] { w->verify(r); }, Qt::QueuedConnection);
}

bool SearchPanel::addVerifiedAndContinue(const QString& savePath, int steps) {
    if (searching_ || verifying_ || closingLoop_ || !session_ || !result_) return false;
    CloseLoopRequest r;
    r.session = session_;
    r.model = surrogate_;
    for (const auto& p : model_->proposals())
        if (p.verified) r.verified.proposals.push_back(p);
    if (r.verified.proposals.empty()) {
        report(tr("Verify designs first: only simulated designs join the log."), true);
        return false;
    }
    r.path = savePath.toStdString();
    const std::uint64_t n = steps > 0 ? static_cast<std::uint64_t>(steps) : continueSteps_;
    r.train = continued_training(surrogate_, n);
    closeLoopSteps_ = n;
    r.train.train.threads = 1;  // leaves a core to the GUI, as the Surrogate panel does
    r.train.fit.eval_every = std::max<std::uint64_t>(10, n / 40);
    r.job = std::make_shared<JobControl>();
    verifyJob_ = r.job;  // Cancel stops the retraining
    closingLoop_ = true;
    closeLoopPath_ = savePath;
    updateButtons();
    report(tr("Adding %1 verified designs to the log…").arg(r.verified.proposals.size()), false);
    QMetaObject::invokeMethod(worker_, [w = worker_, r] { w->closeLoop(r); }, Qt::QueuedConnection);
    return true;
}

void SearchPanel::setCommandOracle(const OracleSettings& settings) {
    form_->setCommandOracle(settings);  // the next Verify uses it (verify() hands the form's oracle to the session)
    updateButtons();
}

void SearchPanel::setUpOracle() {
    OracleDialog dialog(log_, form_->commandOracle(), this);
    if (dialog.exec() == QDialog::Accepted) setCommandOracle(dialog.settings());
}

bool SearchPanel::compare(Scope scope) {
    if (!session_ || !log_) return false;
    std::vector<Proposal> chosen;
    QStringList labels;
    for (int r = 0; r < model_->rowCount(); ++r) {
        const bool take = scope == Scope::TopK      ? model_->isInTop(r)
                          : scope == Scope::Pinned ? model_->isPinned(r)
                                                   : table_->selectionModel()->isRowSelected(r, {});
        if (!take) continue;
        chosen.push_back(model_->proposal(r));
        labels << model_->label(r);
    }
    if (chosen.empty()) {
        report(tr("Nothing to compare: select or pin designs in the table."), true);
        return false;
    }
    try {
        tradeoff_->setDesigns(*log_, session_->budget(), session_->apps(), session_->options().aggregate, chosen, labels);
    } catch (const std::exception& e) {
        report(tr("Cannot compare: %1").arg(QString::fromStdString(e.what())), true);
        return false;
    }
    tabs_->setCurrentWidget(tradeoff_);
    return true;
}

void SearchPanel::cancelVerification() {
    if (verifyJob_) verifyJob_->cancel();
}

void SearchPanel::onVerified(const std::vector<Design>& designs, const std::vector<OracleResult>& results) {
    verifying_ = false;
    verifyJob_.reset();
    model_->setVerified(designs, results);
    fitTableColumns();
    if (result_) {
        for (std::size_t i = 0; i < designs.size(); ++i)
            for (auto& p : result_->proposals)
                if (p.design == designs[i]) p.verified = results[i];
        if (session_ && session_->oracle()) result_->oracle = session_->oracle()->describe();
    }
    showVerifiedOnPlot();
    std::size_t ok = 0;
    for (const auto& r : results) ok += r.feasible;
    report(tr("Verified %1 designs: %2 run, %3 fail (reasons in the Status column).")
               .arg(results.size())
               .arg(ok)
               .arg(results.size() - ok),
           false);
    updateButtons();
    Q_EMIT verificationFinished(true);
}

void SearchPanel::onVerifyCancelled() {
    verifying_ = false;
    verifyJob_.reset();
    report(tr("Verification cancelled; nothing was changed."), false);
    updateButtons();
    Q_EMIT verificationFinished(false);
}

void SearchPanel::showVerifiedOnPlot() {
    std::vector<double> area, latency;
    for (const auto& p : model_->proposals()) {
        if (!p.verified || !p.verified->feasible) continue;
        const auto& v = *p.verified;
        const double l = v.latency_ms.size() == 1 || !session_
                             ? (v.latency_ms.empty() ? std::nan("") : v.latency_ms[0])
                             : combine_latencies(v.latency_ms, session_->options().weights, session_->options().aggregate);
        area.push_back(std::isfinite(v.area_mm2) ? v.area_mm2 : p.area_mm2);
        latency.push_back(l);
    }
    plot_->setVerified(area, latency);
}

}  // namespace prime::ui
