// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the guarded HTTP server reading whatever a peer sends, over a socket pair: every limit holds,
// every request is answered or refused, and the connection ends when the peer stops sending. Each body is
// read as multipart form data too (the Sandbox's media uploads).
#include "net/httpserver.h"
#include "net/multipart.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <cstddef>
#include <cstdint>
#include <sys/socket.h>
#include <unistd.h>

namespace {

GuardedHttpServer &server()
{
    static int argc = 1;
    static char name[] = "fuzz_http";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static GuardedHttpServer instance([](const HttpServerRequest &request) {
        QString error;
        const std::optional<QList<FormPart>> parts =
            Multipart::parse(request.header("Content-Type"), request.body, &error);
        if (parts && !parts->isEmpty())
            return HttpServerResponse::text(200, parts->constFirst().body.left(64));
        return HttpServerResponse::text(request.body.isEmpty() ? 204 : 200, request.body.left(64));
    });
    static const bool limited = [] {
        HttpLimits limits;
        limits.maxBodyBytes = 4096;
        limits.maxHeaderBytes = 1024;
        limits.headerTimeoutMs = 50;
        limits.requestTimeoutMs = 100;
        limits.idleTimeoutMs = 50;
        limits.writeStallTimeoutMs = 100;
        instance.setLimits(limits);
        return true;
    }();
    Q_UNUSED(limited);
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GuardedHttpServer &guarded = server();
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0)
        return 0;
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(pair[0])) {
        delete socket;
        ::close(pair[0]);
        ::close(pair[1]);
        return 0;
    }
    guarded.serve(socket);
    size_t sent = 0;
    while (sent < size) {
        const ssize_t n = ::send(pair[1], data + sent, size - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n <= 0)
            break;
        sent += size_t(n);
        QCoreApplication::processEvents();
    }
    ::shutdown(pair[1], SHUT_WR);
    // Until the server has let the connection go (the timeouts above bound it), reading what it answers.
    char answer[4096];
    for (int round = 0; round < 400 && guarded.openConnections() > 0; ++round) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        while (::recv(pair[1], answer, sizeof answer, MSG_DONTWAIT) > 0) {
        }
    }
    if (guarded.openConnections() > 0)
        __builtin_trap(); // a connection the server never let go
    ::close(pair[1]);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
