// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jikenbo {

class Database;

// Where a feed's sync stands, kept in the meta table per feed URL: the newest <updated> time
// of the last complete sync (the next sync's updated-min), and, while a sync is unfinished,
// the point to resume from. The resume point is written in the same transaction as the page
// it follows, so it never disagrees with what was committed.
struct SyncState
{
    QString updatedMin; // RFC 3339, UTC; empty: never synced completely
    bool resumable = false;
    QString resumeUpdatedMin; // the interrupted sync's updated-min
    int resumeStartIndex = 1; // the first entry not yet committed
    QString resumeMaxUpdated; // newest <updated> committed so far by the interrupted sync
};

struct SyncRun
{
    qint64 id = 0;
    QString url;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // running, ok, partial, failed, cancelled, interrupted
    int pages = 0, added = 0, updated = 0, unchanged = 0, skipped = 0;
    QString error;
};

struct SyncChange
{
    QString change; // new, edited, relabelled
    QString key;
    QString title;
};

// What a post looked like before a sync wrote it (to tell edits from relabelling).
struct StoredPost
{
    QString key;
    QString title;
    QString body;
    QStringList labels;
    QString sourceUpdated;
};

// The sync log (sync_runs, sync_changes) and the sync state in meta.
class SyncLog
{
    Q_DECLARE_TR_FUNCTIONS(SyncLog)

public:
    explicit SyncLog(Database &db);

    Result<SyncState> state(const QString &feedUrl);
    // Inside the page's transaction.
    Status saveResumePoint(const QString &feedUrl, const QString &updatedMin, int nextStartIndex,
                           const QString &maxUpdated);
    // Inside the transaction that ends a complete sync: a new updated-min, no resume point.
    Status completeSync(const QString &feedUrl, const QString &newUpdatedMin);

    // A run row with status "running"; rows left "running" by a killed process become
    // "interrupted".
    Result<qint64> startRun(const QString &feedUrl);
    Status updateRun(const SyncRun &run); // counts, status, error, finished_at when not running
    Status recordChange(qint64 runId, const SyncChange &change);

    Result<QList<SyncRun>> runs(int limit = 50);
    Result<QList<SyncChange>> changes(qint64 runId);

    Result<std::optional<StoredPost>> storedPost(const QString &sourcePostId, const QString &key);

private:
    Result<QString> metaValue(const QString &name);
    Status setMetaValue(const QString &name, const QString &value); // empty deletes
    Database &m_db;
};

} // namespace jikenbo
