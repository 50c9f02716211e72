// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "ingest/Importer.h"
#include "ingest/PostParser.h"
#include "ingest/SourceReader.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QApplication>
#include <QDir>
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

    const QString path = jikenbo::Database::defaultPath();
    const bool firstStart = !QFileInfo::exists(path);
    auto db = jikenbo::Database::open(path);
    if (!db.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Jikenbo"), db.error());
        return 1;
    }
    if (firstStart) {
        // Seed the new database with the fictional sample corpus.
        const jikenbo::Classifier classifier(jikenbo::Taxonomy::builtIn(),
                                             jikenbo::RuleSet::builtIn());
        jikenbo::Importer importer(*db.value(), classifier);
        const QDir sample(u":/jikenbo/sample"_s);
        for (const QString &name : sample.entryList(QDir::Files, QDir::Name)) {
            QFile f(sample.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto read = jikenbo::SourceReader::readBytes(f.readAll());
            if (read.ok())
                (void)importer.importParsed(read->page, u"sample:"_s + name);
        }
    }
    jikenbo::MainWindow w(std::move(db).value());
    w.show();
    return app.exec();
}
