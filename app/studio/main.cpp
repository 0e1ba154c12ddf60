// SPDX-License-Identifier: GPL-3.0-or-later
// prime-studio: the desktop application. Wires Qt start-up to the main window.
#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

#include "app_settings.h"
#include "area_latency_plot.h"
#include "budget_controller.h"
#include "explorer_state.h"
#include "main_window.h"
#include "search_demo.h"
#include "theme.h"

int main(int argc, char** argv) {
    // --help and --version print and quit: they must work on a machine
    // without a display (a cluster node, a CI log), where Qt's default
    // platform would abort. The offscreen platform ships with Qt.
    const bool no_display = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    for (int i = 1; i < argc && no_display; ++i) {
        const QByteArray a(argv[i]);
        if ((a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("PRIME Studio");
    QApplication::setOrganizationName("prime-studio");
    QApplication::setApplicationVersion(PRIME_VERSION);
    // The installed icon theme's entry first (sharp at every size), else the PNG built in.
    QApplication::setDesktopFileName("prime-studio");
    QApplication::setWindowIcon(QIcon::fromTheme("prime-studio", QIcon(":/icons/prime-studio.png")));

    // The language of Preferences (else the system's), for our strings and Qt's own dialogs.
    const prime::ui::Preferences preferences = prime::ui::Preferences::load();
    const QLocale locale = preferences.language.isEmpty() ? QLocale() : QLocale(preferences.language);
    if (!preferences.language.isEmpty()) QLocale::setDefault(locale);
    QTranslator qt_translator, translator;
    if (qt_translator.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt_translator);
    if (translator.load(locale, "prime-studio", "_", ":/i18n")) app.installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Data-driven design of hardware accelerators (PRIME)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("logs", QObject::tr("Design logs to open (CSV, TFRecord, .primelog), or one study (.primestudy)."), "[logs...]");
    QCommandLineOption no_demo("no-demo", QObject::tr("Start empty instead of opening the built-in demo log."));
    parser.addOption(no_demo);
    QCommandLineOption screenshot("screenshot", QObject::tr("Save a PNG of the window after loading, then quit."), "file");
    parser.addOption(screenshot);
    QCommandLineOption view("view", QObject::tr("View to show: %1.").arg(prime::ui::MainWindow::viewNames().join(", ")), "name",
                            "design-space");
    parser.addOption(view);
    QCommandLineOption size("size", QObject::tr("Window size, e.g. 1600x1000."), "WxH");
    parser.addOption(size);
    QCommandLineOption app_option("app", QObject::tr("Show only this application."), "name");
    parser.addOption(app_option);
    QCommandLineOption budget("budget", QObject::tr("Area budget in mm² (0 = none)."), "mm2");
    parser.addOption(budget);
    QCommandLineOption stage("stage", QObject::tr("Run the demo study on the demo log up to this step (%1); --view search implies topk.")
                                          .arg(prime::ui::SearchDemo::stages().join(QStringLiteral(", "))),
                             "stage", QStringLiteral("topk"));
    parser.addOption(stage);
    QCommandLineOption theme("theme", QObject::tr("Theme for this run: %1 (default: the one in Preferences).")
                                          .arg(prime::ui::themeNames().join(QStringLiteral(", "))),
                             "name");
    parser.addOption(theme);
    parser.process(app);
    if (parser.isSet(theme) && !prime::ui::themeNames().contains(parser.value(theme))) {
        std::fprintf(stderr, "prime-studio: unknown theme '%s' (one of: %s)\n", qPrintable(parser.value(theme)),
                     qPrintable(prime::ui::themeNames().join(", ")));
        return 2;
    }

    prime::ui::MainWindow window;
    prime::ui::Preferences applied = preferences;
    if (parser.isSet(theme)) applied.theme = parser.value(theme);
    window.applyPreferences(applied);
    // A screenshot shows the default layout, whatever the user arranged.
    if (!parser.isSet(screenshot)) window.restoreLayout();
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split('x');
        if (wh.size() != 2 || wh[0].toInt() < 200 || wh[1].toInt() < 200) {
            std::fprintf(stderr, "prime-studio: --size expects WxH, e.g. 900x600\n");
            return 2;
        }
        window.resize(wh[0].toInt(), wh[1].toInt());
    }
    if (parser.isSet(view) && !prime::ui::MainWindow::viewNames().contains(parser.value(view))) {
        std::fprintf(stderr, "prime-studio: unknown view '%s' (one of: %s)\n", qPrintable(parser.value(view)),
                     qPrintable(prime::ui::MainWindow::viewNames().join(", ")));
        return 2;
    }
    if (parser.isSet(budget)) {
        bool ok = false;
        const double mm2 = parser.value(budget).toDouble(&ok);
        if (!ok || mm2 < 0) {
            std::fprintf(stderr, "prime-studio: --budget expects a number of mm² (0 = none)\n");
            return 2;
        }
        if (mm2 == 0) window.budget()->clearLimit();
        else window.budget()->setLimitMm2(mm2);
        window.undoStack()->clear();  // a start-up setting, not an edit to undo
    }
    window.show();
    window.showView(parser.value(view));
    prime::ui::SearchDemo* demo = nullptr;
    // A short demo study on the demo log, for screenshots of each step: with
    // --view search, or any view given an explicit --stage.
    if ((parser.value(view) == QStringLiteral("search") || parser.isSet(stage)) && parser.positionalArguments().isEmpty()) {
        if (!prime::ui::SearchDemo::stages().contains(parser.value(stage))) {
            std::fprintf(stderr, "prime-studio: unknown stage '%s' (one of: %s)\n", qPrintable(parser.value(stage)),
                         qPrintable(prime::ui::SearchDemo::stages().join(", ")));
            return 2;
        }
        demo = new prime::ui::SearchDemo(&window, parser.value(stage), &window);
    }
    if (!parser.positionalArguments().isEmpty())
        window.openLogs(parser.positionalArguments());
    else if (!parser.isSet(no_demo))
        window.openDemoLog(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

    const QString app_name = parser.value(app_option);
    QObject::connect(&window, &prime::ui::MainWindow::logReady, &window, [&window, app_name, &parser, &view] {
        if (!app_name.isEmpty()) {
            const auto log = window.log();
            const auto id = log ? log->find_app(app_name.toStdString()) : std::nullopt;
            if (id) window.explorer()->setApp(*id);
            else std::fprintf(stderr, "prime-studio: the log has no application '%s'\n", qPrintable(app_name));
        }
        window.showView(parser.value(view));
    });
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            if (!window.grab().save(file)) std::fprintf(stderr, "prime-studio: could not write %s\n", qPrintable(file));
            QApplication::quit();
        };
        if (demo) {
            QObject::connect(demo, &prime::ui::SearchDemo::reached, &app, [grab] { QTimer::singleShot(400, grab); });
            QObject::connect(demo, &prime::ui::SearchDemo::failed, &app, [grab] { QTimer::singleShot(400, grab); });
        } else {
            // Grab once the log is shown and the plot's raster answers the final view.
            auto* poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, grab, poll] {
                if (!window.plot()->frameIsCurrent()) return;
                poll->stop();
                QTimer::singleShot(400, &window, grab);
            });
            QObject::connect(&window, &prime::ui::MainWindow::logReady, &window, [poll] { poll->start(100); });
        }
        QObject::connect(&window, &prime::ui::MainWindow::loadFailed, &app, [grab] { QTimer::singleShot(300, grab); });
        if (parser.positionalArguments().isEmpty() && parser.isSet(no_demo)) QTimer::singleShot(500, grab);
        QTimer::singleShot(120000, &app, [] {
            std::fprintf(stderr, "prime-studio: the view did not finish within 120 s\n");
            QApplication::exit(1);
        });
    }
    return app.exec();
}
