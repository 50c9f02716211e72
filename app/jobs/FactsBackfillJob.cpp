// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactsBackfillJob.h"

#include "classify/IncidentFactsReader.h"
#include "core/Format.h"
#include "core/IncidentFacts.h"
#include "core/ParsedPost.h"
#include "store/IncidentStore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

Database::Options FactsBackfillJob::databaseOptions() const
{
    Database::Options o;
    o.create = false;
    o.updateSearchIndex = false;
    return o;
}

void FactsBackfillJob::run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel)
{
    const auto pending = IncidentStore::factsPending(db);
    if (!pending.ok()) {
        m_result = Status::failure(pending.error());
        return;
    }
    const qint64 total = pending.value();
    QSqlQuery read(db.sql());
    if (!read.prepare(
            u"SELECT i.id, i.title, i.announced_on, i.case_year, t.body FROM incidents i "
            "JOIN incident_text t ON t.id = i.id WHERE i.via_contractor IS NULL AND i.id > ? "
            "ORDER BY i.id LIMIT 200"_s)) {
        m_result = Status::failure(read.lastError().text());
        return;
    }
    IncidentStore store(db);
    qint64 lastId = 0;
    while (m_filled < total) {
        if (cancel.load()) {
            m_cancelled = true;
            return;
        }
        read.bindValue(0, lastId);
        if (!read.exec()) {
            m_result = Status::failure(read.lastError().text());
            return;
        }
        QList<std::pair<qint64, IncidentFacts>> batch;
        while (read.next()) {
            ParsedPost post;
            post.title = read.value(1).toString();
            post.announcedOn = QDate::fromString(read.value(2).toString(), Qt::ISODate);
            post.caseYear = read.value(3).toInt();
            post.body = read.value(4).toString();
            lastId = read.value(0).toLongLong();
            batch.append({lastId, IncidentFactsReader::read(post)});
        }
        read.finish();
        if (batch.isEmpty())
            break; // rows deleted meanwhile
        if (const Status s = db.begin(); !s.ok()) {
            m_result = s;
            return;
        }
        for (const auto &[id, facts] : std::as_const(batch)) {
            if (const Status s = store.writeFacts(id, facts); !s.ok()) {
                db.rollback();
                m_result = s;
                return;
            }
        }
        if (const Status s = db.commit(); !s.ok()) {
            db.rollback();
            m_result = s;
            return;
        }
        m_filled += batch.size();
        if (progress)
            progress({m_filled, std::max<qint64>(1, total),
                      tr("Reading dates, data kinds and contractors: %1 of %2 incidents")
                          .arg(format::number(m_filled), format::number(total)),
                      false});
    }
}

void FactsBackfillJob::failToOpen(const QString &, const QString &message)
{
    m_result = Status::failure(message);
}

} // namespace jikenbo
