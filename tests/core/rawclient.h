// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QList>
#include <QTimer>
#include <atomic>
#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// Clients of the servers tests and benchmarks start on 127.0.0.1, on plain blocking sockets (Qt Core alone).
namespace TestHttp {

struct Answer
{
    int status = 0; // 0: no answer within the time
    QByteArray body;
};

// A plain blocking socket connected to 127.0.0.1:`port`, for a client in a thread of its own that must
// do what Qt would not (send without reading, read nothing); -1 when it cannot connect. The caller closes it.
inline int connectToLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// One keep-alive connection to 127.0.0.1:`port` with plain blocking calls, for a client in a thread of its
// own (a benchmark's, or a test's that sends before the server has read anything): requests go out one
// after another, each answer is read whole (its head, then as many bytes as Content-Length says).
class KeepAliveClient
{
public:
    explicit KeepAliveClient(quint16 port, int timeoutSeconds = 10) : m_fd(connectToLoopback(port))
    {
        const timeval timeout{timeoutSeconds, 0};
        if (m_fd >= 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    }
    ~KeepAliveClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    KeepAliveClient(const KeepAliveClient &) = delete;
    KeepAliveClient &operator=(const KeepAliveClient &) = delete;

    bool isConnected() const { return m_fd >= 0; }
    // A POST of `body` to `target`; false when it could not be sent whole.
    bool send(const QByteArray &target, const QByteArray &body,
              const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray request = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
        for (const auto &[name, value] : headers)
            request += name + ": " + value + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        return m_fd >= 0 && ::send(m_fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) == request.size();
    }
    // The next answer; status 0 when none came whole within the time.
    Answer read()
    {
        qsizetype need = -1;
        qsizetype headEnd = -1;
        while (need < 0 || m_buffer.size() < headEnd + need) {
            char chunk[8192];
            const ssize_t got = m_fd >= 0 ? ::recv(m_fd, chunk, sizeof chunk, 0) : -1;
            if (got <= 0)
                return {};
            m_buffer.append(chunk, got);
            if (need < 0 && (headEnd = m_buffer.indexOf("\r\n\r\n")) >= 0) {
                headEnd += 4;
                const QByteArray head = m_buffer.left(headEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                need = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            }
        }
        const Answer answer{m_buffer.mid(9, 3).toInt(), m_buffer.mid(headEnd, need)};
        m_buffer.remove(0, headEnd + need);
        return answer;
    }
    Answer post(const QByteArray &target, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send(target, body, headers) ? read() : Answer{};
    }

private:
    int m_fd;
    QByteArray m_buffer;
};

// Client threads beside a server that lives in this thread: each says done() when it ends, and wait() runs
// this thread's event loop (so the server answers) until all have, blocked in between rather than looking
// again and again; false when `timeoutMs` passed first.
class ClientsDone
{
public:
    explicit ClientsDone(int clients) : m_left(clients) {}
    void done()
    {
        if (--m_left == 0)
            QMetaObject::invokeMethod(&m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    }
    bool wait(int timeoutMs)
    {
        if (m_left.load() > 0) {
            QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
            m_loop.exec();
        }
        return m_left.load() == 0;
    }

private:
    std::atomic<int> m_left;
    QEventLoop m_loop;
};

} // namespace TestHttp
