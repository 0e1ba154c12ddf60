// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's desktop habits: preferences, recent files, drag and
// drop, the saved layout (and Reset Layout), and About.
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QThreadPool>
#include <QToolBar>
#include <qcustomplot.h>

#include "main_window.h"
#include "model/surrogate.h"
#include "model/torch_runtime.h"
#include "search_panel.h"
#include "settings_dialog.h"
#include "theme.h"
#include "training_panel.h"

namespace prime::ui {

void MainWindow::applyPreferences(const Preferences& p) {
    // 0 = one thread per core: torch's and Qt's pools are told the machine's count.
    const int threads = p.threads > 0 ? p.threads : QThread::idealThreadCount();
    prime::set_torch_threads(threads);
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    if (p.theme != currentTheme() || property("themeApplied").isNull()) {
        applyTheme(p.theme);
        setProperty("themeApplied", true);
    }
    training_->setDefaultModel(p.defaultModel);
}

void MainWindow::openPreferences() {
    SettingsDialog dialog(Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    const Preferences p = dialog.preferences();
    p.save();
    applyPreferences(p);
    status_->setText(tr("Preferences saved."));
}

void MainWindow::rememberFile(const QString& path) {
    addRecentFile(path);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu() {
    recentMenu_->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        // &1..&9, then 0: keyboard access for the first ten.
        const QString label = QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName());
        QAction* a = recentMenu_->addAction(label, this, [this, path] { openPath(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (files.isEmpty()) recentMenu_->addAction(tr("No recent files"))->setEnabled(false);
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("&Clear List"), this, [this] {
        clearRecentFiles();
        fillRecentMenu();
    })->setEnabled(!files.isEmpty());
}

void MainWindow::openPath(const QString& path) {
    // A model folder goes to the search view; everything else is a log or a study.
    if (QFileInfo(path).isDir() && Surrogate::is_model_folder(path.toStdString())) {
        if (search_->openModel(path)) {
            rememberFile(path);
            showView(QStringLiteral("search"));
        }
        return;
    }
    openLogs({path});
}

bool MainWindow::acceptsDrop(const QMimeData* mime) {
    if (!mime || !mime->hasUrls()) return false;
    for (const QUrl& url : mime->urls())
        if (!url.isLocalFile()) return false;
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (acceptsDrop(event->mimeData())) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (!acceptsDrop(event->mimeData())) return;
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) paths << url.toLocalFile();
    event->acceptProposedAction();
    // One model folder or one study opens as such; several files are one log.
    if (paths.size() == 1) openPath(paths.front());
    else openLogs(paths);
}

void MainWindow::rememberDefaultLayout() { defaultLayout_ = saveState(); }

void MainWindow::restoreLayout() {
    const WindowLayout saved = WindowLayout::load();
    if (!saved.geometry.isEmpty()) restoreGeometry(saved.geometry);
    if (!saved.state.isEmpty()) restoreState(saved.state);
    persistLayout_ = true;
}

void MainWindow::resetLayout() {
    restoreState(defaultLayout_);
    for (QDockWidget* d : findChildren<QDockWidget*>()) d->show();
    budgetDock_->raise();
    tableDock_->raise();
    status_->setText(tr("Layout reset: every dock is back in its place."));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (persistLayout_) WindowLayout{saveGeometry(), saveState()}.save();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About PRIME Studio"),
        tr("<b>PRIME Studio %1</b>"
           "<p>Data-driven design of hardware accelerators with conservative surrogates "
           "(PRIME, Kumar et al., ICLR 2022).</p>"
           "<p>Built with Qt %2 (running %3), QCustomPlot %4 and LibTorch %5.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>The user's guide is docs/guide.md in the sources, installed as "
           "/usr/share/doc/prime-studio/guide.md; <tt>man prime-studio</tt> and <tt>man prime-cli</tt> "
           "describe the programs.</p>")
            .arg(QStringLiteral(PRIME_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QStringLiteral(QCUSTOMPLOT_VERSION_STR), QString::fromLatin1(prime::torch_version())));
}

}  // namespace prime::ui
