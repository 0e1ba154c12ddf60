// SPDX-License-Identifier: GPL-3.0-or-later
// The search panel's files: the Export menu, designs exported with
// provenance, plots, the study report, and study files (.primestudy) saved
// and reopened.
#include <QChartView>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <filesystem>

#include "search_panel.h"
#include "plot_export.h"
#include "search_plot.h"
#include "tradeoff_view.h"
#include "study/provenance.h"
#include "study/report.h"
#include "top_k_model.h"
#include "util/atomic_file.h"

namespace prime::ui {

void SearchPanel::buildExportMenu(QToolButton* button) {
    button->setObjectName("exportButton");
    button->setText(tr("Export"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(button);
    auto exportAction = [this](Scope scope) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export designs"), QStringLiteral("designs.csv"),
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        if (path.isEmpty()) return;
        QString error;
        if (!exportDesigns(scope, path, &error)) report(error, true);
    };
    exportMenu->addAction(tr("Top K…"), this, [exportAction] { exportAction(Scope::TopK); });
    exportMenu->addAction(tr("Pinned designs…"), this, [exportAction] { exportAction(Scope::Pinned); });
    exportMenu->addAction(tr("Selected designs…"), this, [exportAction] { exportAction(Scope::Selected); });
    exportMenu->addSeparator();
    QMenu* plots = exportMenu->addMenu(tr("Plot"));
    plots->setObjectName("exportPlotMenu");
    auto plotAction = [this, plots](const QString& title, const QString& file, auto widget) {
        plots->addAction(title, this, [this, file, widget] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save plot"), file, plotFileFilter());
            QString error;
            if (!path.isEmpty() && !savePlot(widget(), path, &error)) report(error, true);
        });
    };
    plotAction(tr("Live search plot…"), QStringLiteral("search.svg"), [this] { return static_cast<QWidget*>(plot_); });
    plotAction(tr("Best latency per generation…"), QStringLiteral("best-latency.svg"), [this] { return static_cast<QWidget*>(bestCurve_); });
    plotAction(tr("Hypervolume per generation…"), QStringLiteral("hypervolume.svg"), [this] { return static_cast<QWidget*>(hvCurve_); });
    plotAction(tr("Trade-off chart…"), QStringLiteral("tradeoffs.svg"), [this] { return static_cast<QWidget*>(tradeoff_->chart()); });
    exportMenu->addAction(tr("Study report (Markdown)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the study report"), QStringLiteral("report.md"),
                                                          tr("Markdown (*.md)"));
        QString error;
        if (!path.isEmpty() && !saveReport(path, &error)) report(error, true);
    });
    button->setMenu(exportMenu);
}

bool SearchPanel::exportDesigns(Scope scope, const QString& path, QString* error) {
    if (!session_ || !result_) {
        if (error) *error = tr("Run a search first.");
        return false;
    }
    StudyResult r = *result_;
    r.proposals = designs(scope);
    if (r.proposals.empty()) {
        if (error) *error = tr("No designs to export.");
        return false;
    }
    try {
        const ExportedDesigns e = session_->exported(r);
        if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) write_designs_json(e, path.toStdString());
        else write_designs_csv(e, path.toStdString());
    } catch (const std::exception& e) {
        if (error) *error = tr("Could not export to %1: %2").arg(path, QString::fromStdString(e.what()));
        return false;
    }
    report(tr("Exported %1 designs to %2.").arg(r.proposals.size()).arg(path), false);
    return true;
}

bool SearchPanel::saveReport(const QString& path, QString* error) {
    if (!session_ || !result_) {
        if (error) *error = tr("Run a search first.");
        return false;
    }
    StudyResult r = *result_;
    r.proposals = model_->top();
    const auto rep = session_->report(r);
    if (!rep) {
        if (error) *error = tr("The report needs every top-K design verified: Verify ▸ Top K first.");
        return false;
    }
    try {
        write_text_atomically(path.toStdString(), to_markdown(*rep));
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    report(tr("Saved the study report to %1.").arg(path), false);
    return true;
}

bool SearchPanel::saveStudy(const QString& path, QString* error) {
    if (!log_) {
        if (error) *error = tr("Open a log first.");
        return false;
    }
    try {
        StudyFile f;
        f.settings.budget = areaBudget();
        f.settings.search = settings();
        f.settings.model_dir = modelPath_.toStdString();
        f.settings.log = logSource_;
        for (const std::string& file : logSource_.files) f.log_hashes.push_back(hash_path(file));
        if (!modelPath_.isEmpty()) f.model_hash = hash_path(modelPath_.toStdString());
        // The state to resume from: a pause or stop; a finished search resumes nothing.
        if (resume_) f.optimizer_state = resume_->optimizer_state;
        if (session_) {
            StudyResult r = result_ ? *result_ : StudyResult{};
            r.proposals = model_->top();
            f.results = session_->exported(r);
        } else {
            f.results.space = log_->space();
        }
        for (const auto& p : model_->pinned()) f.pins.push_back(p.design);
        f.settings.train = trainedWith_;
        f.history = history_;
        // A model trained in this session is saved beside the study, so the study reopens with it.
        const bool unsaved = modelPath_.isEmpty() && !surrogate_.empty();
        save_study_file(f, path.toStdString(), unsaved ? &surrogate_ : nullptr);
        if (unsaved) modelPath_ = QString::fromStdString(study_model_dir(path.toStdString()).string());
    } catch (const std::exception& e) {
        if (error) *error = tr("Could not save the study: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    report(tr("Saved the study to %1.").arg(path), false);
    return true;
}

bool SearchPanel::openStudy(const QString& path, QString* error) {
    try {
        return openStudy(load_study_file(path.toStdString()), path, error);
    } catch (const std::exception& e) {
        if (error) *error = tr("Could not open the study %1: %2").arg(path, QString::fromStdString(e.what()));
        return false;
    }
}

bool SearchPanel::openStudy(const StudyFile& f, const QString& path, QString* error) {
    if (searching_ || verifying_) {
        if (error) *error = tr("Stop the search first.");
        return false;
    }
    studyWarnings_.clear();
    try {
        if (!log_) throw std::invalid_argument(tr("open the study's log first").toStdString());
        if (!(f.results.space == log_->space()))
            throw std::invalid_argument(tr("the study's designs are in another search space than the open log").toStdString());
        for (const auto& w : changed_inputs(f)) studyWarnings_ << QString::fromStdString(w);
        if (!f.settings.model_dir.empty() && !openModel(QString::fromStdString(f.settings.model_dir)))
            throw std::invalid_argument(tr("its model could not be opened").toStdString());
        if (!f.settings.model_dir.empty() &&
            std::filesystem::path(f.settings.model_dir) == study_model_dir(path.toStdString())) {
            // The model this study trained and saved: closing the loop continues as it was trained.
            trainedWith_ = f.settings.train;
            continueSteps_ = std::max<std::uint64_t>(1, f.settings.train.fit.steps);
        }
        logSource_ = f.settings.log;
        applySettings(f.settings.search);
        setAreaBudget(f.settings.budget.limit_mm2);
        QString why;
        session_ = surrogate_.empty() ? nullptr : makeSession(&why);
        if (session_) resetViews(*session_);
        else model_->setContext(log_->space(), f.results.apps, f.settings.search.study.aggregate, f.settings.search.study.weights);
        std::vector<double> distance;
        if (session_) {
            std::vector<Design> ds;
            for (const auto& p : f.results.proposals) ds.push_back(p.design);
            distance = session_->distance_to_log(ds);
        }
        model_->setTop(f.results.proposals, distance);
        std::vector<Design> vd;
        std::vector<OracleResult> vr;
        for (const auto& p : f.results.proposals)
            if (p.verified) vd.push_back(p.design), vr.push_back(*p.verified);
        model_->setVerified(vd, vr);
        model_->setPinnedDesigns(f.pins);
        fitTableColumns();
        StudyResult r;
        r.proposals = f.results.proposals;
        r.optimizer_state = f.optimizer_state;
        r.oracle = f.results.provenance.oracle;
        result_ = r;
        if (!f.results.proposals.empty())
            plot_->setBest(f.results.proposals.front().area_mm2, f.results.proposals.front().predicted_latency_ms);
        showVerifiedOnPlot();
        history_ = f.history;
        drawHistory();
        lastGeneration_ = history_.empty() ? 0 : history_.back().generation;
        resume_.reset();
        if (!f.optimizer_state.is_null()) resume_ = resume_point(f);
        if (!session_)
            studyWarnings_ << tr("The study's model was trained in its session and is not saved: train or open a model "
                                 "to continue the search.");
    } catch (const std::exception& e) {
        if (error) *error = tr("Could not open the study %1: %2").arg(path, QString::fromStdString(e.what()));
        updateButtons();
        return false;
    }
    updateButtons();
    report(tr("Opened the study %1 (%2 designs).").arg(path).arg(model_->rowCount()) +
               (resume_ ? QStringLiteral(" ") + tr("Continue resumes its search.") : QString()),
           false);
    if (!studyWarnings_.isEmpty() && dialogsAllowed())
        QMessageBox::warning(this, tr("Study inputs changed"), studyWarnings_.join(QStringLiteral("\n")));
    return true;
}

}  // namespace prime::ui
