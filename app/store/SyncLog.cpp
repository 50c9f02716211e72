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
        }
    }
    return s;
}

Status SyncLog::saveResumePoint(const QString &feedUrl, const QString &updatedMin,
                                int nextStartIndex, const QString &maxUpdated)
{
    const QJsonObject o{{u"updated_min"_s, updatedMin},
                        {u"start_index"_s, nextStartIndex},
                        {u"max_updated"_s, maxUpdated}};
    return setMetaValue(resumeName(feedUrl),
                        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Status SyncLog::completeSync(const QString &feedUrl, const QString &newUpdatedMin)
{
    if (!newUpdatedMin.isEmpty()) {
        if (const Status s = setMetaValue(updatedMinName(feedUrl), newUpdatedMin); !s.ok())
            return s;
    }
    return setMetaValue(resumeName(feedUrl), QString());
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
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO sync_changes (run_id, key, change, title) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(runId);
    q.addBindValue(change.key);
    q.addBindValue(change.change);
    q.addBindValue(change.title);
    if (!q.exec())
        return Status::failure(sqlError(q));
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

Result<std::optional<StoredPost>> SyncLog::storedPost(const QString &sourcePostId,
                                                      const QString &key)
{
    using R = Result<std::optional<StoredPost>>;
    QSqlQuery q(m_db.sql());
    const QString select = u"SELECT i.key, i.title, t.body, i.labels, i.source_updated "
                           "FROM incidents i JOIN incident_text t ON t.id = i.id WHERE "_s;
    for (int pass = 0; pass < 2; ++pass) {
        const QString &value = pass == 0 ? sourcePostId : key;
        if (value.isEmpty())
            continue;
        q.prepare(select + (pass == 0 ? u"i.source_post_id = ?"_s : u"i.key = ?"_s));
        q.addBindValue(value);
        if (!q.exec())
            return R::failure(sqlError(q));
        if (q.next()) {
            StoredPost p;
            p.key = q.value(0).toString();
            p.title = q.value(1).toString();
            p.body = q.value(2).toString();
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
                p.labels << v.toString();
            p.sourceUpdated = q.value(4).toString();
            return R(std::optional<StoredPost>(std::move(p)));
        }
    }
    return R(std::nullopt);
}

} // namespace jikenbo
