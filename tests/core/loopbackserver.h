// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>
#include <QTcpSocket>

// A small HTTP/1.1 server on 127.0.0.1 for network tests: it reads each request whole (headers and
// a Content-Length body), counts it, and then answers, stays silent, or closes without a word.
class LoopbackServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Behaviour
    {
        Answer,
        CloseAfterBody,
        Silent,
        Redirect
    };

    explicit LoopbackServer(Behaviour behaviour, QObject *parent = nullptr) : QTcpServer(parent), m_behaviour(behaviour)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }
    void setAnswer(int status, const QByteArray &body)
    {
        m_status = status;
        m_body = body;
    }
    int requestsReceived() const { return m_requests.size(); }
    QList<QByteArray> requests() const { return m_requests; }

signals:
    void requestReceived();

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            m_requests.append(buffer->left(end + 4 + length));
            buffer->remove(0, end + 4 + length);
            emit requestReceived();
            respond(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void respond(QTcpSocket *socket)
    {
        switch (m_behaviour) {
        case Behaviour::Answer: {
            // "{n}" in the answer becomes the request's number, so that every answer can carry its own id.
            const QByteArray body = QByteArray(m_body).replace("{n}", QByteArray::number(m_requests.size()));
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                          " X\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            break;
        }
        case Behaviour::Redirect:
            socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n");
            break;
        case Behaviour::CloseAfterBody:
            socket->disconnectFromHost();
            break;
        case Behaviour::Silent:
            break;
        }
    }

    Behaviour m_behaviour;
    int m_status = 200;
    QByteArray m_body;
    QList<QByteArray> m_requests;
};
