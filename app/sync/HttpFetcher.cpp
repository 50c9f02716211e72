// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFetcher.h"

#include <QEventLoop>
#include <QList>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr int CancelPollMs = 50;

QString seconds(int ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QString::number(ms / 1000.0, 'f', ms < 1000 ? 2 : 1);
}

// An HTTP date (RFC 9110 §5.6.7): IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete
// RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994") forms.
QDateTime httpDate(const QString &value)
{
    const QString v = value.simplified();
    QDateTime t = QDateTime::fromString(v, Qt::RFC2822Date);
    if (t.isValid())
        return t;
    const QLocale c = QLocale::c();
    for (const QString &format :
         {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s,
          u"ddd MMM d HH:mm:ss yyyy"_s}) {
        t = c.toDateTime(v, format);
        if (t.isValid()) {
            if (t.date().year() < 1970)
                t = t.addYears(100);
            t.setTimeSpec(Qt::UTC);
            return t;
        }
    }
    return {};
}

// Retry-After: delta-seconds or an HTTP date. -1 when absent or unreadable.
int retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 s = v.toLongLong(&ok);
    if (ok)
        return s < 0 ? -1 : int(std::min<qint64>(s, 24 * 3600) * 1000);
    const QDateTime when = httpDate(QString::fromLatin1(v));
    if (!when.isValid())
        return -1;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000));
}

} // namespace

struct HttpFetcher::Attempt
{
    enum Kind { Ok, Redirect, Retryable, Fatal, Cancelled };
    Kind kind = Fatal;
    QString message;
    int retryAfterMs = -1;
    QUrl location;
    HttpResponse response;
};

HttpFetcher::HttpFetcher(const HttpOptions &options)
    : m_options(options)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpFetcher::~HttpFetcher() = default;

QString HttpFetcher::cancelledMessage()
{
    return tr("cancelled");
}

bool HttpFetcher::wait(int ms, const std::atomic_bool *cancel)
{
    if (ms <= 0)
        return !(cancel && cancel->load());
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            loop.quit();
    });
    done.start(ms);
    poll.start(CancelPollMs);
    loop.exec();
    return !(cancel && cancel->load());
}

HttpFetcher::Attempt HttpFetcher::fetchOnce(const QUrl &url, const std::atomic_bool *cancel)
{
    Attempt a;
    QNetworkRequest req(url);
    req.setRawHeader("User-Agent", "Jikenbo/" JIKENBO_VERSION);
    req.setRawHeader("Accept", "application/atom+xml, application/xml;q=0.9, */*;q=0.1");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(req));

    enum class Stop { None, ConnectTimeout, ReadTimeout, TooLarge, Cancelled };
    Stop stop = Stop::None;
    QByteArray body;
    QEventLoop loop;
    QTimer connectTimer, readTimer, poll;
    connectTimer.setSingleShot(true);
    readTimer.setSingleShot(true);
    auto abortWith = [&](Stop why) {
        if (stop == Stop::None)
            stop = why;
        reply->abort();
    };
    QObject::connect(&connectTimer, &QTimer::timeout, &loop,
                     [&] { abortWith(Stop::ConnectTimeout); });
    QObject::connect(&readTimer, &QTimer::timeout, &loop, [&] { abortWith(Stop::ReadTimeout); });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            abortWith(Stop::Cancelled);
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        connectTimer.stop();
        readTimer.start(m_options.readTimeoutMs);
        const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid() && len.toLongLong() > m_options.maxBytes)
            abortWith(Stop::TooLarge);
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        connectTimer.stop();
        readTimer.start(m_options.readTimeoutMs);
        body += reply->read(m_options.maxBytes + 1 - body.size());
        if (body.size() > m_options.maxBytes)
            abortWith(Stop::TooLarge);
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connectTimer.start(m_options.connectTimeoutMs);
    poll.start(CancelPollMs);
    if (!reply->isFinished())
        loop.exec();
    connectTimer.stop();
    readTimer.stop();
    poll.stop();
    if (stop == Stop::None && reply->bytesAvailable() > 0)
        body += reply->read(m_options.maxBytes + 1 - body.size());
    if (stop == Stop::None && body.size() > m_options.maxBytes)
        stop = Stop::TooLarge;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.response.url = url;
    a.response.status = status;
    a.response.contentType = reply->rawHeader("Content-Type");

    switch (stop) {
    case Stop::Cancelled:
        a.kind = Attempt::Cancelled;
        a.message = cancelledMessage();
        return a;
    case Stop::ConnectTimeout:
        a.kind = Attempt::Retryable;
        a.message = tr("no response within %1 s").arg(seconds(m_options.connectTimeoutMs));
        return a;
    case Stop::ReadTimeout:
        a.kind = Attempt::Retryable;
        a.message =
            tr("the response stalled (no data for %1 s)").arg(seconds(m_options.readTimeoutMs));
        return a;
    case Stop::TooLarge:
        a.kind = Attempt::Fatal;
        a.message = tr("the response is larger than the limit of %1")
                        .arg(QLocale::c().formattedDataSize(m_options.maxBytes));
        return a;
    case Stop::None:
        break;
    }

    if (status == 0) {
        // No HTTP response at all.
        a.kind = Attempt::Fatal;
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            a.message = tr("connection refused");
            break;
        case QNetworkReply::HostNotFoundError:
            a.message = tr("host not found");
            break;
        case QNetworkReply::RemoteHostClosedError:
            a.message = tr("the server closed the connection without a response");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::TemporaryNetworkFailureError:
            a.kind = Attempt::Retryable;
            a.message = reply->errorString();
            break;
        case QNetworkReply::SslHandshakeFailedError:
            a.message = tr("TLS handshake failed: %1").arg(reply->errorString());
            break;
        default:
            a.message = reply->errorString();
            break;
        }
        return a;
    }

    const QString reason =
        QString::fromUtf8(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray())
            .simplified();
    const QString statusText =
        reason.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 %2"_s.arg(status).arg(reason);
    if (status >= 300 && status < 400 && status != 304) {
        const QByteArray loc = reply->rawHeader("Location");
        if (loc.isEmpty()) {
            a.kind = Attempt::Fatal;
            a.message = tr("%1 without a Location header").arg(statusText);
            return a;
        }
        a.kind = Attempt::Redirect;
        a.location = url.resolved(QUrl::fromEncoded(loc.trimmed()));
        return a;
    }
    if (status == 429 || status >= 500) {
        a.kind = Attempt::Retryable;
        a.message = statusText;
        a.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"));
        return a;
    }
    if (status < 200 || status >= 300) {
        // Permanent: asking again gives the same answer.
        a.kind = Attempt::Fatal;
        switch (status) {
        case 401:
        case 403:
            a.message = tr("%1: the feed is not public (a private blog, or it needs a login)")
                            .arg(statusText);
            break;
        case 404:
        case 410:
            a.message = tr("%1: there is no feed at this address").arg(statusText);
            break;
        default:
            a.message = statusText;
            break;
        }
        return a;
    }
    // A 2xx whose body ended early: the connection dropped; asking again usually works.
    const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
    if (len.isValid() && body.size() < len.toLongLong()) {
        a.kind = Attempt::Retryable;
        a.message =
            tr("truncated response: %1 of %2 bytes arrived").arg(body.size()).arg(len.toLongLong());
        return a;
    }
    if (reply->error() != QNetworkReply::NoError) {
        a.kind = reply->error() == QNetworkReply::RemoteHostClosedError ? Attempt::Retryable
                                                                        : Attempt::Fatal;
        a.message = reply->error() == QNetworkReply::RemoteHostClosedError
                        ? tr("truncated response: the server closed the connection")
                        : tr("the response broke off: %1").arg(reply->errorString());
        return a;
    }
    a.kind = Attempt::Ok;
    a.response.body = std::move(body);
    return a;
}

Result<HttpResponse> HttpFetcher::get(const QUrl &start, const std::atomic_bool *cancel)
{
    using R = Result<HttpResponse>;
    QUrl url = start;
    QList<QUrl> visited{url};
    int redirects = 0;
    int retry = 0;
    for (;;) {
        const QString scheme = url.scheme().toLower();
        if (scheme != u"https"_s && scheme != u"http"_s)
            return R::failure(tr("unsupported URL scheme '%1' (only https and http)").arg(scheme));
        if (cancel && cancel->load())
            return R::failure(cancelledMessage());
        Attempt a = fetchOnce(url, cancel);
        switch (a.kind) {
        case Attempt::Ok:
            return std::move(a.response);
        case Attempt::Cancelled:
        case Attempt::Fatal:
            return R::failure(
                redirects ? tr("%1 (after a redirect to %2)").arg(a.message, url.toDisplayString())
                          : a.message);
        case Attempt::Redirect: {
            const QUrl next = a.location;
            const QString from = url.scheme().toLower(), to = next.scheme().toLower();
            if (!next.isValid() || (to != from && !(from == u"http"_s && to == u"https"_s)))
                return R::failure(tr("refused a redirect from %1 to %2 (only to the same scheme "
                                     "or from http to https)")
                                      .arg(url.toDisplayString(), next.toDisplayString()));
            if (visited.contains(next))
                return R::failure(tr("redirect loop: %1 leads back to %2")
                                      .arg(url.toDisplayString(), next.toDisplayString()));
            if (++redirects > m_options.maxRedirects)
                return R::failure(
                    tr("too many redirects (more than %1)").arg(m_options.maxRedirects));
            visited << next;
            url = next;
            continue;
        }
        case Attempt::Retryable:
            break;
        }
        if (retry >= m_options.retries)
            return R::failure(
                tr("%1 (gave up after %n attempt(s))", nullptr, retry + 1).arg(a.message));
        int delay = int(std::min<double>(m_options.backoffMs * std::pow(2.0, retry), 3600e3));
        if (a.retryAfterMs >= 0) {
            if (a.retryAfterMs > m_options.maxRetryAfterSeconds * 1000)
                return R::failure(tr("%1, and the server asks to retry after %2 s, longer than "
                                     "the limit of %3 s")
                                      .arg(a.message, seconds(a.retryAfterMs))
                                      .arg(m_options.maxRetryAfterSeconds));
            delay = a.retryAfterMs;
        }
        ++retry;
        if (m_notice)
            m_notice(tr("%1; retrying in %2 s (retry %3 of %4)")
                         .arg(a.message, seconds(delay))
                         .arg(retry)
                         .arg(m_options.retries));
        if (!wait(delay, cancel))
            return R::failure(cancelledMessage());
    }
}

} // namespace jikenbo
