// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Settings.h"
#include "core/Translations.h"
#include "store/Database.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

enum class StartAs { Window, Printing, PrintingQtOptions };

// --help and --version only print, so they need no display: they get a QCoreApplication,
// and --help-all (which lists the options of QGuiApplication too) the offscreen platform.
StartAs startAs(int argc, char *argv[])
{
    StartAs mode = StartAs::Window;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "--")
            break;
        if (a == "--help-all")
            return StartAs::PrintingQtOptions;
        if (a == "-h" || a == "--help" || a == "-v" || a == "--version")
            mode = StartAs::Printing;
    }
    return mode;
}

// Two of QCommandLineParser's own strings that Qt's Japanese translation lacks (--help,
// --help-all): listed here so that Jikenbo's translations carry them. Qt asks every installed
// translator, so ours answers where qtbase_ja has nothing.
[[maybe_unused]] const char *const qtParserStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

// The icon theme's when installed; from the build tree, the PNGs rendered into the binary.
QIcon applicationIcon()
{
    QIcon fallback;
    for (const int size : {16, 32, 48, 64, 128, 256})
        fallback.addFile(u":/jikenbo/icons/%1x%1/apps/jikenbo.png"_s.arg(size), QSize(size, size));
    return QIcon::fromTheme(u"jikenbo"_s, fallback);
}

} // namespace

int main(int argc, char *argv[])
{
    // An export to a FIFO whose reader goes away fails with a message instead of killing the
    // window (and the user's unsaved typing) with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    std::unique_ptr<QCoreApplication> app;
    const StartAs mode = startAs(argc, argv);
    if (mode == StartAs::PrintingQtOptions && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (mode == StartAs::Printing)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"jikenbo"_s);
    QCoreApplication::setOrganizationName(u"jikenbo"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(JIKENBO_VERSION));

    // The UI language: the system's, unless Settings says otherwise (applies at start).
    jikenbo::Translations::installLanguage(jikenbo::settings::language.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse, search and count Japanese security-incident "
                                            "notices offline.") +
        u"\n\n"_s +
        QCoreApplication::translate("main", "Environment:\n"
                                            "  JIKENBO_DB  the database to open instead of the "
                                            "default one\n\n"
                                            "Database: %1")
            .arg(jikenbo::Database::defaultPath()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(*app); // prints and exits for --help, --version and unknown options

    QApplication::setApplicationDisplayName(u"Jikenbo"_s);
    QApplication::setDesktopFileName(u"jikenbo"_s);
    QApplication::setWindowIcon(applicationIcon());

    const QString path = jikenbo::Database::defaultPath();
    const bool firstStart = !QFileInfo::exists(path);
    jikenbo::Database::Options openOptions;
    openOptions.updateSearchIndex = false; // the window re-indexes as a task, with progress
    auto db = jikenbo::Database::open(path, openOptions);
    if (!db.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Jikenbo"), db.error());
        return 1;
    }
    jikenbo::MainWindow::Options options;
    options.seedSample = firstStart; // the new database gets the fictional sample corpus
    jikenbo::MainWindow w(std::move(db).value(), options);
    w.show();
    return QApplication::exec();
}
