// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackpost.h"

#include "net/sendonce.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace {

struct PostText
{
    Q_DECLARE_TR_FUNCTIONS(CallbackPost)
};

} // namespace

namespace CallbackPost {

bool hopByHop(const QByteArray &name)
{
    static const QList<QByteArray> names{"host",    "content-length",    "connection", "keep-alive",
                                         "expect",  "transfer-encoding", "te",         "trailer",
                                         "upgrade", "proxy-connection"};
    return names.contains(name.toLower());
}

void post(QNetworkAccessManager *network, const QUrl &url, const QList<HttpRequest::Header> &headers,
          const QByteArray &body, QObject *context, const std::function<void(const Result &)> &done)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers) {
        if (!hopByHop(name))
            request.setRawHeader(name, value);
    }
    request.setTransferTimeout(TimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = SendOnce::send(network, request, "POST", body);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, clock, done] {
        reply->deleteLater();
        Result result;
        result.elapsedMs = clock->elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (SendOnce::resent(reply)) {
            result.status = 0;
            result.error = PostText::tr("the connection closed after the callback was sent; it was not sent again");
        } else if (result.status == 0) {
            result.error = reply->error() == QNetworkReply::OperationCanceledError
                               ? PostText::tr("no answer within %1 s").arg(TimeoutMs / 1000)
                               : reply->errorString();
        }
        done(result);
    });
}

} // namespace CallbackPost
