// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncJob.h"

#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "ingest/AtomFeedReader.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// No feed has this many pages; a server that keeps sending them is broken.
constexpr int MaxPagesPerRun = 100000;

QString utcString(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtcString(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString newer(const QString &a, const QString &b)
{
    const QDateTime ta = fromUtcString(a), tb = fromUtcString(b);
    if (!ta.isValid())
        return b;
    if (!tb.isValid())
        return a;
    return ta >= tb ? a : b;
}

// The feed's identity in the sync state: the URL without a query or fragment.
QString feedKey(const QUrl &feed)
{
    return feed.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

QJsonObject SyncSummary::toJson() const
{
    QJsonObject o = import.toJson();
    o.insert(u"pages"_s, pages);
    o.insert(u"url"_s, feedUrl);
    o.insert(u"status"_s, status);
    o.insert(u"resumed"_s, resumed);
    o.insert(u"run"_s, runId);
    QJsonArray ch;
    for (const SyncChange &c : changes)
        ch.append(QJsonObject{{u"change"_s, c.change}, {u"key"_s, c.key}, {u"title"_s, c.title}});
    o.insert(u"changes"_s, ch);
    return o;
}

struct SyncJob::PageResult
{
    Status status;
    int added = 0, updated = 0, unchanged = 0;
    QList<SyncChange> changes;
};

SyncJob::SyncJob(Database &db, const Classifier &classifier, const SyncOptions &options)
    : m_db(db)
    , m_classifier(classifier)
    , m_options(options)
{
}

QUrl SyncJob::defaultFeedUrl()
{
    return QUrl(QString::fromUtf16(DefaultFeedUrl));
}

Result<QUrl> SyncJob::feedUrlFromInput(const QString &input)
{
    using R = Result<QUrl>;
    QString s = input.trimmed();
    if (s.isEmpty())
        return R::failure(tr("no feed URL given"));
    if (!s.contains(u"://"_s))
        s = u"https://"_s + s;
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return R::failure(tr("%1: not a valid URL").arg(input));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return R::failure(tr("%1: only https and http feeds can be read").arg(input));
    return url;
}

QUrl SyncJob::pageUrl(const QUrl &feed, const QString &updatedMin, int startIndex, int maxResults)
{
    QUrl url = feed;
    QUrlQuery q(feed);
    for (const QString &k : {u"orderby"_s, u"updated-min"_s, u"start-index"_s, u"max-results"_s})
        q.removeAllQueryItems(k);
    // Blogger ignores updated-min unless the feed is ordered by updated time.
    q.addQueryItem(u"orderby"_s, u"updated"_s);
    if (!updatedMin.isEmpty())
        q.addQueryItem(u"updated-min"_s, updatedMin);
    q.addQueryItem(u"start-index"_s, QString::number(startIndex));
    q.addQueryItem(u"max-results"_s, QString::number(maxResults));
    url.setQuery(q);
    return url;
}

SyncJob::PageResult SyncJob::writePage(const ParsedPage &page, const QString &source, qint64 runId,
                                       const QString &key, const QString &updatedMin, int nextStart,
                                       const QString &maxUpdated)
{
    PageResult r;
    // Classify before taking the write lock.
    QList<Classification> calls;
    calls.reserve(page.incidents.size());
    for (const ParsedPost &p : page.incidents)
        calls.append(m_classifier.classify(p));

    if (const Status b = m_db.begin(); !b.ok()) {
        r.status = b;
        return r;
    }
    auto fail = [&](const QString &message) {
        m_db.rollback();
        r = PageResult{};
        r.status = Status::failure(message);
        return r;
    };
    IncidentStore store(m_db);
    SyncLog log(m_db);
    const QString fingerprint = m_classifier.rules().fingerprint();
    for (qsizetype i = 0; i < page.incidents.size(); ++i) {
        const ParsedPost &post = page.incidents[i];
        const QString newKey = IncidentStore::stableKey(post.caseId, post.title);
        const auto before = log.storedPost(post.sourcePostId, newKey);
        if (!before.ok())
            return fail(before.error());
        const auto outcome = store.upsert(post, calls[i], source, fingerprint);
        if (!outcome.ok())
            return fail(tr("entry at line %1: %2").arg(post.line).arg(outcome.error()));
        switch (outcome.value()) {
        case UpsertOutcome::Added:
            ++r.added;
            r.changes.append({u"new"_s, newKey, post.title});
            break;
        case UpsertOutcome::Unchanged:
            ++r.unchanged;
            break;
        case UpsertOutcome::Updated: {
            ++r.updated;
            const StoredPost old = before.value().value_or(StoredPost{});
            bool relabelled = false;
            for (const QString &l : post.labels)
                relabelled = relabelled || !old.labels.contains(l);
            const QString updated = post.sourceUpdated.isValid()
                                        ? post.sourceUpdated.toString(Qt::ISODateWithMs)
                                        : QString();
            const bool textChanged = old.title != post.title || old.body != post.body;
            const bool blogEdited = !updated.isEmpty() && updated != old.sourceUpdated;
            if (relabelled)
                r.changes.append({u"relabelled"_s, newKey, post.title});
            if (textChanged || (blogEdited && !relabelled))
                r.changes.append({u"edited"_s, newKey, post.title});
            break;
        }
        }
    }
    if (r.added || r.updated) {
        if (const Status s = store.linkFollowUps(); !s.ok())
            return fail(s.error());
    }
    for (const SyncChange &c : std::as_const(r.changes)) {
        if (const Status s = log.recordChange(runId, c); !s.ok())
            return fail(s.error());
    }
    if (const Status s = log.saveResumePoint(key, updatedMin, nextStart, maxUpdated); !s.ok())
        return fail(s.error());
    if (const Status s = m_db.commit(); !s.ok())
        return fail(s.error());
    return r;
}

SyncSummary SyncJob::run(const ProgressFn &progress, const std::atomic_bool *cancel)
{
    SyncSummary s;
    const QUrl feed = m_options.feedUrl.isEmpty() ? defaultFeedUrl() : m_options.feedUrl;
    s.feedUrl = feed.toString();
    auto failWith = [&s](const QString &where, const QString &message) {
        s.import.errors.append({where, message});
        s.status = u"failed"_s;
    };
    {
        const auto checked = feedUrlFromInput(feed.toString());
        if (!checked.ok()) {
            failWith(s.feedUrl, checked.error());
            return s;
        }
    }
    const QString key = feedKey(feed);
    const int pageSize = std::clamp(m_options.pageSize, 1, 500);

    SyncLog log(m_db);
    const auto state = log.state(key);
    if (!state.ok()) {
        failWith(s.feedUrl, state.error());
        return s;
    }
    QString updatedMin = m_options.full ? QString() : state->updatedMin;
    int start = 1;
    QString maxSeen;
    if (state->resumable && !m_options.full) {
        updatedMin = state->resumeUpdatedMin;
        start = state->resumeStartIndex;
        maxSeen = state->resumeMaxUpdated;
        s.resumed = true;
    }
    const QDateTime minTime = fromUtcString(updatedMin);

    const auto runId = log.startRun(key);
    if (!runId.ok()) {
        failWith(s.feedUrl, runId.error());
        return s;
    }
    s.runId = runId.value();
    SyncRun run;
    run.id = s.runId;
    run.url = key;

    HttpFetcher fetcher(m_options.http);
    SyncProgress p;
    auto report = [&](const QString &message, bool retrying = false) {
        p.message = message;
        p.retrying = retrying;
        if (progress)
            progress(p);
    };
    fetcher.setNotice([&](const QString &notice) { report(p.url + u": "_s + notice, true); });

    bool complete = false;
    const int firstStart = start;
    for (int page = 1;; ++page) {
        if (cancel && cancel->load()) {
            s.status = u"cancelled"_s;
            break;
        }
        if ((m_options.maxPages > 0 && s.pages >= m_options.maxPages) || page > MaxPagesPerRun) {
            s.status = u"partial"_s;
            break;
        }
        const QUrl url = pageUrl(feed, updatedMin, start, pageSize);
        p.page = page;
        p.url = url.toString();
        report(tr("Reading page %1 of the feed…").arg(page));

        const auto response = fetcher.get(url, cancel);
        if (!response.ok()) {
            if (cancel && cancel->load()) {
                s.status = u"cancelled"_s;
                break;
            }
            failWith(url.toString(), response.error());
            break;
        }
        const auto atom = AtomFeedReader::read(response->body);
        if (!atom.ok()) {
            failWith(url.toString(),
                     tr("malformed feed page, nothing imported from it: %1").arg(atom.error()));
            break;
        }
        const AtomFeed &f = atom.value();
        const int n = int(f.entries.size());
        if (f.totalResults >= 0) {
            p.entriesTotal = f.totalResults - (firstStart - 1);
            p.pagesEstimate = std::max(page, (f.totalResults - firstStart) / pageSize + 1);
        }

        // Entries older than updated-min: the server ignored it, and the feed holds nothing
        // newer from here on.
        AtomFeed newerOnly;
        int older = 0;
        for (const AtomEntry &e : f.entries) {
            if (minTime.isValid() && e.updated.isValid() && e.updated < minTime) {
                ++older;
                continue;
            }
            if (e.updated.isValid())
                maxSeen = newer(maxSeen, utcString(e.updated));
            newerOnly.entries.append(e);
        }
        const ParsedPage parsed = AtomFeedReader::toPage(newerOnly);
        const int nextStart = start + n;
        if (n > 0) {
            const PageResult written =
                writePage(parsed, key, s.runId, key, updatedMin, nextStart, maxSeen);
            if (!written.status.ok()) {
                failWith(url.toString(), written.status.error());
                break;
            }
            s.import.added += written.added;
            s.import.updated += written.updated;
            s.import.unchanged += written.unchanged;
            s.import.skippedPosts += parsed.skippedPosts;
            s.changes += written.changes;
        }
        ++s.pages;
        p.entriesDone += int(newerOnly.entries.size());
        run.pages = s.pages;
        run.added = s.import.added;
        run.updated = s.import.updated;
        run.unchanged = s.import.unchanged;
        run.skipped = s.import.skippedPosts;
        run.status = u"running"_s;
        (void)log.updateRun(run);
        report(tr("Page %1: %2 added, %3 updated, %4 unchanged")
                   .arg(page)
                   .arg(s.import.added)
                   .arg(s.import.updated)
                   .arg(s.import.unchanged));

        if (n == 0 || older > 0)
            complete = true;
        else if (f.totalResults >= 0)
            complete = nextStart > f.totalResults;
        else
            complete = n < pageSize && f.nextUrl.isEmpty();
        if (complete)
            break;
        start = nextStart;
    }

    if (complete) {
        Status st = m_db.begin();
        if (st.ok())
            st = log.completeSync(key, newer(maxSeen, state->updatedMin));
        if (st.ok())
            st = m_db.commit();
        else
            m_db.rollback();
        if (!st.ok())
            failWith(s.feedUrl, st.error());
        else
            s.status = u"ok"_s;
    }
    s.import.files = s.pages;
    run.pages = s.pages;
    run.added = s.import.added;
    run.updated = s.import.updated;
    run.unchanged = s.import.unchanged;
    run.skipped = s.import.skippedPosts;
    run.status = s.status;
    if (!s.import.errors.isEmpty())
        run.error =
            s.import.errors.constLast().file + u": "_s + s.import.errors.constLast().message;
    s.import.cancelled = s.status == u"cancelled"_s;
    if (const Status st = log.updateRun(run); !st.ok() && s.import.errors.isEmpty())
        failWith(s.feedUrl, st.error());
    report(s.status == u"ok"_s ? tr("Sync finished") : tr("Sync stopped (%1)").arg(s.status));
    return s;
}

} // namespace jikenbo
