// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QObject;
class QTcpServer;

namespace jikenbo::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QString path;
    QUrlQuery query;
};

struct HttpReply
{
    enum Mode {
        Normal,      // status, headers, body, Content-Length, close
        NoLength,    // no Content-Length: the body ends when the connection closes
        Truncated,   // Content-Length says more than is sent, then close
        StallBody,   // headers and half the body, then silence (read timeout)
        Silent,      // accept the connection and never answer (connect timeout)
        CloseAtOnce, // close without a response
        DropMidBody, // the right Content-Length, half the body, then the connection drops
    };
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Normal;
    int delayMs = 0; // answer this much later (network latency); other requests wait meanwhile

    static HttpReply ok(const QByteArray &body,
                        const QByteArray &type = "application/atom+xml; charset=UTF-8");
    static HttpReply error(int status, const QByteArray &reason);
    static HttpReply redirect(const QByteArray &location, int status = 302);
};

// A real HTTP/1.1 server on 127.0.0.1 with its own thread, so that it answers while the test
// thread blocks (a sync's event loop, or waiting for a jikenbo-cli process). Every request is
// answered by the handler (called on the server thread) and recorded.
class TestHttpServer
{
public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    TestHttpServer();
    ~TestHttpServer();
    TestHttpServer(const TestHttpServer &) = delete;
    TestHttpServer &operator=(const TestHttpServer &) = delete;

    bool start(quint16 port = 0); // 0: any free port
    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;

    void setHandler(Handler handler);
    QList<HttpRequest> requests() const;
    void clearRequests();

    // A port on 127.0.0.1 where nothing listens (connection refused).
    static quint16 closedPort();

private:
    HttpReply answer(const HttpRequest &request);

    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Handler m_handler;
    QList<HttpRequest> m_requests;
};

} // namespace jikenbo::test
