// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediatransfer.h"

#include "message/jsondocument.h"
#include "transport/sender.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>

namespace {

// The form as one stream that is read once and never rewound: the fields, the file's part header, the
// file from the disk, the closing boundary. Qt re-sends a body only by rewinding it; this one cannot be.
class OneShotForm final : public QIODevice
{
public:
    OneShotForm(QByteArray head, const QString &path, QByteArray tail, QObject *parent)
        : QIODevice(parent), m_head(std::move(head)), m_file(path), m_tail(std::move(tail))
    {
    }
    bool openAll() { return m_file.open(QIODevice::ReadOnly) && open(QIODevice::ReadOnly); }
    qint64 total() const { return m_head.size() + m_file.size() + m_tail.size(); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return total() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize && m_position < total()) {
            qint64 n = 0;
            if (m_position < m_head.size()) {
                n = qMin(maxSize - done, m_head.size() - m_position);
                memcpy(data + done, m_head.constData() + m_position, size_t(n));
            } else if (m_position < m_head.size() + m_file.size()) {
                n = m_file.read(data + done, qMin(maxSize - done, m_head.size() + m_file.size() - m_position));
                if (n <= 0)
                    return done > 0 ? done : -1; // the file shrank or broke under us: the upload fails
            } else {
                const qint64 at = m_position - m_head.size() - m_file.size();
                n = qMin(maxSize - done, m_tail.size() - at);
                memcpy(data + done, m_tail.constData() + at, size_t(n));
            }
            done += n;
            m_position += n;
        }
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    QFile m_file;
    QByteArray m_tail;
    qint64 m_position = 0;
};

// A quoted form-data parameter: quotes and line breaks cannot break out of it.
QByteArray quotedParameter(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + out + '"';
}

// "HTTP 400: 100: Invalid parameter" or "No answer: ...": what a failed call says, in the provider's words.
QString failureOf(const Provider *provider, QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return MediaUploadJob::tr("No answer: %1").arg(reply->errorString());
    const QString words = providerWords(provider, status, body);
    return words.isEmpty() ? MediaUploadJob::tr("HTTP %1").arg(status)
                           : MediaUploadJob::tr("HTTP %1: %2").arg(status).arg(words);
}

} // namespace

MediaUploadJob::MediaUploadJob(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

MediaUploadJob::~MediaUploadJob()
{
    if (m_reply)
        m_reply->abort();
}

bool MediaUploadJob::start(const Provider *provider, const Provider::MediaUpload &upload,
                           const MediaFiles::Checked &file, int timeoutMs, QString *error)
{
    m_provider = provider;
    m_fileName = file.fileName;
    QByteArray boundary = "wabench-";
    for (int i = 0; i < 4; ++i)
        boundary += QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    QByteArray head;
    for (const auto &[name, value] : upload.fields) {
        head += "--" + boundary +
                "\r\nContent-Disposition: form-data; name=" + quotedParameter(QString::fromUtf8(name)) + "\r\n\r\n" +
                value + "\r\n";
    }
    head += "--" + boundary +
            "\r\nContent-Disposition: form-data; name=\"file\"; filename=" + quotedParameter(file.fileName) +
            "\r\nContent-Type: " + file.mimeType.toUtf8() + "\r\n\r\n";
    auto *body = new OneShotForm(head, file.path, "\r\n--" + boundary + "--\r\n", this);
    if (!body->openAll()) {
        delete body;
        if (error)
            *error = tr("%1 cannot be read").arg(file.path);
        return false;
    }
    QNetworkRequest network = networkRequest(upload.request, timeoutMs);
    network.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=" + boundary));
    network.setHeader(QNetworkRequest::ContentLengthHeader, body->total());
    network.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    m_timesSent = 0;
    m_cancelled = false;
    m_reply = m_network->sendCustomRequest(network, upload.request.method, body);
    body->setParent(m_reply);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        if (++m_timesSent > 1)
            m_reply->abort(); // Qt would send the same POST again after a closed connection: never
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, &MediaUploadJob::progress);
    connect(m_reply, &QNetworkReply::finished, this, &MediaUploadJob::replyFinished);
    return true;
}

void MediaUploadJob::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void MediaUploadJob::replyFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        emit finished(false, QString(), tr("The upload of %1 was cancelled").arg(m_fileName));
        return;
    }
    if (m_timesSent > 1) {
        emit finished(false, QString(),
                      tr("The connection closed during the upload of %1; it was not sent again").arg(m_fileName));
        return;
    }
    if (status / 100 == 2) {
        const QString id = m_provider->uploadedMediaId(JsonDocument::parse(body).document.object());
        if (!id.isEmpty()) {
            emit finished(true, id, tr("Uploaded %1: media id %2").arg(m_fileName, id));
            return;
        }
        emit finished(false, QString(),
                      tr("The provider took %1 (HTTP %2) but its answer has no media id: %3")
                          .arg(m_fileName)
                          .arg(status)
                          .arg(QString::fromUtf8(body.left(200))));
        return;
    }
    emit finished(false, QString(), tr("%1 was not uploaded: %2").arg(m_fileName, failureOf(m_provider, reply, body)));
}

MediaDownloadJob::MediaDownloadJob(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

MediaDownloadJob::~MediaDownloadJob()
{
    if (m_reply)
        m_reply->abort();
}

void MediaDownloadJob::start(const Provider *provider, const HttpRequest &where, const QString &path, int timeoutMs)
{
    m_provider = provider;
    m_where = where;
    m_path = path;
    m_timeoutMs = timeoutMs;
    m_reply = m_network->sendCustomRequest(networkRequest(where, timeoutMs), where.method);
    connect(m_reply, &QNetworkReply::finished, this, &MediaDownloadJob::located);
}

void MediaDownloadJob::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void MediaDownloadJob::fail(const QString &summary)
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    emit finished(false, summary);
}

void MediaDownloadJob::located()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status / 100 != 2) {
        fail(tr("The provider did not say where the media is: %1").arg(failureOf(m_provider, reply, body)));
        return;
    }
    const std::optional<Provider::MediaLocation> location =
        m_provider->mediaLocation(JsonDocument::parse(body).document.object());
    if (!location) {
        fail(tr("The provider's answer has no address for the media: %1").arg(QString::fromUtf8(body.left(200))));
        return;
    }
    // The credentials go only where they are safe: over https, or back to where the first answer came from.
    const QUrl &first = m_where.url;
    const bool sameOrigin = location->url.scheme() == first.scheme() && location->url.host() == first.host() &&
                            location->url.port() == first.port();
    if (location->url.scheme() != u"https" && !sameOrigin) {
        fail(tr("The media is at %1, which is not https: not fetched with the account's credentials")
                 .arg(location->url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        return;
    }
    if (location->size > MaxBytes) {
        fail(tr("The media is %1; more than the %2 WhatsApp allows")
                 .arg(MediaFiles::sizeText(location->size), MediaFiles::sizeText(MaxBytes)));
        return;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("%1 cannot be written: %2").arg(m_path, m_file->errorString()));
        return;
    }
    HttpRequest fetch = m_where;
    fetch.url = location->url;
    fetch.headers.clear();
    m_received = 0;
    m_reply = m_network->sendCustomRequest(networkRequest(fetch, m_timeoutMs), "GET");
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        const QByteArray chunk = m_reply->readAll();
        m_received += chunk.size();
        if (m_received > MaxBytes) {
            m_reply->abort();
            return;
        }
        if (m_file && m_file->write(chunk) != chunk.size())
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, &MediaDownloadJob::progress);
    connect(m_reply, &QNetworkReply::finished, this, &MediaDownloadJob::fetched);
}

void MediaDownloadJob::fetched()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_received > MaxBytes) {
        fail(tr("The media is larger than %1: not saved").arg(MediaFiles::sizeText(MaxBytes)));
        return;
    }
    if (m_file && m_file->error() != QFileDevice::NoError) {
        fail(tr("%1 cannot be written: %2").arg(m_path, m_file->errorString()));
        return;
    }
    if (status / 100 != 2 || reply->error() != QNetworkReply::NoError) {
        fail(tr("The media could not be fetched: %1")
                 .arg(status == 0 ? reply->errorString() : tr("HTTP %1").arg(status)));
        return;
    }
    if (m_file && !m_file->commit()) {
        fail(tr("%1 cannot be written: %2").arg(m_path, m_file->errorString()));
        return;
    }
    m_file.reset();
    emit finished(true, tr("Saved %1 (%2)").arg(QFileInfo(m_path).fileName(), MediaFiles::sizeText(m_received)));
}
