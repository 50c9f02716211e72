// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: an import killed with SIGKILL at random points leaves a sound database with
// everything from before intact, and a re-run completes the import.
#include "TestSupport.h"

#include "ingest/SyntheticCorpus.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace jikenbo;

class TestCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString integrity(Database &db)
    {
        QSqlQuery q(db.sql());
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
            return u"cannot run integrity_check"_s;
        return q.value(0).toString();
    }

    // Everything imported before the killed run, with the user's annotations.
    static QString snapshotOfOld(Database &db)
    {
        QSqlQuery q(db.sql());
        q.exec(u"SELECT i.key, i.title, i.cause, i.content_hash, t.body, a.note, a.starred, a.cause_override "
               "FROM incidents i JOIN incident_text t ON t.id = i.id LEFT JOIN annotations a ON a.key = i.key "
               "WHERE i.source LIKE '%/old/%' ORDER BY i.key"_s);
        QString out;
        while (q.next()) {
            for (int c = 0; c < 8; ++c)
                out += q.value(c).toString() + u'|';
            out += u'\n';
        }
        return out;
    }

private Q_SLOTS:
    void killAtRandomPoints()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"crash.sqlite"_s);
        const QString oldDir = m_dir.filePath(u"old"_s);
        const QString newDir = m_dir.filePath(u"new"_s);

        // Before: 500 notices with annotations.
        SyntheticCorpus::Options o;
        o.notices = 500;
        o.perFile = 250;
        o.seed = 7;
        QVERIFY(SyntheticCorpus::write(oldDir, o).ok());
        auto r = test::runCli({u"--db"_s, db, u"import"_s, oldDir});
        QCOMPARE(r.exitCode, 0);
        QString before;
        {
            auto d = test::openDb(db);
            QVERIFY(d);
            IncidentStore store(*d);
            QSqlQuery q(d->sql());
            QVERIFY(q.exec(u"SELECT key FROM incidents ORDER BY key LIMIT 40"_s));
            QStringList keys;
            while (q.next())
                keys << q.value(0).toString();
            for (int i = 0; i < keys.size(); ++i) {
                QVERIFY(store.setNote(keys[i], u"メモ %1"_s.arg(i)).ok());
                QVERIFY(store.setStarred(keys[i], i % 2 == 0).ok());
                if (i % 5 == 0)
                    QVERIFY(store.setCauseOverride(keys[i], u"insider"_s).ok());
            }
            before = snapshotOfOld(*d);
            QVERIFY(!before.isEmpty());
        }

        // The large import that gets killed: 10k synthetic notices in 10 files.
        o.notices = 10000;
        o.perFile = 1000;
        o.seed = 8;
        QVERIFY(SyntheticCorpus::write(newDir, o).ok());

        // How long a whole run takes, to spread the kill points over it.
        QElapsedTimer t;
        t.start();
        {
            const QString probe = m_dir.filePath(u"probe.sqlite"_s);
            QCOMPARE(test::runCli({u"--db"_s, probe, u"import"_s, newDir}, 600000).exitCode, 0);
        }
        const qint64 fullMs = std::max<qint64>(200, t.elapsed());
        const int kills = qEnvironmentVariableIntValue("JIKENBO_KILL_POINTS") > 0
                              ? qEnvironmentVariableIntValue("JIKENBO_KILL_POINTS")
                              : 16;
        // Each kill point starts from the database as it was before the import, so the kill
        // points spread over the whole import.
        const QString base = m_dir.filePath(u"base.sqlite"_s);
        {
            auto d = test::openDb(db);
            QVERIFY(d);
            QSqlQuery q(d->sql());
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QVERIFY(QFile::copy(db, base));
        auto restore = [&]() {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(db + suffix);
            return QFile::copy(base, db);
        };

        QRandomGenerator rng(20261122);
        int killedMidway = 0, completedAfterKill = 0;
        for (int k = 0; k < kills; ++k) {
            QVERIFY(restore());
            const int delay = int(rng.bounded(qint64(fullMs)));
            QProcess p;
            p.setProgram(test::cliPath());
            p.setArguments({u"--db"_s, db, u"import"_s, newDir});
            p.start();
            QVERIFY(p.waitForStarted());
            QTest::qWait(delay);
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killedMidway;
            }
            if (p.state() != QProcess::NotRunning)
                QVERIFY(p.waitForFinished(600000));
            {
                auto d = test::openDb(db);
                QVERIFY(d);
                QCOMPARE(integrity(*d), u"ok"_s);
                QCOMPARE(snapshotOfOld(*d), before);
            }
            // Every fourth kill point: a re-run completes the import.
            if (k % 4 == 3) {
                r = test::runCli({u"--db"_s, db, u"--json"_s, u"import"_s, newDir}, 600000);
                QCOMPARE(r.exitCode, 0);
                auto d = test::openDb(db);
                QVERIFY(d);
                QCOMPARE(integrity(*d), u"ok"_s);
                QSqlQuery q(d->sql());
                QVERIFY(q.exec(u"SELECT count(*) FROM incidents"_s) && q.next());
                QCOMPARE(q.value(0).toInt(), 10500);
                QCOMPARE(snapshotOfOld(*d), before);
                QVERIFY(q.exec(u"INSERT INTO incident_fts(incident_fts, rank) VALUES ('integrity-check', 1)"_s));
                ++completedAfterKill;
            }
        }
        qInfo("%d kill points over a %lld ms import; %d killed mid-run; %d re-runs completed",
              kills, fullMs, killedMidway, completedAfterKill);
        QVERIFY(killedMidway >= kills / 2);
        QVERIFY(completedAfterKill > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
