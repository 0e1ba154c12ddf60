// prime-studio: the desktop application. Wires Qt start-up to the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include "main_window.h"

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
    parser.process(app);

    prime::ui::MainWindow window;
    window.show();
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
        QObject::connect(&window, &prime::ui::MainWindow::logReady, &app, [grab] { QTimer::singleShot(300, grab); });
        QObject::connect(&window, &prime::ui::MainWindow::loadFailed, &app, [grab] { QTimer::singleShot(300, grab); });
        if (parser.positionalArguments().isEmpty() && parser.isSet(no_demo)) QTimer::singleShot(500, grab);
    }
    return app.exec();
}
