// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace jikenbo::test {

QString sharedDir()
{
    const QString env = qEnvironmentVariable("JIKENBO_SHARED_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(JIKENBO_SHARED_DIR) : env);
}

QString sharedMissingReason()
{
    const QString d = sharedDir();
    if (!QFileInfo(d + u"/seeds"_s).isDir())
        return u"the seeds are not at %1/seeds (set the CMake variable JIKENBO_SHARED_DIR)"_s.arg(
            d);
    if (!QFileInfo(d + u"/gold/seeds_gold.tsv"_s).isFile())
        return u"the gold data is not at %1/gold (set the CMake variable JIKENBO_SHARED_DIR)"_s.arg(
            d);
    return {};
}

bool requireShared()
{
    return qEnvironmentVariable("JIKENBO_REQUIRE_SHARED") == u"1"_s;
}

QString seedsDir()
{
    return sharedDir() + u"/seeds"_s;
}

QString goldFile(const QString &name)
{
    return sharedDir() + u"/gold/"_s + name;
}

QString sourceDir()
{
    return QStringLiteral(JIKENBO_SOURCE_DIR);
}

QString cliPath()
{
    // JIKENBO_CLI_PATH in the environment runs the suites against another build (an older one,
    // to see a new test fail there).
    const QString fromEnv = qEnvironmentVariable("JIKENBO_CLI_PATH");
    return fromEnv.isEmpty() ? QStringLiteral(JIKENBO_CLI_PATH) : fromEnv;
}

CliResult runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start();
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = Database::open(path);
    if (!db.ok()) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.error()));
        return nullptr;
    }
    return std::move(db).value();
}

int importSeeds(const QString &path)
{
    auto db = openDb(path);
    if (!db)
        return -1;
    const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
    Importer importer(*db, classifier);
    return importer.importPaths({seedsDir()}).added;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QHash<QString, QString>> readTsv(const QString &path)
{
    QList<QHash<QString, QString>> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    if (lines.isEmpty())
        return rows;
    const QStringList header = lines.first().split(u'\t');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header[c], c < cells.size() ? cells[c] : QString());
        rows << row;
    }
    return rows;
}

QString dumpDatabase(const QString &path)
{
    auto db = Database::open(path, Database::Options{false, 5000});
    if (!db.ok())
        return u"<cannot open: "_s + db.error() + u'>';
    QString out;
    for (const QString &table :
         {u"incidents"_s, u"incident_text"_s, u"incident_refs"_s, u"annotations"_s}) {
        QSqlQuery q(db.value()->sql());
        q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s);
        out += u"## "_s + table + u'\n';
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c)
                cells << q.value(c).toString();
            out += cells.join(u'|') + u'\n';
        }
    }
    return out;
}

} // namespace jikenbo::test
