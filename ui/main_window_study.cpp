// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's study files: Save Study and Open Study. Opening loads
// the study's log files through the usual loader (with the study's column
// mapping) unless they are already open, then hands the study to the search
// panel, which restores settings, model, proposals, pins and curves.
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>

#include "main_window.h"
#include "search_panel.h"

namespace prime::ui {

LogSource MainWindow::logSource(const QStringList& paths, const LogRoles& roles) {
    LogSource s;
    for (const QString& p : paths) s.files.push_back(p.toStdString());
    // LogSource holds one mapping for all files (what prime-cli --map gives).
    const bool one_mapping = !roles.empty() && std::all_of(roles.begin(), roles.end(), [&](const auto& r) { return r == roles.front(); });
    if (one_mapping)
        for (const auto& [column, role] : roles.front()) s.roles[column] = std::string(role_name(role));
    return s;
}

void MainWindow::saveStudyDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save study"), QStringLiteral("study.primestudy"),
                                                      tr("PRIME Studio study (*.primestudy)"));
    if (path.isEmpty()) return;
    QString error;
    if (!search_->saveStudy(path, &error)) QMessageBox::critical(this, tr("Save study"), error);
    else rememberFile(path);
}

void MainWindow::openStudyDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open study"), QString(),
                                                      tr("PRIME Studio study (*.primestudy);;All files (*)"));
    if (!path.isEmpty()) openStudy(path);
}

void MainWindow::openStudy(const QString& path) {
    auto fail = [this, &path](const QString& why) {
        const QString message = tr("Could not open the study %1: %2").arg(path, why);
        status_->setText(message);
        if (!property("suppressDialogs").toBool()) QMessageBox::critical(this, tr("Open study"), message);
    };
    StudyFile study;
    LogRoles roles;
    try {
        study = load_study_file(path.toStdString());
        if (study.settings.log.files.empty()) throw std::invalid_argument(tr("it names no log files").toStdString());
        // The study's mapping, for each of its files (CSV; other formats ignore it).
        std::map<std::string, ColumnRole> mapping = study.settings.log.read_options().roles;
        roles.assign(study.settings.log.files.size(), mapping);
        rememberFile(path);
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
        return;
    }
    if (log_ && source_.files == study.settings.log.files) {  // its log is the open one
        applyStudy({std::move(study), path});
        return;
    }
    if (!mayReplaceLog()) return;
    QStringList files;
    for (const auto& f : study.settings.log.files) files << QString::fromStdString(f);
    pendingStudy_ = std::make_pair(std::move(study), path);
    setBusy(true);
    status_->setText(tr("Opening the study %1: loading its log…").arg(QFileInfo(path).fileName()));
    requestLoadOf(files, roles);
}

void MainWindow::applyStudy(const std::pair<StudyFile, QString>& study) {
    QString error;
    if (!search_->openStudy(study.first, study.second, &error)) {
        status_->setText(error);
        if (!property("suppressDialogs").toBool()) QMessageBox::critical(this, tr("Open study"), error);
        return;
    }
    showView(QStringLiteral("search"));
}

}  // namespace prime::ui
