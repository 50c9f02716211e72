// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpFetcher.h"
#include "classify/Classifier.h"
#include "core/ImportSummary.h"
#include "ingest/PostParser.h"
#include "store/SyncLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace jikenbo {

class Classifier;
class Database;

// The blog's feed (blog.b-son.net, a Blogger blog), used when no URL is given: the one place it is
// written down (the settings dialog and `jikenbo-cli sync --url FEED_URL` override it).
inline constexpr char16_t DefaultFeedUrl[] = u"https://blog.b-son.net/feeds/posts/default";

struct SyncOptions
{
    // Blogger sends at most this many entries per page, whatever max-results asks for.
    static constexpr int MaxPageSize = 150;

    QUrl feedUrl;               // empty: DefaultFeedUrl
    int pageSize = MaxPageSize; // max-results per page (at most MaxPageSize)
    int maxPages = 0;           // stop after this many pages (the next sync resumes); 0: no limit
    bool full = false;          // a full pass now: read the whole feed, find removed posts
    // A sync is a full pass on its own when the last one is this many days old (0: never).
    int fullPassDays = 7;
    // Incremental syncs ask for posts updated since the last one's newest, minus this.
    int overlapSeconds = 300;
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
    bool fullPass = false;     // read the whole feed (and looked for removed posts)
    int removed = 0;           // posts a complete full pass found gone from the blog
    int requests = 0;          // HTTP requests made (pages, retries and redirects not counted)
    QList<SyncChange> changes; // new, edited, relabelled, removed and restored posts
    // インシデント: labels the taxonomy does not know, with the number of posts of this run
    // that carry them (0: only in the blog's label list). Kept as labels; they decide nothing.
    QMap<QString, int> unmappedLabels;
    // The keys of `jikenbo-cli import --json`, plus pages, url, status, resumed, full_pass,
    // removed, changes, unmapped_labels and warnings.
    QJsonObject toJson() const;
};

// Brings the database up to date from the blog's Atom feed, the way Blogger serves it.
//
// Reads the feed page by page: orderby=updated, updated-min = the newest <updated> of the last
// complete sync less a few minutes of overlap, redirect=false (no FeedBurner), max-results at
// most 150 (Blogger's cap), start-index moved on by the entries that came. It stops on an empty
// page, a page without a `next` link, or entries older than updated-min (openSearch totals are
// only a hint for progress). A redirect (blogspot.com to the blog's own domain) is followed
// and the next pages go straight to where it led. A page that is HTML, or whose entries carry
// only summaries (a feed set to "short"), is never stored: the sync switches to the full feed
// (/feeds/posts/full) or stops with an error saying so.
//
// A full pass (--full, the first sync, and one every SyncOptions::fullPassDays) reads the whole
// feed and remembers every entry it saw; when it completes, each stored post of the blog that
// it did not see is asked for on its own (Blogger's /feeds/posts/default/POSTID), and one that
// is gone (404/410) is marked removed from the blog: kept, with its annotations, never deleted.
// Posts are matched by their entry id, so an edited title, slug or domain updates in place.
//
// Each page is written in one transaction together with its resume point, so an interrupted
// sync keeps every page it committed and the next run continues where it stopped; a page that
// fails (network, HTTP, malformed or unsafe XML) writes nothing. Every run is logged in
// sync_runs, every change in sync_changes.
//
// Blocking: run it as a job (jobs/SyncJob) on a JobRunner, or in the CLI. The Database must have been
// opened on the calling thread.
class FeedSync
{
    Q_DECLARE_TR_FUNCTIONS(FeedSync)

public:
    using ProgressFn = std::function<void(const SyncProgress &)>;

    FeedSync(Database &db, const Classifier &classifier, const SyncOptions &options);

    // `cancel` may be set from any thread; the run stops at the next check, keeping what it
    // committed.
    SyncSummary run(const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

    static QUrl defaultFeedUrl();
    // A feed URL from user input: https:// is added when no scheme is given; only http(s).
    static Result<QUrl> feedUrlFromInput(const QString &input);
    // The feed of one label of the blog whose feed is `feed`: /feeds/posts/default/-/LABEL,
    // the label percent-encoded (Japanese, a full-width colon, '/', '#', '?' and all).
    static QUrl labelFeedUrl(const QUrl &feed, const QString &label);
    // The URL of one page of the feed.
    static QUrl pageUrl(const QUrl &feed, const QString &updatedMin, int startIndex,
                        int maxResults);
    // The same feed with full posts (/feeds/posts/full), or an empty URL when `feed` is not a
    // Blogger posts feed or already the full one.
    static QUrl fullProjectionUrl(const QUrl &feed);
    // The feed of one post: /feeds/posts/default/POSTID for the entry id ….post-POSTID.
    static QUrl entryUrl(const QUrl &feed, const QString &entryId);
    // The blog's whole feed (not a label's or a search's): the only one a full pass can tell
    // removed posts from.
    static bool isWholeBlogFeed(const QUrl &feed);
    // What came back when it is not an Atom document (an HTML page, JSON, …), for the error
    // message; empty when it may be a feed.
    static QString notAFeed(const HttpResponse &response);

private:
    struct PageResult;
    PageResult writePage(SyncLog &log, const ParsedPage &page,
                         const QList<Classification> &calls, const QStringList &seenIds,
                         qint64 runId, const QString &feedKey, const QString &updatedMin,
                         int nextStart, const QString &maxUpdated, bool fullPass,
                         bool mayHaveRemoved);
    Status findRemoved(HttpFetcher &fetcher, const QUrl &base, const QString &feedKey,
                       const QString &blogId, qint64 runId, SyncSummary &summary,
                       const std::atomic_bool *cancel);

    Database &m_db;
    const Classifier &m_classifier;
    SyncOptions m_options;
};

} // namespace jikenbo

Q_DECLARE_METATYPE(jikenbo::SyncProgress)
Q_DECLARE_METATYPE(jikenbo::SyncSummary)
