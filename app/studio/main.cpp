// prime-studio: the desktop application. Wires Qt start-up to the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

#include "main_window.h"
#include "search_demo.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("PRIME Studio");
    QApplication::setOrganizationName("prime-studio");
    QApplication::setApplicationVersion(PRIME_VERSION);

    QTranslator qt_translator, translator;
    if (qt_translator.load(QLocale(), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt_translator);
    if (translator.load(QLocale(), "prime-studio", "_", ":/i18n")) app.installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Data-driven design of hardware accelerators (PRIME)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("logs", QObject::tr("Design logs to open (CSV, TFRecord, .primelog)."), "[logs...]");
    QCommandLineOption no_demo("no-demo", QObject::tr("Start empty instead of opening the built-in demo log."));
    parser.addOption(no_demo);
    QCommandLineOption screenshot("screenshot", QObject::tr("Save a PNG of the window after loading, then quit."), "file");
    parser.addOption(screenshot);
    QCommandLineOption view("view", QObject::tr("Open with a view in front: search (runs a short demo study first)."), "name");
    parser.addOption(view);
    QCommandLineOption stage("stage", QObject::tr("With --view search: where the demo stops (%1).")
                                          .arg(prime::ui::SearchDemo::stages().join(QStringLiteral(", "))),
                             "stage", QStringLiteral("topk"));
    parser.addOption(stage);
    QCommandLineOption size("size", QObject::tr("Window size, e.g. 1280x800."), "WxH");
    parser.addOption(size);
    parser.process(app);

    prime::ui::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    prime::ui::SearchDemo* demo = nullptr;
    if (parser.isSet(view)) {
        if (!window.showView(parser.value(view))) {
            std::fprintf(stderr, "prime-studio: unknown view '%s' (known: search)\n", qPrintable(parser.value(view)));
            return 2;
        }
        if (parser.value(view) == QStringLiteral("search"))
            demo = new prime::ui::SearchDemo(&window, parser.value(stage), &window);
    }
    if (!parser.positionalArguments().isEmpty())
        window.openLogs(parser.positionalArguments());
    else if (!parser.isSet(no_demo))
        window.openDemoLog(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        };
        if (demo) {
            QObject::connect(demo, &prime::ui::SearchDemo::reached, &app, [grab] { QTimer::singleShot(400, grab); });
            QObject::connect(demo, &prime::ui::SearchDemo::failed, &app, [grab] { QTimer::singleShot(400, grab); });
        } else {
            QObject::connect(&window, &prime::ui::MainWindow::logReady, &app, [grab] { QTimer::singleShot(300, grab); });
        }
        QObject::connect(&window, &prime::ui::MainWindow::loadFailed, &app, [grab] { QTimer::singleShot(300, grab); });
        if (parser.positionalArguments().isEmpty() && parser.isSet(no_demo)) QTimer::singleShot(500, grab);
    }
    return app.exec();
}
