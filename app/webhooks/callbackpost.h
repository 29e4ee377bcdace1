// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/httprequest.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;

// One callback posted to a URL (a trigger, a replay): once (SendOnce), with a timeout, never redirected.
namespace CallbackPost {

constexpr int TimeoutMs = 10000;

struct Result
{
    int status = 0; // 0: no answer
    QByteArray body;
    qint64 elapsedMs = 0;
    QString error; // why there was no answer
};
// Posts `body` with `headers` (hop-by-hop ones and Host left out) to `url`; `done` is called in `context`'s
// thread once it is answered or has failed, unless `context` has gone.
void post(QNetworkAccessManager *network, const QUrl &url, const QList<HttpRequest::Header> &headers,
          const QByteArray &body, QObject *context, const std::function<void(const Result &)> &done);
// Whether a header is one a request carries for its own connection only (Host, Content-Length, Connection...).
bool hopByHop(const QByteArray &name);

} // namespace CallbackPost
