// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHttpServer.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace jikenbo::test {

HttpReply HttpReply::ok(const QByteArray &body, const QByteArray &type)
{
    HttpReply r;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), type));
    return r;
}

HttpReply HttpReply::error(int status, const QByteArray &reason)
{
    HttpReply r;
    r.status = status;
    r.reason = reason;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html; charset=UTF-8")));
    r.body = "<html><body><h1>" + QByteArray::number(status) + ' ' + reason + "</h1></body></html>";
    return r;
}

HttpReply HttpReply::redirect(const QByteArray &location, int status)
{
    HttpReply r;
    r.status = status;
    r.reason = "Found";
    r.headers.append(qMakePair(QByteArray("Location"), location));
    return r;
}

TestHttpServer::TestHttpServer()
{
    m_thread.setObjectName(u"TestHttpServer"_s);
}

TestHttpServer::~TestHttpServer()
{
    if (m_context) {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_server; // its sockets are its children
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        delete m_context;
    }
    m_thread.quit();
    m_thread.wait();
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

void TestHttpServer::setHandler(Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_handler = std::move(handler);
}

QList<HttpRequest> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

HttpReply TestHttpServer::answer(const HttpRequest &request)
{
    Handler h;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        h = m_handler;
    }
    return h ? h(request) : HttpReply::error(404, "Not Found");
}

quint16 TestHttpServer::closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

bool TestHttpServer::start(quint16 port)
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ok, port] {
            m_server = new QTcpServer;
            ok = m_server->listen(QHostAddress::LocalHost, port);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    socket->setParent(m_server);
                    auto buffer = std::make_shared<QByteArray>();
                    QObject::connect(socket, &QTcpSocket::disconnected, socket,
                                     &QObject::deleteLater);
                    QObject::connect(
                        socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                            *buffer += socket->readAll();
                            const qsizetype end = buffer->indexOf("\r\n\r\n");
                            if (end < 0)
                                return;
                            const QByteArray head = buffer->left(end);
                            buffer->clear();
                            const QList<QByteArray> requestLine =
                                head.left(head.indexOf("\r\n")).split(' ');
                            HttpRequest req;
                            req.method = requestLine.value(0);
                            req.target = requestLine.value(1);
                            const QUrl u = QUrl::fromEncoded(req.target);
                            req.path = u.path();
                            req.query = QUrlQuery(u);
                            const HttpReply r = answer(req);
                            if (r.mode == HttpReply::Silent)
                                return;
                            auto send = [socket, r] {
                                if (r.mode == HttpReply::CloseAtOnce) {
                                    socket->abort();
                                    socket->deleteLater();
                                    return;
                                }
                                QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                                                 r.reason + "\r\n";
                                for (const auto &[name, value] : r.headers)
                                    out += name + ": " + value + "\r\n";
                                if (r.mode == HttpReply::Truncated)
                                    out +=
                                        "Content-Length: " + QByteArray::number(r.body.size() * 2) +
                                        "\r\n";
                                else if (r.mode != HttpReply::NoLength)
                                    out += "Content-Length: " + QByteArray::number(r.body.size()) +
                                           "\r\n";
                                out += "Connection: close\r\n\r\n";
                                if (r.mode == HttpReply::StallBody) {
                                    socket->write(out + r.body.left(r.body.size() / 2));
                                    return; // and never more
                                }
                                if (r.mode == HttpReply::DropMidBody) {
                                    // Closed after half the body (FIN, not RST, so that the
                                    // client surely sees the half that came).
                                    socket->write(out + r.body.left(r.body.size() / 2));
                                    socket->disconnectFromHost();
                                    return;
                                }
                                socket->write(out + r.body);
                                socket->disconnectFromHost();
                            };
                            if (r.delayMs > 0)
                                QTimer::singleShot(r.delayMs, socket,
                                                   [s = QPointer<QTcpSocket>(socket), send] {
                                                       if (s)
                                                           send();
                                                   });
                            else
                                send();
                        });
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

} // namespace jikenbo::test
