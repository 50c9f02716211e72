// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace jikenbo {

struct HttpOptions
{
    int connectTimeoutMs = 15000;   // until the response headers arrive
    int readTimeoutMs = 30000;      // longest silence while the body arrives
    int retries = 3;                // after the first attempt, on timeouts, 5xx and 429
    int backoffMs = 1000;           // wait before the first retry; doubles each time
    int maxRetryAfterSeconds = 300; // a longer Retry-After is an error
    int maxRedirects = 5;
    qint64 maxBytes = 32ll * 1024 * 1024;
};

struct HttpResponse
{
    QUrl url; // after redirects
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// GET with the policy a sync needs: timeouts, up to `retries` retries with exponential back-off
// on timeouts, a body cut short, 429 and 5xx, honouring Retry-After (seconds or an HTTP date);
// 4xx other than 429 are permanent (one attempt); a cap on the response size,
// redirects only to the same scheme or from http to https and at most `maxRedirects`, and a
// one-line error for every failure (the caller names the URL). Runs a local QEventLoop: use it
// from one thread, a worker thread or the CLI's main thread, never the GUI thread.
class HttpFetcher
{
    Q_DECLARE_TR_FUNCTIONS(HttpFetcher)

public:
    using NoticeFn = std::function<void(const QString &)>;

    explicit HttpFetcher(const HttpOptions &options);
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher &) = delete;
    HttpFetcher &operator=(const HttpFetcher &) = delete;

    // Told about each retry ("HTTP 503; retrying in 2 s").
    void setNotice(NoticeFn fn) { m_notice = std::move(fn); }

    // The error of a cancelled request is cancelledMessage().
    Result<HttpResponse> get(const QUrl &url, const std::atomic_bool *cancel = nullptr);
    static QString cancelledMessage();

private:
    struct Attempt;
    Attempt fetchOnce(const QUrl &url, const std::atomic_bool *cancel);
    bool wait(int ms, const std::atomic_bool *cancel);

    HttpOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    NoticeFn m_notice;
};

} // namespace jikenbo
