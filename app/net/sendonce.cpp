// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendonce.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

const char *const TimesSent = "sendOnceTimesSent";

// The body as a device that can be read once and never rewound: QNetworkAccessManager cannot re-send it,
// so it reports the error instead.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

namespace SendOnce {

QNetworkReply *send(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &method,
                    const QByteArray &body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body, nullptr);
    QNetworkReply *reply = network->sendCustomRequest(request, method, device);
    device->setParent(reply);
    reply->setProperty(TimesSent, 0);
    QObject::connect(reply, &QNetworkReply::requestSent, reply, [reply] {
        const int times = reply->property(TimesSent).toInt() + 1;
        reply->setProperty(TimesSent, times);
        if (times > 1)
            reply->abort(); // Qt is sending the same request again after the connection closed
    });
    return reply;
}

int timesSent(const QNetworkReply *reply)
{
    return reply->property(TimesSent).toInt();
}

bool resent(const QNetworkReply *reply)
{
    return timesSent(reply) > 1;
}

} // namespace SendOnce
