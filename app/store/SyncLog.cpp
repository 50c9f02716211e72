// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncLog.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text().trimmed();
}

QString updatedMinName(const QString &feedUrl)
{
    return u"sync.updated_min "_s + feedUrl;
}

QString resumeName(const QString &feedUrl)
{
    return u"sync.resume "_s + feedUrl;
}

QString lastFullName(const QString &feedUrl)
{
    return u"sync.last_full "_s + feedUrl;
}

QString categoriesName(const QString &feedUrl)
{
    return u"sync.categories "_s + feedUrl;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SyncLog::SyncLog(Database &db)
    : m_db(db)
{
}

Result<QString> SyncLog::metaValue(const QString &name)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT value FROM meta WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return Result<QString>::failure(sqlError(q));
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncLog::setMetaValue(const QString &name, const QString &value)
{
    QSqlQuery q(m_db.sql());
    if (value.isEmpty()) {
        q.prepare(u"DELETE FROM meta WHERE name = ?"_s);
        q.addBindValue(name);
    } else {
        q.prepare(u"INSERT INTO meta (name, value) VALUES (?, ?) "
                  "ON CONFLICT(name) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(name);
        q.addBindValue(value);
    }
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Result<SyncState> SyncLog::state(const QString &feedUrl)
{
    using R = Result<SyncState>;
    SyncState s;
    const auto min = metaValue(updatedMinName(feedUrl));
    if (!min.ok())
        return R::failure(min.error());
    s.updatedMin = min.value();
    const auto resume = metaValue(resumeName(feedUrl));
    if (!resume.ok())
        return R::failure(resume.error());
    if (!resume->isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(resume->toUtf8()).object();
        const int start = o.value(u"start_index"_s).toInt(0);
        if (start >= 1) {
            s.resumable = true;
            s.resumeStartIndex = start;
            s.resumeUpdatedMin = o.value(u"updated_min"_s).toString();
            s.resumeMaxUpdated = o.value(u"max_updated"_s).toString();
            s.resumeFull = o.value(u"full"_s).toBool();
        }
    }
    const auto full = metaValue(lastFullName(feedUrl));
    if (!full.ok())
        return R::failure(full.error());
    s.lastFullPass = QDateTime::fromString(full.value(), Qt::ISODate);
    return s;
}

Status SyncLog::saveResumePoint(const QString &feedUrl, const QString &updatedMin,
                                int nextStartIndex, const QString &maxUpdated, bool fullPass)
{
    const QJsonObject o{{u"updated_min"_s, updatedMin},
                        {u"start_index"_s, nextStartIndex},
                        {u"max_updated"_s, maxUpdated},
                        {u"full"_s, fullPass}};
    return setMetaValue(resumeName(feedUrl),
                        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Status SyncLog::completeSync(const QString &feedUrl, const QString &newUpdatedMin, bool fullPass)
{
    if (!newUpdatedMin.isEmpty()) {
        if (const Status s = setMetaValue(updatedMinName(feedUrl), newUpdatedMin); !s.ok())
            return s;
    }
    if (fullPass) {
        if (const Status s = setMetaValue(lastFullName(feedUrl), nowIso()); !s.ok())
            return s;
        if (const Status s = clearSeen(feedUrl); !s.ok())
            return s;
    }
    return setMetaValue(resumeName(feedUrl), QString());
}

Status SyncLog::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

QSqlQuery *SyncLog::prepared(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db.sql());
        if (!q.prepare(sql)) {
            *error = sqlError(q);
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return &it->second;
}

Status SyncLog::markSeen(const QString &feedUrl, const QStringList &entryIds)
{
    QString error;
    QSqlQuery *q =
        prepared(u"INSERT OR IGNORE INTO sync_seen (feed, post_id) VALUES (?, ?)"_s, &error);
    if (!q)
        return Status::failure(error);
    for (const QString &id : entryIds) {
        if (id.isEmpty())
            continue;
        q->bindValue(0, feedUrl);
        q->bindValue(1, id);
        if (!q->exec())
            return Status::failure(sqlError(*q));
    }
    return {};
}

Result<bool> SyncLog::hasRemoved()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM incidents WHERE removed_on IS NOT NULL)"_s) ||
        !q.next())
        return Result<bool>::failure(sqlError(q));
    return q.value(0).toBool();
}

Status SyncLog::clearSeen(const QString &feedUrl)
{
    return exec(u"DELETE FROM sync_seen WHERE feed = ?"_s, {feedUrl});
}

Result<QList<UnseenPost>> SyncLog::unseenPosts(const QString &feedUrl, const QString &entryIdPrefix)
{
    using R = Result<QList<UnseenPost>>;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT i.id, i.key, i.title, i.source_post_id FROM incidents i "
              "WHERE i.removed_on IS NULL AND i.source_post_id IS NOT NULL "
              "AND substr(i.source_post_id, 1, length(?)) = ? AND NOT EXISTS "
              "(SELECT 1 FROM sync_seen s WHERE s.feed = ? AND s.post_id = i.source_post_id) "
              "ORDER BY i.id"_s);
    q.addBindValue(entryIdPrefix);
    q.addBindValue(entryIdPrefix);
    q.addBindValue(feedUrl);
    if (!q.exec())
        return R::failure(sqlError(q));
    QList<UnseenPost> out;
    while (q.next())
        out << UnseenPost{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString()};
    return out;
}

Status SyncLog::markRemoved(qint64 incidentId, const QDate &noticedOn)
{
    return exec(u"UPDATE incidents SET removed_on = ? WHERE id = ?"_s,
                {noticedOn.toString(Qt::ISODate), incidentId});
}

Result<QString> SyncLog::clearRemoved(const QString &entryId)
{
    using R = Result<QString>;
    if (entryId.isEmpty())
        return QString();
    QString error;
    QSqlQuery *q = prepared(u"UPDATE incidents SET removed_on = NULL WHERE source_post_id = ? AND "
                            "removed_on IS NOT NULL RETURNING key"_s,
                            &error);
    if (!q)
        return R::failure(error);
    q->bindValue(0, entryId);
    if (!q->exec())
        return R::failure(sqlError(*q));
    const QString key = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return key;
}

Status SyncLog::saveCategories(const QString &feedUrl, const QStringList &labels)
{
    return setMetaValue(
        categoriesName(feedUrl),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(labels)).toJson(QJsonDocument::Compact)));
}

Result<QStringList> SyncLog::allCategories()
{
    using R = Result<QStringList>;
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT value FROM meta WHERE name LIKE 'sync.categories %'"_s))
        return R::failure(sqlError(q));
    QStringList out;
    while (q.next()) {
        for (const QJsonValue &v :
             QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array()) {
            if (!out.contains(v.toString()))
                out << v.toString();
        }
    }
    return out;
}

Result<qint64> SyncLog::startRun(const QString &feedUrl)
{
    using R = Result<qint64>;
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"UPDATE sync_runs SET status = 'interrupted' WHERE status = 'running'"_s))
        return R::failure(sqlError(q));
    q.prepare(u"INSERT INTO sync_runs (url, started_at, status) VALUES (?, ?, 'running')"_s);
    q.addBindValue(feedUrl);
    q.addBindValue(nowIso());
    if (!q.exec())
        return R::failure(sqlError(q));
    return q.lastInsertId().toLongLong();
}

Status SyncLog::updateRun(const SyncRun &run)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE sync_runs SET status = ?, pages = ?, added = ?, updated = ?, "
              "unchanged = ?, skipped = ?, error = ?, finished_at = ? WHERE id = ?"_s);
    q.addBindValue(run.status);
    q.addBindValue(run.pages);
    q.addBindValue(run.added);
    q.addBindValue(run.updated);
    q.addBindValue(run.unchanged);
    q.addBindValue(run.skipped);
    q.addBindValue(run.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(run.error));
    q.addBindValue(run.status == u"running"_s ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(nowIso()));
    q.addBindValue(run.id);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Status SyncLog::recordChange(qint64 runId, const SyncChange &change)
{
    QString error;
    QSqlQuery *q = prepared(
        u"INSERT INTO sync_changes (run_id, key, change, title) VALUES (?, ?, ?, ?)"_s, &error);
    if (!q)
        return Status::failure(error);
    q->bindValue(0, runId);
    q->bindValue(1, change.key);
    q->bindValue(2, change.change);
    q->bindValue(3, change.title);
    if (!q->exec())
        return Status::failure(sqlError(*q));
    return {};
}

Result<QList<SyncRun>> SyncLog::runs(int limit)
{
    using R = Result<QList<SyncRun>>;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, url, started_at, finished_at, status, pages, added, updated, "
              "unchanged, skipped, error FROM sync_runs ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(sqlError(q));
    QList<SyncRun> out;
    while (q.next()) {
        SyncRun r;
        r.id = q.value(0).toLongLong();
        r.url = q.value(1).toString();
        r.startedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        r.finishedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        r.status = q.value(4).toString();
        r.pages = q.value(5).toInt();
        r.added = q.value(6).toInt();
        r.updated = q.value(7).toInt();
        r.unchanged = q.value(8).toInt();
        r.skipped = q.value(9).toInt();
        r.error = q.value(10).toString();
        out << r;
    }
    return out;
}

Result<QList<SyncChange>> SyncLog::changes(qint64 runId)
{
    using R = Result<QList<SyncChange>>;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT change, key, title FROM sync_changes WHERE run_id = ? ORDER BY rowid"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return R::failure(sqlError(q));
    QList<SyncChange> out;
    while (q.next())
        out << SyncChange{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

} // namespace jikenbo
