// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpFetcher.h"
#include "ingest/Importer.h"
#include "store/SyncLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace jikenbo {

class Classifier;
class Database;

// The blog's feed, used when no URL is given: the one place it is written down (the settings
// dialog and `jikenbo-cli sync --url FEED_URL` override it). Set it to the blog's address.
inline constexpr char16_t DefaultFeedUrl[] = u"https://example.blogspot.com/feeds/posts/default";

struct SyncOptions
{
    QUrl feedUrl;      // empty: DefaultFeedUrl
    int pageSize = 50; // max-results per page
    int maxPages = 0;  // stop after this many pages (the next sync resumes); 0: no limit
    bool full = false; // read the whole feed, not only what changed since the last sync
    HttpOptions http;
};

struct SyncProgress
{
    int page = 0;          // 1-based page being read
    int pagesEstimate = 0; // from openSearch:totalResults; 0 while unknown
    int entriesDone = 0;   // entries written by this run
    int entriesTotal = -1; // entries the feed says it holds from the start point; -1 unknown
    QString url;           // the page being fetched
    QString message;       // one line for a status bar
    bool retrying = false; // the message tells of a failed attempt that will be retried
};

struct SyncSummary
{
    ImportSummary import; // counts; errors name the page URL in `file`
    int pages = 0;        // feed pages committed
    qint64 runId = 0;     // row of sync_runs (SyncLog::changes(runId) is the change log)
    QString feedUrl;
    QString status;            // ok, partial (page limit), failed, cancelled
    bool resumed = false;      // continued an interrupted sync
    QList<SyncChange> changes; // new, edited and relabelled posts, in feed order
    // The keys of `jikenbo-cli import --json`, plus pages, url, status, resumed and changes.
    QJsonObject toJson() const;
};

// Brings the database up to date from the blog's Atom feed.
//
// Reads the feed page by page (orderby=updated, updated-min = the newest <updated> of the last
// complete sync, start-index/max-results, openSearch:totalResults) until nothing newer comes.
// Each page is written in one transaction together with its resume point, so an interrupted
// sync keeps every page it committed and the next run continues where it stopped; a page that
// fails (network, HTTP, malformed or unsafe XML) writes nothing. Every run is logged in
// sync_runs, every new, edited or relabelled post in sync_changes.
//
// Blocking: run it on a worker thread (SyncWorker) or in the CLI. The Database must have been
// opened on the calling thread.
class SyncJob
{
    Q_DECLARE_TR_FUNCTIONS(SyncJob)

public:
    using ProgressFn = std::function<void(const SyncProgress &)>;

    SyncJob(Database &db, const Classifier &classifier, const SyncOptions &options);

    // `cancel` may be set from any thread; the run stops at the next check, keeping what it
    // committed.
    SyncSummary run(const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

    static QUrl defaultFeedUrl();
    // A feed URL from user input: https:// is added when no scheme is given; only http(s).
    static Result<QUrl> feedUrlFromInput(const QString &input);
    // The URL of one page of the feed.
    static QUrl pageUrl(const QUrl &feed, const QString &updatedMin, int startIndex,
                        int maxResults);

private:
    struct PageResult;
    PageResult writePage(const ParsedPage &page, const QString &source, qint64 runId,
                         const QString &feedKey, const QString &updatedMin, int nextStart,
                         const QString &maxUpdated);

    Database &m_db;
    const Classifier &m_classifier;
    SyncOptions m_options;
};

} // namespace jikenbo

Q_DECLARE_METATYPE(jikenbo::SyncProgress)
Q_DECLARE_METATYPE(jikenbo::SyncSummary)
