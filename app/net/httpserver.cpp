// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <http_parser.h>
#include <sys/socket.h>

// One connection: bytes go through http_parser as they arrive, checked against the limits on the way.
// While the handler has not answered a request, or the peer has not read enough of the answers, the next
// request on the connection waits unread.
class HttpConnection final : public QObject
{
public:
    // Where the connection is, for choosing which one gives way when the pool is full.
    enum class Phase
    {
        Headers,
        Body,
        Answering,
        Idle
    };

    // The handler's answer to the request it was given.
    void answer(const HttpServerResponse *response)
    {
        if (!m_waiting)
            return;
        m_waiting = false;
        if (!response) {
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(response->bytes(m_keepAlive, m_request.method != "HEAD"));
        if (!m_keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        enter(Phase::Idle);
        m_timer.start(limits().idleTimeoutMs);
        if (m_socket->bytesToWrite() > limits().maxUnsentBytes && !m_blocked) {
            // The peer is not reading its answers: read nothing more from it until it does.
            m_blocked = true;
            m_stallTimer.start(limits().writeStallTimeoutMs);
        }
        if (m_inHandler)
            return; // answered at once: complete() pauses the parser if it must wait
        resume();
    }

    Phase phase() const { return m_phase; }
    qint64 inPhaseMs() const { return m_since.elapsed(); }
    bool isBlocked() const { return m_blocked; }
    qint64 unsentBytes() const { return m_socket->bytesToWrite(); }
    QHostAddress peer() const { return m_peer; }
    // Nothing under way and nothing waiting: closing it costs its peer only a new connection.
    bool isIdle() const
    {
        return m_refused || (m_phase == Phase::Idle && !m_blocked && m_unparsed.isEmpty() &&
                             m_socket->bytesAvailable() == 0 && m_socket->bytesToWrite() == 0);
    }
    // Closed at once to make room for a newer connection.
    void evict()
    {
        m_server->m_live.removeOne(this);
        m_socket->abort();
        deleteLater();
    }

    HttpConnection(GuardedHttpServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket), m_peer(socket->peerAddress())
    {
        m_server->m_live.append(this);
        m_since.start();
        m_socket->setParent(this);
        // Qt buffers no more than this for us; everything is read (and judged) as it comes.
        m_socket->setReadBufferSize(64 * 1024);
        http_parser_init(&m_parser, HTTP_REQUEST);
        m_parser.data = this;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_inRequest)
                refuse(408, QStringLiteral("the request was too slow"));
            else
                m_socket->abort(); // idle
        });
        m_timer.start(m_server->limits().headerTimeoutMs);
        m_requestTimer.setSingleShot(true);
        connect(&m_requestTimer, &QTimer::timeout, this,
                [this] { refuse(408, QStringLiteral("the request body was too slow")); });
        m_stallTimer.setSingleShot(true);
        connect(&m_stallTimer, &QTimer::timeout, this, [this] {
            emit m_server->refused(0, QStringLiteral("a peer that does not read its answers was cut off"));
            m_socket->abort();
        });
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_blocked && m_socket->bytesToWrite() <= limits().maxUnsentBytes / 2) {
                m_blocked = false;
                m_stallTimer.stop();
                resume();
            } else if (m_blocked) {
                m_stallTimer.start(limits().writeStallTimeoutMs); // it reads, if slowly
            }
        });
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::read);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
        });
    }
    ~HttpConnection() override { m_server->m_live.removeOne(this); }

private:
    static HttpConnection *of(http_parser *parser) { return static_cast<HttpConnection *>(parser->data); }
    const HttpLimits &limits() const { return m_server->limits(); }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings made{};
            made.on_message_begin = [](http_parser *p) { return of(p)->begin(); };
            made.on_url = [](http_parser *p, const char *at, size_t n) { return of(p)->url(at, n); };
            made.on_header_field = [](http_parser *p, const char *at, size_t n) { return of(p)->field(at, n); };
            made.on_header_value = [](http_parser *p, const char *at, size_t n) { return of(p)->value(at, n); };
            made.on_headers_complete = [](http_parser *p) { return of(p)->headersComplete(); };
            made.on_body = [](http_parser *p, const char *at, size_t n) { return of(p)->bodyPart(at, n); };
            made.on_message_complete = [](http_parser *p) { return of(p)->complete(); };
            return made;
        }();
        return s;
    }

    void enter(Phase phase)
    {
        m_phase = phase;
        m_since.restart();
    }

    // Parses on once the handler has answered and the peer has read enough.
    void resume()
    {
        if (m_waiting || m_blocked || m_refused)
            return;
        http_parser_pause(&m_parser, 0);
        read(); // what arrived meanwhile
    }

    void read()
    {
        while (!m_waiting && !m_blocked && (!m_unparsed.isEmpty() || m_socket->bytesAvailable() > 0)) {
            if (m_refused) {
                // What follows a refusal is dropped as it comes (so that the answer is not lost to a reset),
                // up to a point: past it nothing more is read, the peer's sending stalls, and it is cut off.
                m_unparsed.clear();
                if (m_dropped >= MaxDroppedBytes)
                    return;
                const qint64 skipped = m_socket->skip(qMin(m_socket->bytesAvailable(), MaxDroppedBytes - m_dropped));
                if (skipped <= 0)
                    return;
                m_dropped += skipped;
                continue;
            }
            const QByteArray chunk = m_unparsed.isEmpty() ? m_socket->read(64 * 1024) : std::exchange(m_unparsed, {});
            const size_t parsed = http_parser_execute(&m_parser, &settings(), chunk.constData(), size_t(chunk.size()));
            if (m_refused)
                continue; // the next turn drops what is left
            if (HTTP_PARSER_ERRNO(&m_parser) == HPE_PAUSED) {
                // A request waits for its answer, or for its peer to read; the rest of this chunk is the
                // next one's (at most 64 KiB).
                m_unparsed = chunk.mid(qsizetype(parsed));
                continue;
            }
            if (HTTP_PARSER_ERRNO(&m_parser) != HPE_OK || parsed != size_t(chunk.size())) {
                const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
                if (error == HPE_HEADER_OVERFLOW)
                    refuse(431, QStringLiteral("the headers are too large"));
                else
                    refuse(400, QStringLiteral("not HTTP: %1").arg(QLatin1String(http_errno_description(error))));
            }
        }
    }

    int begin()
    {
        m_request = HttpServerRequest();
        m_request.peer = m_socket->peerAddress();
        m_target.clear();
        m_headerBytes = 0;
        m_lastWasValue = false;
        m_inRequest = true;
        enter(Phase::Headers);
        m_timer.start(limits().headerTimeoutMs);
        m_requestTimer.start(limits().requestTimeoutMs);
        return 0;
    }
    bool countHeader(size_t n)
    {
        m_headerBytes += qint64(n);
        if (m_headerBytes <= limits().maxHeaderBytes)
            return true;
        refuse(431, QStringLiteral("the headers are larger than %1 bytes").arg(limits().maxHeaderBytes));
        return false;
    }
    int url(const char *at, size_t n)
    {
        if (!countHeader(n))
            return 1;
        m_target.append(at, qsizetype(n));
        return 0;
    }
    int field(const char *at, size_t n)
    {
        if (!countHeader(n))
            return 1;
        if (m_lastWasValue || m_request.headers.isEmpty())
            m_request.headers.emplaceBack();
        m_request.headers.last().first.append(at, qsizetype(n));
        m_lastWasValue = false;
        return 0;
    }
    int value(const char *at, size_t n)
    {
        if (!countHeader(n))
            return 1;
        if (m_request.headers.isEmpty())
            m_request.headers.emplaceBack();
        m_request.headers.last().second.append(at, qsizetype(n));
        m_lastWasValue = true;
        return 0;
    }
    int headersComplete()
    {
        m_timer.stop();
        enter(Phase::Body);
        m_request.method = http_method_str(http_method(m_parser.method));
        m_request.target = m_target;
        m_request.url = QUrl::fromEncoded(m_target);
        m_bodyLimit = limits().bodyLimitFor ? limits().bodyLimitFor(m_request) : limits().maxBodyBytes;
        if ((m_parser.flags & F_CONTENTLENGTH) && m_parser.content_length > quint64(m_bodyLimit)) {
            refuse(413,
                   QStringLiteral("a body of %1 bytes; the limit is %2").arg(m_parser.content_length).arg(m_bodyLimit));
            return -1; // halts the parser (1 would only skip the body, and hand the request on without it)
        }
        if (m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return 0;
    }
    int bodyPart(const char *at, size_t n)
    {
        if (m_request.body.size() + qint64(n) > m_bodyLimit) {
            refuse(413, QStringLiteral("the body is larger than %1 bytes").arg(m_bodyLimit));
            return 1;
        }
        m_request.body.append(at, qsizetype(n));
        return 0;
    }
    int complete()
    {
        if (m_refused)
            return -1; // answered already: nothing of it reaches the handler
        m_requestTimer.stop();
        m_inRequest = false;
        m_keepAlive = http_should_keep_alive(&m_parser) != 0;
        m_waiting = true;
        m_inHandler = true;
        enter(Phase::Answering);
        m_server->m_handler(m_request, HttpResponder(this));
        m_inHandler = false;
        if (m_waiting || m_blocked)
            http_parser_pause(&m_parser, 1); // until the answer, or until the peer reads
        return 0;
    }

    // Answers with `status` and closes; whatever else arrives is dropped unread.
    void refuse(int status, const QString &reason)
    {
        if (m_refused)
            return;
        m_refused = true;
        m_socket->setReadBufferSize(64 * 1024); // what is not read stays with the peer, not in memory here
        m_timer.stop();
        m_requestTimer.stop();
        emit m_server->refused(status, reason);
        m_socket->write(HttpServerResponse::text(status, reason.toUtf8() + '\n').bytes(false));
        // A lingering close: the answer goes out and our side shuts, while what the peer still sends is
        // read and dropped. Closing at once would reset the connection and lose the answer on the way.
        const auto shutWrite = [this] {
            if (m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0)
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        };
        connect(m_socket, &QTcpSocket::bytesWritten, this, shutWrite);
        m_socket->flush();
        shutWrite();
        // A peer that keeps sending is cut off for good shortly after.
        QTimer::singleShot(2000, this, [this] { m_socket->abort(); });
    }

    GuardedHttpServer *m_server;
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    Phase m_phase = Phase::Headers; // from the start: a new connection owes its first request
    QElapsedTimer m_since;          // in this phase
    bool m_blocked = false;         // too much unsent: nothing is read until the peer reads
    QTimer m_stallTimer;            // how long it may stay so
    http_parser m_parser{};
    HttpServerRequest m_request;
    QByteArray m_target;
    qint64 m_bodyLimit = 0;
    qint64 m_headerBytes = 0;
    bool m_lastWasValue = false;
    bool m_inRequest = false;
    bool m_refused = false;
    static constexpr qint64 MaxDroppedBytes = 1 << 20; // read and dropped after a refusal, at most
    qint64 m_dropped = 0;
    bool m_keepAlive = false;
    bool m_waiting = false;   // for the handler's answer
    bool m_inHandler = false; // the handler is running
    QByteArray m_unparsed;    // read while waiting, parsed once answered
    QTimer m_timer;           // headers, then idle
    QTimer m_requestTimer;    // the whole request
};

HttpResponder::HttpResponder(HttpConnection *connection) : m_connection(connection) {}

void HttpResponder::respond(const HttpServerResponse &response) const
{
    if (m_connection) // the peer may have gone meanwhile
        static_cast<HttpConnection *>(m_connection.data())->answer(&response);
}

void HttpResponder::close() const
{
    if (m_connection)
        static_cast<HttpConnection *>(m_connection.data())->answer(nullptr);
}

GuardedHttpServer::GuardedHttpServer(Handler handler, QObject *parent)
    : GuardedHttpServer(DeferredHandler([handler = std::move(handler)](const HttpServerRequest &request,
                                                                       const HttpResponder &responder) {
                            responder.respond(handler(request));
                        }),
                        parent)
{
}

GuardedHttpServer::GuardedHttpServer(DeferredHandler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &GuardedHttpServer::accept);
}

GuardedHttpServer::~GuardedHttpServer()
{
    // Connections first, while this server they count themselves out of is whole.
    const QObjectList children = this->children();
    for (QObject *child : children) {
        if (child != m_server)
            delete child;
    }
}

bool GuardedHttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void GuardedHttpServer::close()
{
    m_server->close();
}

bool GuardedHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 GuardedHttpServer::port() const
{
    return m_server->serverPort();
}

QHostAddress GuardedHttpServer::address() const
{
    return m_server->serverAddress();
}

int GuardedHttpServer::blockedConnections() const
{
    return int(std::count_if(m_live.cbegin(), m_live.cend(), [](const HttpConnection *c) { return c->isBlocked(); }));
}

qint64 GuardedHttpServer::unsentBytes() const
{
    qint64 total = 0;
    for (const HttpConnection *connection : m_live)
        total += connection->unsentBytes();
    return total;
}

bool GuardedHttpServer::limitedByAddress(const QHostAddress &peer) const
{
    if ((m_limits.loopbackUnlimited && peer.isLoopback()) || m_limits.proxies.contains(peer))
        return false;
    const auto fromPeer = std::count_if(m_live.cbegin(), m_live.cend(),
                                        [&peer](const HttpConnection *c) { return c->peer().isEqual(peer); });
    return fromPeer >= m_limits.maxConnectionsPerAddress;
}

bool GuardedHttpServer::makeRoom()
{
    // An idle kept-alive connection first (its peer only has to connect again), else the one that has
    // waited longest without finishing its headers: a slow or silent peer cannot keep the pool.
    HttpConnection *victim = nullptr;
    for (HttpConnection *connection : std::as_const(m_live)) {
        if (connection->isIdle() && (!victim || connection->inPhaseMs() > victim->inPhaseMs()))
            victim = connection;
    }
    if (!victim) {
        for (HttpConnection *connection : std::as_const(m_live)) {
            if (connection->phase() == HttpConnection::Phase::Headers &&
                (!victim || connection->inPhaseMs() > victim->inPhaseMs()))
                victim = connection;
        }
    }
    if (!victim)
        return false;
    emit refused(0, tr("a connection gave way to a newer one (%1 at once)").arg(m_live.size()));
    victim->evict();
    return true;
}

void GuardedHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const auto turnAway = [this, socket](const QString &why) {
            emit refused(503, why);
            socket->write(HttpServerResponse::text(503, why.toUtf8() + '\n').bytes(false));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        };
        if (limitedByAddress(socket->peerAddress())) {
            turnAway(tr("too many connections from %1 at once").arg(socket->peerAddress().toString()));
            continue;
        }
        if (m_live.size() >= m_limits.maxConnections && !makeRoom()) {
            turnAway(tr("too many connections at once"));
            continue;
        }
        serve(socket);
    }
}

void GuardedHttpServer::serve(QTcpSocket *socket)
{
    new HttpConnection(this, socket);
}
