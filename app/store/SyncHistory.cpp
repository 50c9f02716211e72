// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncHistory.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

std::optional<SyncRun> readRun(QSqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
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
    return r;
}

} // namespace

bool SyncHistory::lastRunFailed() const
{
    return lastRun && (lastRun->status == u"failed"_s || lastRun->status == u"interrupted"_s);
}

QString SyncHistory::errorMessage(const SyncRun &run)
{
    // FeedSync writes "URL: message"; a URL holds no ": " (spaces are encoded).
    const qsizetype at = run.error.indexOf(u": "_s);
    return at > 0 && !run.error.left(at).contains(u' ') ? run.error.mid(at + 2) : run.error;
}

Result<SyncHistory> SyncHistory::read(Database &db)
{
    using R = Result<SyncHistory>;
    static const QString columns = u"SELECT id, url, started_at, finished_at, status, pages, "
                                   "added, updated, unchanged, skipped, error FROM sync_runs "_s;
    SyncHistory h;
    QSqlQuery q(db.sql());
    // A run still "running" is in progress (here or in the CLI): it tells nothing yet.
    if (!q.exec(columns + u"WHERE status <> 'running' ORDER BY id DESC LIMIT 1"_s))
        return R::failure(tr("cannot read the sync log: %1").arg(q.lastError().text()));
    h.lastRun = readRun(q);
    if (!q.exec(columns + u"WHERE status IN ('ok', 'partial') ORDER BY id DESC LIMIT 1"_s))
        return R::failure(tr("cannot read the sync log: %1").arg(q.lastError().text()));
    h.lastSuccess = readRun(q);
    return h;
}

} // namespace jikenbo
