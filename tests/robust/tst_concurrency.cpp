// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one database: both finish, nothing is lost, the file stays sound.
#include "TestSupport.h"

#include "ingest/SyntheticCorpus.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

class TestConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void twoImportersAtOnce()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"shared.sqlite"_s);
        QVERIFY(test::openDb(db)); // created once, so neither process races to create it
        SyntheticCorpus::Options a;
        a.notices = 3000;
        a.perFile = 300;
        a.seed = 11;
        SyntheticCorpus::Options b = a;
        b.seed = 12;
        b.firstYear = 2023;
        QVERIFY(SyntheticCorpus::write(m_dir.filePath(u"a"_s), a).ok());
        QVERIFY(SyntheticCorpus::write(m_dir.filePath(u"b"_s), b).ok());

        QProcess pa, pb, reader;
        for (auto [p, dir] : {std::pair{&pa, u"a"_s}, std::pair{&pb, u"b"_s}}) {
            p->setProgram(test::cliPath());
            p->setArguments({u"--db"_s, db, u"--json"_s, u"import"_s, m_dir.filePath(dir)});
            p->start();
        }
        // A third process reads while both write.
        int reads = 0;
        while (pa.state() != QProcess::NotRunning || pb.state() != QProcess::NotRunning) {
            const auto r = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s, u"--limit"_s, u"5"_s});
            QCOMPARE(r.exitCode, 0);
            ++reads;
            QTest::qWait(50);
        }
        for (QProcess *p : {&pa, &pb}) {
            if (p->state() != QProcess::NotRunning)
                QVERIFY(p->waitForFinished(600000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        }
        const QByteArray errA = pa.readAllStandardError(), errB = pb.readAllStandardError();
        QVERIFY2(pa.exitCode() == 0, errA.constData());
        QVERIFY2(pb.exitCode() == 0, errB.constData());
        const int addedA = QJsonDocument::fromJson(pa.readAllStandardOutput()).object().value(u"added"_s).toInt();
        const int addedB = QJsonDocument::fromJson(pb.readAllStandardOutput()).object().value(u"added"_s).toInt();
        auto d = test::openDb(db);
        QVERIFY(d);
        QSqlQuery q(d->sql());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM incidents"_s) && q.next());
        // Corpora may share keys (same case id and title): every incident is counted once.
        QCOMPARE(q.value(0).toInt(), addedA + addedB);
        QVERIFY(addedA + addedB >= 3000);
        qInfo("%d + %d added by two processes, %d reads in between", addedA, addedB, reads);
    }

    // A writer that cannot get the lock in time says so clearly instead of corrupting.
    void busyDatabaseIsReported()
    {
        const QString db = m_dir.filePath(u"busy.sqlite"_s);
        auto holder = test::openDb(db);
        QVERIFY(holder);
        QVERIFY(holder->begin().ok()); // holds the write lock
        QSqlQuery q(holder->sql());
        QVERIFY(q.exec(u"INSERT INTO meta (name, value) VALUES ('lock', 'held')"_s));
        SyntheticCorpus::Options o;
        o.notices = 10;
        QVERIFY(SyntheticCorpus::write(m_dir.filePath(u"small"_s), o).ok());
        QElapsedTimer t;
        t.start();
        const auto r = test::runCli({u"--db"_s, db, u"--lock-timeout"_s, u"4"_s, u"import"_s, m_dir.filePath(u"small"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"locked"_s) || r.errText().contains(u"busy"_s), qPrintable(r.errText()));
        QVERIFY(t.elapsed() >= 4000); // it waited for the lock first
        holder->rollback();
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
