// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

// What a peer may send, and how slowly. Anything past a limit is refused as soon as it is seen, without
// reading it into memory: a 100 MB body costs what its first 64 KiB do.
struct HttpLimits
{
    qint64 maxBodyBytes = 1 << 20; // 413 past it
    // A request's own body limit, judged on its request line and headers (the Sandbox's media uploads);
    // unset: maxBodyBytes for every request.
    std::function<qint64(const HttpServerRequest &head)> bodyLimitFor;
    int maxHeaderBytes = 16 * 1024; // request line and headers; 431 past it
    int headerTimeoutMs = 5000;     // the request line and headers must be in by then (408), well before:
    int requestTimeoutMs = 30000;   // the whole request must be in by then; 408 after
    int idleTimeoutMs = 15000;      // a kept-alive connection with nothing to say is closed
    // Answers a peer does not read: past this much unsent, nothing more is read from it (its later
    // requests wait in its own socket), and if none of it goes out for writeStallTimeoutMs it is closed.
    qint64 maxUnsentBytes = 64 * 1024;
    int writeStallTimeoutMs = 10000;
    // At most this many connections at once. When all are taken, a new one takes the place of an idle
    // kept-alive connection, or else of the one that has waited longest without finishing its headers;
    // only when every connection is busy with a request is it refused (503).
    int maxConnections = 128;
    // At most this many at once from one address, except loopback and the proxies below: behind a tunnel or
    // a reverse proxy every peer is the proxy, and the limits above are what protects the pool.
    int maxConnectionsPerAddress = 16;
    QList<QHostAddress> proxies;
    bool loopbackUnlimited = true; // false only to test the per-address limit over loopback
};

class HttpConnection;

// The answer to one request, when it is not ready at once (the Sandbox's slow scenario): call respond() or
// close() once (every request must be answered). Later requests on the same connection wait for it, so
// answers go out in order.
class HttpResponder
{
public:
    void respond(const HttpServerResponse &response) const;
    // No answer at all: the connection closes.
    void close() const;

private:
    friend class HttpConnection;
    explicit HttpResponder(HttpConnection *connection);
    QPointer<QObject> m_connection;
};

// A small HTTP/1.1 server on QTcpServer and Debian's http-parser, for peers we do not trust (providers'
// callbacks, and whatever else reaches the port): every limit above enforced while reading, broken
// requests answered 400, and nothing a peer sends can hold memory or the event loop. The handler gets
// each request whole, and answers it at once (Handler) or later (DeferredHandler).
class GuardedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpServerResponse(const HttpServerRequest &request)>;
    using DeferredHandler = std::function<void(const HttpServerRequest &request, const HttpResponder &responder)>;

    explicit GuardedHttpServer(Handler handler, QObject *parent = nullptr);
    explicit GuardedHttpServer(DeferredHandler handler, QObject *parent = nullptr);
    ~GuardedHttpServer() override;

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }
    // Listens on `address` (127.0.0.1 unless told otherwise); port 0 picks a free one.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    int openConnections() const { return int(m_live.size()); }
    // Serves a connection accepted elsewhere (a socket pair, for the fuzzer), as if it had come to the port.
    void serve(QTcpSocket *socket);
    // Connections whose reading is paused until their peer reads its answers, and the answers waiting.
    int blockedConnections() const;
    qint64 unsentBytes() const;

signals:
    // A request refused before it reached the handler: the status sent and why, for the log (status 0: a
    // connection closed without an answer, to make room or because its peer stopped reading).
    void refused(int status, const QString &reason);

private:
    friend class HttpConnection;
    void accept();
    // Makes room for one more connection; false when every connection is busy with a request.
    bool makeRoom();
    bool limitedByAddress(const QHostAddress &peer) const;

    DeferredHandler m_handler;
    HttpLimits m_limits;
    QTcpServer *m_server;
    QList<HttpConnection *> m_live; // in the order they came
};
