// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedSync.h"

#include "PagePipeline.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "ingest/AtomFeedReader.h"
#include "store/CauseModelUpdater.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
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

QString shiftedBack(const QString &utc, int seconds)
{
    const QDateTime t = fromUtcString(utc);
    return t.isValid() ? utcString(t.addSecs(-seconds)) : utc;
}

// "tag:blogger.com,1999:blog-123.post-456" -> "456"
QString postNumber(const QString &entryId)
{
    const qsizetype at = entryId.lastIndexOf(u".post-"_s);
    return at < 0 ? QString() : entryId.mid(at + 6);
}

// The path of a Blogger posts feed split at its projection: "/feeds/posts/" + projection +
// rest ("" or "/-/LABEL" or "/POSTID"). False when the path is not one.
bool splitPostsPath(const QString &path, QString *before, QString *projection, QString *rest)
{
    static const QRegularExpression re(u"^(.*/feeds/posts/)(default|full|summary)(/.*)?$"_s);
    const auto m = re.match(path);
    if (!m.hasMatch())
        return false;
    *before = m.captured(1);
    *projection = m.captured(2);
    *rest = m.captured(3);
    return true;
}

// The HTML <title> of a page, shortened for a one-line message.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression re(u"<title[^>]*>([^<]*)</title>"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(body.left(64 * 1024)));
    QString t = m.hasMatch() ? m.captured(1).simplified() : QString();
    if (t.size() > 80)
        t = t.left(79) + u'…';
    return t;
}

} // namespace

QJsonObject SyncSummary::toJson() const
{
    QJsonObject o = import.toJson();
    o.insert(u"pages"_s, pages);
    o.insert(u"url"_s, feedUrl);
    o.insert(u"status"_s, status);
    o.insert(u"resumed"_s, resumed);
    o.insert(u"full_pass"_s, fullPass);
    o.insert(u"removed"_s, removed);
    o.insert(u"requests"_s, requests);
    o.insert(u"run"_s, runId);
    o.insert(u"warnings"_s, QJsonArray::fromStringList(import.warnings));
    QJsonArray ch;
    for (const SyncChange &c : changes)
        ch.append(QJsonObject{{u"change"_s, c.change}, {u"key"_s, c.key}, {u"title"_s, c.title}});
    o.insert(u"changes"_s, ch);
    QJsonArray unmapped;
    for (auto it = unmappedLabels.begin(); it != unmappedLabels.end(); ++it)
        unmapped.append(QJsonObject{{u"label"_s, it.key()}, {u"posts"_s, it.value()}});
    o.insert(u"unmapped_labels"_s, unmapped);
    return o;
}

struct FeedSync::PageResult
{
    Status status;
    int added = 0, updated = 0, unchanged = 0;
    QList<SyncChange> changes;
};

FeedSync::FeedSync(Database &db, const Classifier &classifier, const SyncOptions &options)
    : m_db(db)
    , m_classifier(classifier)
    , m_options(options)
{
}

QUrl FeedSync::defaultFeedUrl()
{
    return QUrl(QString::fromUtf16(DefaultFeedUrl));
}

Result<QUrl> FeedSync::feedUrlFromInput(const QString &input)
{
    using R = Result<QUrl>;
    QString s = input.trimmed();
    if (s.isEmpty())
        return R::failure(tr("no feed URL given"));
    if (!s.contains(u"://"_s))
        s = u"https://"_s + s;
    const QUrl url(s, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return R::failure(tr("%1: not a valid URL").arg(input));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return R::failure(tr("%1: only https and http feeds can be read").arg(input));
    return url;
}

QUrl FeedSync::labelFeedUrl(const QUrl &feed, const QString &label)
{
    QByteArray path =
        feed.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).path(QUrl::FullyEncoded).toLatin1();
    const qsizetype cut = path.indexOf("/-/");
    if (cut >= 0)
        path.truncate(cut);
    while (path.endsWith('/'))
        path.chop(1);
    QUrl url = feed.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(QString::fromLatin1(path + "/-/" + QUrl::toPercentEncoding(label.trimmed())),
                QUrl::StrictMode);
    return url;
}

QUrl FeedSync::pageUrl(const QUrl &feed, const QString &updatedMin, int startIndex, int maxResults)
{
    QUrl url = feed;
    QUrlQuery q(feed);
    for (const QString &k :
         {u"orderby"_s, u"updated-min"_s, u"start-index"_s, u"max-results"_s, u"redirect"_s})
        q.removeAllQueryItems(k);
    // Blogger ignores updated-min unless the feed is ordered by updated time.
    q.addQueryItem(u"orderby"_s, u"updated"_s);
    if (!updatedMin.isEmpty())
        q.addQueryItem(u"updated-min"_s, updatedMin);
    q.addQueryItem(u"start-index"_s, QString::number(startIndex));
    q.addQueryItem(u"max-results"_s, QString::number(maxResults));
    // The blog itself, not a FeedBurner copy it may redirect its feed to.
    q.addQueryItem(u"redirect"_s, u"false"_s);
    url.setQuery(q);
    return url;
}

QUrl FeedSync::fullProjectionUrl(const QUrl &feed)
{
    QString before, projection, rest;
    if (!splitPostsPath(feed.path(), &before, &projection, &rest) || projection == u"full"_s)
        return {};
    QUrl url = feed;
    url.setPath(before + u"full"_s + rest);
    return url;
}

QUrl FeedSync::entryUrl(const QUrl &feed, const QString &entryId)
{
    QString before, projection, rest;
    const QString number = postNumber(entryId);
    if (number.isEmpty() || !splitPostsPath(feed.path(), &before, &projection, &rest))
        return {};
    QUrl url = feed.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(before + projection + u'/' + number);
    return url;
}

bool FeedSync::isWholeBlogFeed(const QUrl &feed)
{
    QString before, projection, rest;
    if (!splitPostsPath(feed.path(), &before, &projection, &rest))
        return false;
    const QUrlQuery q(feed);
    return rest.isEmpty() && !q.hasQueryItem(u"q"_s) && !q.hasQueryItem(u"category"_s);
}

QString FeedSync::notAFeed(const HttpResponse &r)
{
    const QString type = QString::fromLatin1(r.contentType).simplified();
    const QByteArray head = r.body.left(1024).trimmed().toLower();
    const QString lowerType = type.toLower();
    const bool html = lowerType.contains(u"html"_s) || head.startsWith("<!doctype html") ||
                      head.startsWith("<html") ||
                      (head.contains("<html") && !head.contains("<feed"));
    if (html) {
        const QString title = htmlTitle(r.body);
        return title.isEmpty() ? tr("an HTML page (%1), not an Atom feed")
                                     .arg(type.isEmpty() ? u"no Content-Type"_s : type)
                               : tr("an HTML page (%1) titled \u201c%2\u201d, not an Atom feed")
                                     .arg(type.isEmpty() ? u"no Content-Type"_s : type, title);
    }
    if (lowerType.contains(u"json"_s) || head.startsWith("{") || head.startsWith("["))
        return tr("JSON (%1), not an Atom feed").arg(type.isEmpty() ? u"no Content-Type"_s : type);
    if (r.body.trimmed().isEmpty())
        return tr("an empty response (%1), not an Atom feed")
            .arg(type.isEmpty() ? u"no Content-Type"_s : type);
    return {};
}

FeedSync::PageResult FeedSync::writePage(SyncLog &log, const ParsedPage &page,
                                       const QList<Classification> &calls,
                                       const QStringList &seenIds, qint64 runId, const QString &key,
                                       const QString &updatedMin, int nextStart,
                                       const QString &maxUpdated, bool fullPass,
                                       bool mayHaveRemoved)
{
    PageResult r;
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
    const QString fingerprint = m_classifier.rules().fingerprint();
    for (qsizetype i = 0; i < page.incidents.size(); ++i) {
        const ParsedPost &post = page.incidents[i];
        const QString newKey = IncidentStore::stableKey(post.caseId, post.title);
        UpsertPrevious old;
        const auto outcome = store.upsert(post, calls[i], key, fingerprint, &old);
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
        // A post marked removed that is in the feed again.
        if (mayHaveRemoved) {
            const auto back = log.clearRemoved(post.sourcePostId);
            if (!back.ok())
                return fail(back.error());
            if (!back->isEmpty())
                r.changes.append({u"restored"_s, newKey, post.title});
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
    if (fullPass) {
        if (const Status s = log.markSeen(key, seenIds); !s.ok())
            return fail(s.error());
    }
    if (const Status s = log.saveResumePoint(key, updatedMin, nextStart, maxUpdated, fullPass);
        !s.ok())
        return fail(s.error());
    if (const Status s = m_db.commit(); !s.ok())
        return fail(s.error());
    return r;
}

Status FeedSync::findRemoved(HttpFetcher &fetcher, const QUrl &base, const QString &key,
                            const QString &blogId, qint64 runId, SyncSummary &s,
                            const std::atomic_bool *cancel)
{
    SyncLog log(m_db);
    const auto unseen = log.unseenPosts(key, blogId + u".post-"_s);
    if (!unseen.ok())
        return Status::failure(unseen.error());
    if (unseen->isEmpty())
        return {};
    // A feed that suddenly lacks many posts is more likely broken than pruned: each post is
    // asked for on its own, so keep that to a sensible number.
    const int seen = s.import.added + s.import.updated + s.import.unchanged;
    const qsizetype limit = std::max<qsizetype>(25, seen / 10);
    if (unseen->size() > limit) {
        s.import.warnings << tr("%n stored post(s) of the blog were not in the feed; too many "
                                "to check one by one, none is marked removed",
                                nullptr, int(unseen->size()));
        return {};
    }
    const QDate today = QDate::currentDate();
    for (const UnseenPost &p : unseen.value()) {
        if (cancel && cancel->load())
            return {};
        const QUrl url = entryUrl(base, p.postId);
        if (url.isEmpty())
            continue;
        ++s.requests;
        const auto response = fetcher.get(url, cancel);
        bool gone = false;
        if (!response.ok()) {
            // HttpFetcher words 404 and 410 as "there is no feed at this address".
            gone = response.error().startsWith(u"HTTP 404"_s) ||
                   response.error().startsWith(u"HTTP 410"_s);
            if (!gone) {
                s.import.warnings << tr("could not check whether %1 is still on the blog: %2")
                                         .arg(p.title, response.error());
                continue;
            }
        }
        if (!gone)
            continue; // still there (edited while the pass ran); the next sync reads it
        if (const Status b = m_db.begin(); !b.ok())
            return b;
        Status st = log.markRemoved(p.id, today);
        const SyncChange change{u"removed"_s, p.key, p.title};
        if (st.ok())
            st = log.recordChange(runId, change);
        if (st.ok())
            st = m_db.commit();
        if (!st.ok()) {
            m_db.rollback();
            return st;
        }
        ++s.removed;
        s.changes.append(change);
    }
    return {};
}

SyncSummary FeedSync::run(const ProgressFn &progress, const std::atomic_bool *cancel)
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
    const int pageSize = std::clamp(m_options.pageSize, 1, SyncOptions::MaxPageSize);
    const bool wholeBlog = isWholeBlogFeed(feed);

    SyncLog log(m_db);
    const auto state = log.state(key);
    if (!state.ok()) {
        failWith(s.feedUrl, state.error());
        return s;
    }
    // A full pass: asked for, the first sync, or the last one is too old.
    bool full =
        m_options.full || state->updatedMin.isEmpty() ||
        (wholeBlog && m_options.fullPassDays > 0 &&
         (!state->lastFullPass.isValid() ||
          state->lastFullPass.daysTo(QDateTime::currentDateTimeUtc()) >= m_options.fullPassDays));
    QString updatedMin;
    int start = 1;
    QString maxSeen;
    if (state->resumable && !m_options.full) {
        updatedMin = state->resumeUpdatedMin;
        start = state->resumeStartIndex;
        maxSeen = state->resumeMaxUpdated;
        full = state->resumeFull;
        s.resumed = true;
    } else if (!full) {
        updatedMin = shiftedBack(state->updatedMin, m_options.overlapSeconds);
    }
    s.fullPass = full;
    const QDateTime minTime = fromUtcString(updatedMin);

    if (full && !s.resumed) {
        if (const Status st = log.clearSeen(key); !st.ok()) {
            failWith(s.feedUrl, st.error());
            return s;
        }
    }
    const auto runId = log.startRun(key);
    if (!runId.ok()) {
        failWith(s.feedUrl, runId.error());
        return s;
    }
    s.runId = runId.value();
    SyncRun run;
    run.id = s.runId;
    run.url = key;

    SyncProgress p;
    auto report = [&](const QString &message, bool retrying = false) {
        p.message = message;
        p.retrying = retrying;
        if (progress)
            progress(p);
    };
    const auto notice = [&](const QString &n) {
        report(p.url + u": "_s + n, true);
    };

    const Taxonomy &taxonomy = Taxonomy::builtIn();
    auto noteLabels = [&](const QStringList &labels, bool onPost) {
        for (const QString &l : labels) {
            if (taxonomy.labelKind(l) != Taxonomy::LabelKind::Unmapped)
                continue;
            int &n = s.unmappedLabels[l];
            n += onPost ? 1 : 0;
        }
    };
    const auto removedBefore = log.hasRemoved();
    if (!removedBefore.ok()) {
        failWith(s.feedUrl, removedBefore.error());
        return s;
    }

    // The next page downloads (and is read and classified) while this one is written.
    PagePipeline pipeline(m_options.http, m_classifier);
    QUrl base = feed; // where the pages are asked for: after a redirect, where it led
    bool fullProjection = false;
    bool categoriesSaved = false;
    QString blogId;
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
        const QUrl url = pageUrl(base, updatedMin, start, pageSize);
        p.page = page;
        p.url = url.toString();
        report(tr("Reading page %1 of the feed…").arg(page));

        if (!pipeline.pending()) {
            ++s.requests;
            pipeline.request(url);
        }
        FetchedPage fetched = pipeline.take(notice, cancel);
        if (fetched.url != url) { // asked for ahead, but not this page after all
            ++s.requests;
            pipeline.request(url);
            fetched = pipeline.take(notice, cancel);
        }
        const Result<HttpResponse> &response = fetched.response;
        if (!response.ok()) {
            if (cancel && cancel->load()) {
                s.status = u"cancelled"_s;
                break;
            }
            failWith(url.toString(), response.error());
            break;
        }
        if (response->url != url) {
            // Moved (a blogspot.com address to the blog's own domain): go there directly.
            const QUrl moved = response->url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
            if (!moved.isEmpty())
                base = moved;
        }
        if (const QString what = notAFeed(response.value()); !what.isEmpty()) {
            failWith(url.toString(), tr("the server sent %1; nothing imported").arg(what));
            break;
        }
        if (!fetched.feed.ok()) {
            failWith(
                url.toString(),
                tr("malformed feed page, nothing imported from it: %1").arg(fetched.feed.error()));
            break;
        }
        const AtomFeed &f = fetched.feed.value();
        if (const int summaries = f.summaryOnlyEntries(); summaries > 0) {
            // The blog's feed is set to "short": never store a summary as the notice.
            const QUrl fuller = fullProjectionUrl(base);
            if (!fullProjection && !fuller.isEmpty()) {
                fullProjection = true;
                base = fuller;
                report(tr("The feed gives only summaries; reading the full feed, %1")
                           .arg(fuller.toString()));
                --page;
                continue;
            }
            failWith(url.toString(),
                     tr("the feed gives only summaries of the posts (%n of %1 entries have no "
                        "content; the blog's feed is set to short), nothing imported from "
                        "this page",
                        nullptr, summaries)
                         .arg(f.entries.size()));
            break;
        }
        if (!categoriesSaved) {
            categoriesSaved = true;
            blogId = f.id;
            if (!f.categories.isEmpty()) {
                if (const Status st = log.saveCategories(key, f.categories); !st.ok()) {
                    failWith(s.feedUrl, st.error());
                    break;
                }
                noteLabels(f.categories, false);
            }
        }
        const int n = int(f.entries.size());
        if (f.totalResults >= 0) {
            p.entriesTotal = f.totalResults - (firstStart - 1);
            p.pagesEstimate = std::max(page, (f.totalResults - firstStart) / pageSize + 1);
        }

        // Entries older than updated-min: the server ignored it, and the feed holds nothing
        // newer from here on.
        QStringList seenIds;
        int older = 0;
        for (const AtomEntry &e : f.entries) {
            if (minTime.isValid() && e.updated.isValid() && e.updated < minTime) {
                ++older;
                continue;
            }
            if (e.updated.isValid())
                maxSeen = newer(maxSeen, utcString(e.updated));
            seenIds << e.id;
        }
        ParsedPage parsed;
        QList<Classification> calls;
        parsed.warnings = fetched.parsed.warnings;
        for (qsizetype i = 0; i < fetched.parsed.incidents.size(); ++i) {
            const ParsedPost &post = fetched.parsed.incidents[i];
            if (minTime.isValid() && post.sourceUpdated.isValid() && post.sourceUpdated < minTime)
                continue;
            parsed.incidents.append(post);
            calls.append(fetched.calls[i]);
        }
        parsed.skippedPosts = int(seenIds.size() - parsed.incidents.size());
        const int nextStart = start + n;

        // The end: an empty page, no link to a next one, or only older entries from here on.
        // openSearch:totalResults is a hint for the progress bar, never a reason to stop.
        complete = n == 0 || older > 0 || f.nextUrl.isEmpty();
        if (!complete && !(m_options.maxPages > 0 && s.pages + 1 >= m_options.maxPages)) {
            ++s.requests;
            pipeline.request(pageUrl(base, updatedMin, nextStart, pageSize));
        }

        if (n > 0) {
            const PageResult written =
                writePage(log, parsed, calls, seenIds, s.runId, key, updatedMin, nextStart, maxSeen,
                          full, removedBefore.value());
            if (!written.status.ok()) {
                failWith(url.toString(), written.status.error());
                complete = false;
                break;
            }
            s.import.added += written.added;
            s.import.updated += written.updated;
            s.import.unchanged += written.unchanged;
            s.import.skippedPosts += parsed.skippedPosts;
            s.import.warnings += parsed.warnings;
            s.changes += written.changes;
            for (const ParsedPost &post : std::as_const(parsed.incidents))
                noteLabels(post.labels, true);
        }
        ++s.pages;
        p.entriesDone += int(seenIds.size());
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
        if (complete)
            break;
        start = nextStart;
    }

    if (complete && full && wholeBlog && !blogId.isEmpty()) {
        report(tr("Looking for posts removed from the blog…"));
        HttpFetcher fetcher(m_options.http);
        fetcher.setNotice(notice);
        if (const Status st = findRemoved(fetcher, base, key, blogId, s.runId, s, cancel);
            !st.ok()) {
            failWith(s.feedUrl, st.error());
            complete = false;
        } else if (cancel && cancel->load()) {
            s.status = u"cancelled"_s;
            complete = false;
        }
    }
    if (complete) {
        Status st = m_db.begin();
        if (st.ok())
            st = log.completeSync(key, newer(maxSeen, state->updatedMin), full);
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
    // The learned second opinion on causes follows the labels just synced.
    if (const QString w = CauseModelUpdater::refreshAfterImport(m_db, s.import.added + s.import.updated); !w.isEmpty())
        s.import.warnings << w;
    report(s.status == u"ok"_s ? tr("Sync finished") : tr("Sync stopped (%1)").arg(s.status));
    return s;
}

} // namespace jikenbo
