// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagePipeline.h"

#include "classify/Classifier.h"
#include "ingest/AtomFeedReader.h"
#include "ingest/HtmlToText.h"

#include <QEventLoop>
#include <QTimer>

namespace jikenbo {

PagePipeline::PagePipeline(const HttpOptions &options, const Classifier &classifier)
    : m_options(options)
    , m_classifier(classifier)
    , m_thread([this] {
        HtmlToText::initLibrary(); // libxml2 on more than one thread
        loop();
    })
{
}

PagePipeline::~PagePipeline()
{
    m_abort.store(true);
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PagePipeline::request(const QUrl &url)
{
    {
        std::lock_guard lock(m_mutex);
        m_job = url;
        m_done.reset();
    }
    m_pending = true;
    m_wake.notify_all();
}

FetchedPage PagePipeline::take(const NoticeFn &notice, const std::atomic_bool *cancel)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Notices are told on this thread, without the lock.
        while (!m_notices.isEmpty()) {
            const QString n = m_notices.takeFirst();
            lock.unlock();
            if (notice)
                notice(n);
            lock.lock();
        }
        if (m_done)
            break;
        if (cancel && cancel->load())
            m_abort.store(true);
        // Wait with this thread's events running, as a download on this thread would (timers
        // and queued calls of the caller keep working); the pipeline's thread ends the wait.
        QEventLoop wait;
        m_waiting = &wait;
        lock.unlock();
        QTimer::singleShot(50, &wait, &QEventLoop::quit);
        wait.exec();
        lock.lock();
        m_waiting = nullptr;
    }
    FetchedPage page = std::move(*m_done);
    m_done.reset();
    m_pending = false;
    return page;
}

void PagePipeline::wakeLocked()
{
    if (m_waiting)
        QMetaObject::invokeMethod(m_waiting, &QEventLoop::quit, Qt::QueuedConnection);
}

void PagePipeline::loop()
{
    // The HTTP client belongs to this thread, for the whole sync.
    HttpFetcher fetcher(m_options);
    fetcher.setNotice([this](const QString &n) {
        std::lock_guard lock(m_mutex);
        m_notices << n;
        wakeLocked();
    });
    for (;;) {
        QUrl url;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_job.has_value(); });
            if (m_stop)
                return;
            url = *m_job;
            m_job.reset();
        }
        FetchedPage page;
        page.url = url;
        page.response = fetcher.get(url, &m_abort);
        if (page.response.ok()) {
            page.feed = AtomFeedReader::read(page.response->body);
            if (page.feed.ok() && page.feed->summaryOnlyEntries() == 0) {
                page.parsed = AtomFeedReader::toPage(page.feed.value());
                page.calls.reserve(page.parsed.incidents.size());
                for (const ParsedPost &p : std::as_const(page.parsed.incidents))
                    page.calls.append(m_classifier.classify(p));
            }
        }
        std::lock_guard lock(m_mutex);
        m_done = std::move(page);
        wakeLocked();
    }
}

} // namespace jikenbo
