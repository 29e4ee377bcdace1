// SPDX-License-Identifier: GPL-3.0-or-later
// The guarded HTTP server under peers that do not play fair, all on 127.0.0.1: one that pipelines
// requests without reading the answers, a crowd that fills the pool, and too many connections from one
// address.
#include "httpclient.h"
#include "net/httpserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include <atomic>
#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

// An answer of a known size, so that a stream of them can be counted by its length.
const QByteArray Body(1000, 'a');

HttpServerResponse answer(const HttpServerRequest &)
{
    return HttpServerResponse::text(200, Body);
}

// A connected socket to `port` that has sent `bytes` and nothing more.
std::unique_ptr<QTcpSocket> openWith(quint16 port, const QByteArray &bytes)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    socket->write(bytes);
    return socket;
}

// What the server answered on `socket` until it closed (or `ms` passed).
QByteArray answerOn(QTcpSocket &socket, int ms = 5000)
{
    QByteArray got;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < ms) {
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        if (socket.bytesAvailable() == 0)
            readable.wait(100);
        got += socket.readAll();
    }
    return got + socket.readAll();
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void theHeadersHaveLessTimeThanTheBody()
    {
        const HttpLimits limits;
        QVERIFY(limits.headerTimeoutMs <= 5000);
        QVERIFY(limits.headerTimeoutMs < limits.requestTimeoutMs);
    }

    // A peer pipelines 20,000 requests and reads nothing: the server stops reading from it once a small
    // amount of answers waits unsent, and answers every request, in order, once the peer reads.
    void answersWaitForTheirReader()
    {
        GuardedHttpServer server(&answer);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.port();
        const int requests = 20000;
        const qint64 answerSize = HttpServerResponse::text(200, Body).bytes(true).size();
        std::atomic<bool> reading = false;
        std::atomic<bool> finished = false;
        std::atomic<qint64> received = 0;
        std::thread client([&] {
            const int fd = TestHttp::connectToLoopback(port);
            if (fd < 0) {
                finished = true;
                return;
            }
            QByteArray pending;
            for (int i = 0; i < requests; ++i)
                pending += "GET /x HTTP/1.1\r\nHost: a\r\n\r\n";
            char buffer[64 * 1024];
            while (received < requests * answerSize) {
                bool progressed = false;
                if (!pending.isEmpty()) {
                    const ssize_t n =
                        ::send(fd, pending.constData(), size_t(pending.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
                    if (n > 0) {
                        pending.remove(0, n);
                        progressed = true;
                    } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                        break;
                    }
                }
                if (reading) {
                    const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
                    if (n > 0) {
                        received += n;
                        progressed = true;
                    } else if (n == 0) {
                        break;
                    }
                }
                if (!progressed) {
                    pollfd watch{fd, short(POLLOUT | (reading ? POLLIN : 0)), 0};
                    ::poll(&watch, 1, 20);
                }
            }
            ::close(fd);
            finished = true;
        });
        // The peer reads nothing: the server stops reading from it with at most a bound unsent.
        QTRY_COMPARE_WITH_TIMEOUT(server.blockedConnections(), 1, 20000);
        QVERIFY2(server.unsentBytes() <= server.limits().maxUnsentBytes + answerSize,
                 qPrintable(QString::number(server.unsentBytes())));
        QVERIFY(!finished.load());
        // Once it reads, every request is answered.
        reading = true;
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 60000);
        client.join();
        QCOMPARE(received.load(), requests * answerSize);
    }

    // A peer that never reads again is cut off once nothing goes out for the stall time.
    void aPeerThatNeverReadsIsCutOff()
    {
        GuardedHttpServer server(&answer);
        HttpLimits limits;
        limits.writeStallTimeoutMs = 300;
        server.setLimits(limits);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket peer;
        peer.setReadBufferSize(1); // Qt reads next to nothing for us, so the kernel's buffers fill up
        peer.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(peer.waitForConnected(3000));
        QByteArray many;
        for (int i = 0; i < 20000; ++i)
            many += "GET /x HTTP/1.1\r\nHost: a\r\n\r\n";
        peer.write(many);
        QTRY_COMPARE_WITH_TIMEOUT(server.blockedConnections(), 1, 20000);
        QSignalSpy refused(&server, &GuardedHttpServer::refused);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000);
        QVERIFY(!refused.isEmpty());
        QCOMPARE(refused.constLast().at(0).toInt(), 0);
    }

    // The pool is full of peers that have not finished their headers: a new peer takes the place of the
    // one that has waited longest, and is answered.
    void aFullPoolMakesRoom()
    {
        GuardedHttpServer server(&answer);
        HttpLimits limits;
        limits.maxConnections = 4;
        server.setLimits(limits);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 4; ++i) {
            slow.push_back(openWith(server.port(), "POST /x HTTP/1.1\r\nHost: a\r\n"));
            QTRY_COMPARE(server.openConnections(), i + 1);
        }
        auto fresh = openWith(server.port(), "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        QVERIFY(answerOn(*fresh).startsWith("HTTP/1.1 200"));
        // The first of the slow ones gave way; the others are still there.
        QTRY_COMPARE(slow.front()->state(), QAbstractSocket::UnconnectedState);
        for (std::size_t i = 1; i < slow.size(); ++i)
            QCOMPARE(slow.at(i)->state(), QAbstractSocket::ConnectedState);
    }

    // An idle kept-alive connection gives way before one with a request under way.
    void anIdleConnectionGivesWayFirst()
    {
        GuardedHttpServer server(&answer);
        HttpLimits limits;
        limits.maxConnections = 2;
        server.setLimits(limits);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto idle = openWith(server.port(), "GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
        QTRY_VERIFY(idle->bytesAvailable() >= Body.size());
        auto slow = openWith(server.port(), "POST /x HTTP/1.1\r\nHost: a\r\n");
        QTRY_COMPARE(server.openConnections(), 2);
        auto fresh = openWith(server.port(), "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        QVERIFY(answerOn(*fresh).startsWith("HTTP/1.1 200"));
        QTRY_COMPARE(idle->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(slow->state(), QAbstractSocket::ConnectedState);
    }

    // When every connection is busy with a request, a new one is refused rather than cut into the work.
    void busyConnectionsAreNotCutOff()
    {
        std::vector<HttpResponder> held;
        GuardedHttpServer server(GuardedHttpServer::DeferredHandler(
            [&held](const HttpServerRequest &, const HttpResponder &responder) { held.push_back(responder); }));
        HttpLimits limits;
        limits.maxConnections = 2;
        server.setLimits(limits);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto first = openWith(server.port(), "GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
        auto second = openWith(server.port(), "GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
        QTRY_COMPARE(int(held.size()), 2);
        auto third = openWith(server.port(), "GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY(answerOn(*third).startsWith("HTTP/1.1 503"));
        for (const HttpResponder &responder : held)
            responder.respond(HttpServerResponse::text(200, "late\n"));
        QTRY_VERIFY(first->bytesAvailable() > 0);
        QTRY_VERIFY(second->bytesAvailable() > 0);
        QVERIFY2(first->readAll().startsWith("HTTP/1.1 200"), "x");
        QVERIFY(second->readAll().startsWith("HTTP/1.1 200"));
    }

    // One address may hold only so many connections, unless it is a configured proxy (or loopback).
    void oneAddressHasALimit()
    {
        GuardedHttpServer server(&answer);
        HttpLimits limits;
        limits.maxConnectionsPerAddress = 3;
        limits.loopbackUnlimited = false; // loopback stands in for a remote address here
        server.setLimits(limits);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(openWith(server.port(), "POST /x HTTP/1.1\r\nHost: a\r\n"));
            QTRY_COMPARE(server.openConnections(), i + 1);
        }
        auto fourth = openWith(server.port(), "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        const QByteArray refused = answerOn(*fourth);
        QVERIFY2(refused.startsWith("HTTP/1.1 503") && refused.contains("127.0.0.1"), refused.constData());

        limits.proxies = {QHostAddress(QHostAddress::LocalHost)};
        server.setLimits(limits);
        auto throughProxy = openWith(server.port(), "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        QVERIFY(answerOn(*throughProxy).startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
