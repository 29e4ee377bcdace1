// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawclient.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>
#include <utility>

// Clients of the servers tests start on 127.0.0.1, through Qt.
namespace TestHttp {

// A JSON POST through Qt's network stack, waited for (10 s without progress, 15 s in all).
inline Answer postJson(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body,
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    const Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

} // namespace TestHttp
