// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneimages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>
#include <algorithm>

namespace {

struct ImageText
{
    Q_DECLARE_TR_FUNCTIONS(PhoneImages)
};

} // namespace

PhoneImages::PhoneImages(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    connect(m_pause, &QTimer::timeout, this, &PhoneImages::start);
}

void PhoneImages::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_waiting.clear();
        m_pause->stop();
    }
}

QImage PhoneImages::image(const QString &link, QString *why)
{
    const auto known = m_entries.constFind(link);
    if (known != m_entries.constEnd()) {
        if (why)
            *why = known->why;
        return known->image;
    }
    const QUrl url(link);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (url.scheme() != u"http" && url.scheme() != u"https")) {
        if (why)
            *why = ImageText::tr("not an http(s) link");
        return {};
    }
    if (!m_enabled || !m_network) {
        if (why)
            *why = ImageText::tr("fetching images is off");
        return {};
    }
    if (why)
        why->clear();
    if (!m_waiting.contains(link))
        m_waiting.append(link);
    m_pause->start(m_limits.pauseMs); // again: a link still being typed waits for the typing to pause
    return {};
}

bool PhoneImages::busy() const
{
    return !m_waiting.isEmpty() ||
           std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return !entry.done; });
}

void PhoneImages::start()
{
    const QStringList links = std::exchange(m_waiting, {});
    for (const QString &link : links) {
        m_entries.insert(link, Entry{}); // being fetched: asked again, it says so without a new request
        QNetworkRequest request{QUrl(link)};
        request.setTransferTimeout(m_limits.timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        // Past the cap, by what the server says or by what arrives, the download stops.
        const auto tooLarge = [this, reply](qint64 size) {
            if (size > m_limits.maxBytes) {
                reply->setProperty("tooLarge", true);
                reply->abort();
            }
        };
        connect(reply, &QNetworkReply::metaDataChanged, this,
                [reply, tooLarge] { tooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
        connect(reply, &QNetworkReply::downloadProgress, this,
                [tooLarge](qint64 received, qint64) { tooLarge(received); });
        connect(reply, &QNetworkReply::finished, this, [this, reply, link] { finish(reply, link); });
    }
}

void PhoneImages::finish(QNetworkReply *reply, const QString &link)
{
    reply->deleteLater();
    Entry entry;
    entry.done = true;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property("tooLarge").toBool()) {
        entry.why = ImageText::tr("larger than %1").arg(QLocale().formattedDataSize(m_limits.maxBytes));
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        entry.why = ImageText::tr("no answer in %1 s").arg(m_limits.timeoutMs / 1000.0);
    } else if (status >= 400) {
        entry.why = ImageText::tr("HTTP %1").arg(status);
    } else if (reply->error() != QNetworkReply::NoError) {
        entry.why = reply->errorString();
    } else {
        QByteArray bytes = reply->readAll();
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        entry.image = reader.read();
        if (entry.image.isNull())
            entry.why = ImageText::tr("not an image");
    }
    m_entries.insert(link, entry);
    emit fetched(link);
}
