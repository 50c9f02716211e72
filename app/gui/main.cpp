// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Settings.h"
#include "core/Translations.h"
#include "store/Database.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"jikenbo"_s);
    QApplication::setOrganizationName(u"jikenbo"_s);
    QApplication::setApplicationDisplayName(u"Jikenbo"_s);
    QApplication::setApplicationVersion(QStringLiteral(JIKENBO_VERSION));
    QApplication::setDesktopFileName(u"jikenbo"_s);

    // The UI language: the system's, unless Settings says otherwise (applies at start).
    const QString language = jikenbo::settings::language.get();
    jikenbo::Translations::install(language.isEmpty() ? QLocale() : QLocale(language));

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
    return app.exec();
}
