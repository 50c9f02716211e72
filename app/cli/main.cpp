// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform complains about XDG_RUNTIME_DIR, which printing to a file never
// uses: jikenbo-cli keeps stderr for its own one-line messages.
void quietPlatformMessages(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    if (type == QtWarningMsg && msg.startsWith(QLatin1StringView("QStandardPaths: ")))
        return;
    if (previousHandler)
        previousHandler(type, context, msg);
}

} // namespace

int main(int argc, char *argv[])
{
    // A pipe or FIFO whose reader has gone (export --output - | head) fails the write with EPIPE
    // and a one-line message, instead of killing the process without a word.
    std::signal(SIGPIPE, SIG_IGN);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only `print` needs fonts, so only it gets a QGuiApplication, on the offscreen platform
    // unless the user chose one: jikenbo-cli never needs a display.
    std::unique_ptr<QCoreApplication> app;
    if (jikenbo::CliApp::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietPlatformMessages);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("jikenbo-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("jikenbo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIKENBO_VERSION));
    jikenbo::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    jikenbo::CliApp cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
