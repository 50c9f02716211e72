// SPDX-License-Identifier: GPL-3.0-or-later
// Times the SQL a query runs (count, first rows, a facet) and prints the query plans.
//   query_probe DB QUERY...
//   query_probe DB --sql SQL...   (raw SQL on a connection with the tokenizer and collation)
#include "classify/Taxonomy.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace jikenbo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: query_probe DB QUERY...\n");
        return 1;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    // JIKENBO_PROBE_MMAP=BYTES: another mmap_size than the program's, to compare.
    if (const QByteArray mmap = qgetenv("JIKENBO_PROBE_MMAP"); !mmap.isEmpty())
        QSqlQuery(db.value()->sql()).exec(u"PRAGMA mmap_size="_s + QString::number(mmap.toLongLong()));
    const bool raw = std::strcmp(argv[2], "--sql") == 0;
    for (int i = raw ? 3 : 2; i < argc; ++i) {
        if (raw) {
            for (int round = 0; round < 3; ++round) {
                QElapsedTimer t;
                t.start();
                QSqlQuery q(db.value()->sql());
                if (!q.exec(QString::fromUtf8(argv[i]))) {
                    std::printf("%s: %s\n", argv[i], qPrintable(q.lastError().text()));
                    break;
                }
                int n = 0;
                QString first;
                while (q.next()) {
                    if (n++ == 0)
                        first = q.value(0).toString();
                }
                std::printf("  %7.1f ms  %6d rows (first: %s)  %s\n", t.nsecsElapsed() / 1e6, n,
                            qPrintable(first), argv[i]);
            }
            continue;
        }
        const ParsedQuery pq = QueryParser::parse(QString::fromUtf8(argv[i]), Taxonomy::builtIn());
        if (!pq.ok()) {
            std::printf("%s: %s\n", argv[i], qPrintable(pq.error->message));
            continue;
        }
        const SqlWhere asked = QuerySql::where(pq.query);
        // The plan the window's worker takes (IncidentQuery::plan), timed, twice (cold, warm).
        SqlWhere w = asked;
        for (int round = 0; round < 2; ++round) {
            QElapsedTimer t;
            t.start();
            bool restDrives = false;
            w = IncidentQuery::plan(*db.value(), asked, &restDrives);
            if (!asked.ftsAnd.isEmpty())
                std::printf("  %7.1f ms  plan: %s drives\n", t.nsecsElapsed() / 1e6,
                            restDrives ? "the other conditions' index" : "the full-text match");
        }
        auto run = [&](const QString &sql, const QVariantList &binds) {
            QElapsedTimer t;
            t.start();
            QSqlQuery q(db.value()->sql());
            q.prepare(sql);
            for (int k = 0; k < binds.size(); ++k)
                q.bindValue(k, binds[k]);
            q.exec();
            int n = 0;
            while (q.next())
                ++n;
            std::printf("  %7.1f ms  %6d rows  %s\n", t.nsecsElapsed() / 1e6, n, qPrintable(sql.left(110)));
            QSqlQuery e(db.value()->sql());
            e.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
            for (int k = 0; k < binds.size(); ++k)
                e.bindValue(k, binds[k]);
            e.exec();
            while (e.next())
                std::printf("            plan: %s\n", qPrintable(e.value(3).toString()));
        };
        std::printf("%s\n", argv[i]);
        run(u"SELECT count(*) FROM incidents AS i WHERE "_s + w.sql, w.binds);
        if (!asked.ftsAnd.isEmpty()) {
            // The other side, for comparison.
            const SqlWhere other = w.sql == asked.sql ? QuerySql::restDriven(asked) : asked;
            for (int round = 0; round < 2; ++round)
                run(u"SELECT count(*) FROM incidents AS i WHERE "_s + other.sql, other.binds);
        }
        ListOptions lo;
        lo.limit = 256;
        run(IncidentQuery::selectSql(w, lo), IncidentQuery::listBinds(w));
        run(u"SELECT i.cause, count(*) FROM incidents AS i WHERE "_s + w.sql + u" GROUP BY 1"_s, w.binds);
    }
    return 0;
}
