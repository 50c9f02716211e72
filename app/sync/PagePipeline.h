// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpFetcher.h"
#include "core/Result.h"
#include "classify/Classifier.h"
#include "ingest/AtomFeed.h"
#include "ingest/PostParser.h"

#include <QEventLoop>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace jikenbo {

class Classifier;

// One page of a feed as the pipeline hands it over: the answer, the feed read from it, and its
// incident posts parsed and classified (in entry order).
struct FetchedPage
{
    QUrl url;
    Result<HttpResponse> response = Result<HttpResponse>::failure(QString());
    Result<AtomFeed> feed = Result<AtomFeed>::failure(QString());
    ParsedPage parsed; // empty when the page is not a feed or holds only summaries
    QList<Classification> calls;
};

// Downloads, reads and classifies the next page of a feed on its own thread while the sync
// writes the current one, so that the network's latency and the database's work overlap. One
// page at a time: request(), then take(). The HTTP client lives on the pipeline's thread for
// the whole sync (its connections are reused); its retry notices reach the caller's thread
// through take().
class PagePipeline
{
public:
    using NoticeFn = std::function<void(const QString &)>;

    PagePipeline(const HttpOptions &options, const Classifier &classifier);
    ~PagePipeline(); // stops a download under way
    PagePipeline(const PagePipeline &) = delete;
    PagePipeline &operator=(const PagePipeline &) = delete;

    void request(const QUrl &url);
    bool pending() const { return m_pending; }
    // Waits for the page asked for; meanwhile passes retry notices to `notice` and stops the
    // download when `cancel` is set.
    FetchedPage take(const NoticeFn &notice, const std::atomic_bool *cancel);

private:
    void loop();
    void wakeLocked(); // with m_mutex held: ends the caller's wait in take()

    HttpOptions m_options;
    const Classifier &m_classifier;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<QUrl> m_job;
    std::optional<FetchedPage> m_done;
    QStringList m_notices;
    QEventLoop *m_waiting = nullptr; // the caller's wait in take()
    bool m_stop = false;
    bool m_pending = false;
    std::atomic_bool m_abort{false};
    std::thread m_thread;
};

} // namespace jikenbo
