// SPDX-License-Identifier: GPL-3.0-or-later
// Times the SQL a query runs (count, first rows, a facet) and prints the query plans.
//   query_probe DB QUERY...
#include "classify/Taxonomy.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlError>
#include <cstdio>
using namespace Qt::StringLiterals;
using namespace jikenbo;
int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  auto db = Database::open(QString::fromLocal8Bit(argv[1]));
  if (qEnvironmentVariableIsSet("PROBE_MMAP")) {
    QSqlQuery q(db.value()->sql());
    q.exec(u"PRAGMA mmap_size=1073741824"_s);
    q.exec(u"PRAGMA cache_size=-65536"_s);
  }
  if (qEnvironmentVariableIsSet("PROBE_OPTIMIZE")) {
    QElapsedTimer t; t.start();
    QSqlQuery q(db.value()->sql());
    q.exec(u"INSERT INTO incident_fts(incident_fts) VALUES('optimize')"_s);
    std::printf("optimize: %.0f ms\n", t.nsecsElapsed()/1e6); t.restart();
    q.exec(u"ANALYZE"_s);
    std::printf("analyze: %.0f ms\n", t.nsecsElapsed()/1e6);
  }
  for (int i = 2; i < argc; ++i) {
    const QString text = QString::fromUtf8(argv[i]);
    auto pq = QueryParser::parse(text, Taxonomy::builtIn());
    SqlWhere w = QuerySql::where(pq.query);
    auto run = [&](const QString &sql) {
      QElapsedTimer t; t.start();
      QSqlQuery q(db.value()->sql());
      q.prepare(sql);
      const QVariantList b = sql.contains(u"AS f"_s) ? w.bindings() : w.binds;
      for (int k = 0; k < b.size(); ++k) q.bindValue(k, b[k]);
      q.exec(); int n = 0; while (q.next()) ++n;
      std::printf("  %7.1f ms  %6d rows  %s\n", t.nsecsElapsed()/1e6, n, qPrintable(sql.left(110)));
      QSqlQuery e(db.value()->sql()); e.prepare(u"EXPLAIN QUERY PLAN "_s + sql); const QVariantList b2 = sql.contains(u"AS f"_s) ? w.bindings() : w.binds; for (int k = 0; k < b2.size(); ++k) e.bindValue(k, b2[k]); e.exec();
      while (e.next()) std::printf("            plan: %s\n", qPrintable(e.value(3).toString()));
    };
    std::printf("%s\n", argv[i]);
    run(u"SELECT count(*) FROM incidents AS i WHERE "_s + w.sql);
    run(u"SELECT count(*) FROM "_s + w.from() + u" WHERE "_s + w.condition());
    if (w.sql.contains(u"incident_fts"_s))
      run(u"SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ?"_s),
      run(u"SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?"_s),
      run(u"SELECT count(*) FROM incident_fts AS f JOIN incidents AS i ON i.id = f.rowid WHERE incident_fts MATCH ?"_s);
    run(u"SELECT i.id FROM "_s + w.from() + u" WHERE "_s + w.condition() + u" ORDER BY "_s + IncidentQuery::orderBy(SortColumn::Date, true) + u" LIMIT 256"_s);
    run(u"SELECT i.id FROM incident_fts AS f JOIN incidents AS i INDEXED BY incidents_lookup ON i.id = f.rowid WHERE "_s + w.condition() + u" ORDER BY "_s + IncidentQuery::orderBy(SortColumn::Date, true) + u" LIMIT 256"_s);
    ListOptions lo; lo.limit = 256;
    run(IncidentQuery::selectSql(w, lo));
    run(u"SELECT i.cause, count(*) FROM incidents AS i WHERE "_s + w.sql + u" GROUP BY 1"_s);
  }
}
