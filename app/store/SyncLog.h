// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
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
    bool resumeFull = false;  // the interrupted sync was a full pass
    QDateTime lastFullPass;   // when the last complete full pass ended; invalid: never
};

// A stored post of the blog that a complete full pass of the feed did not see.
struct UnseenPost
{
    qint64 id = 0;
    QString key;
    QString title;
    QString postId; // the entry id
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
    QString change; // new, edited, relabelled, removed (from the blog), restored (back on it)
    QString key;
    QString title;
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
                           const QString &maxUpdated, bool fullPass = false);
    // Inside the transaction that ends a complete sync: a new updated-min, no resume point; after
    // a full pass, its time and no seen entries.
    Status completeSync(const QString &feedUrl, const QString &newUpdatedMin,
                        bool fullPass = false);

    // The entries a full pass has seen (inside the page's transaction); cleared when a pass
    // starts and when it ends.
    Status markSeen(const QString &feedUrl, const QStringList &entryIds);
    Status clearSeen(const QString &feedUrl);
    // Stored posts whose entry id starts with `entryIdPrefix` (one blog's posts), not marked
    // removed, that the pass did not see.
    Result<QList<UnseenPost>> unseenPosts(const QString &feedUrl, const QString &entryIdPrefix);
    Status markRemoved(qint64 incidentId, const QDate &noticedOn);
    // Whether any stored post is marked removed (when none is, nothing needs restoring).
    Result<bool> hasRemoved();
    // A post back in the feed is no longer removed; its key when it was marked, else empty.
    Result<QString> clearRemoved(const QString &entryId);

    // The blog's label set, from the feed's own <category> list, per feed.
    Status saveCategories(const QString &feedUrl, const QStringList &labels);
    Result<QStringList> allCategories(); // of every feed synced

    // A run row with status "running"; rows left "running" by a killed process become
    // "interrupted".
    Result<qint64> startRun(const QString &feedUrl);
    Status updateRun(const SyncRun &run); // counts, status, error, finished_at when not running
    Status recordChange(qint64 runId, const SyncChange &change);

    Result<QList<SyncRun>> runs(int limit = 50);
    Result<QList<SyncChange>> changes(qint64 runId);

private:
    Result<QString> metaValue(const QString &name);
    Status exec(const QString &sql, const QVariantList &values);
    // A statement prepared once for this SyncLog (a sync writes many pages with one).
    QSqlQuery *prepared(const QString &sql, QString *error);
    std::map<QString, QSqlQuery> m_statements;
    Status setMetaValue(const QString &name, const QString &value); // empty deletes
    Database &m_db;
};

} // namespace jikenbo
