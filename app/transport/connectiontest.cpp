// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontest.h"

#include "providers/provider.h"
#include "sender.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

ConnectionTest::~ConnectionTest()
{
    if (m_reply)
        m_reply->abort();
}

bool ConnectionTest::start(const Provider *provider, const Account &account, int timeoutMs)
{
    const std::optional<HttpRequest> request = provider ? provider->testRequest(account) : std::nullopt;
    if (!request)
        return false;
    if (m_reply)
        m_reply->abort();
    m_reply = m_network->sendCustomRequest(networkRequest(*request, timeoutMs), request->method);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            emit finished(false, tr("No answer: %1").arg(reply->errorString()));
            return;
        }
        if (status / 100 == 2) {
            emit finished(true, tr("Connected: the provider accepted these credentials (HTTP %1).").arg(status));
            return;
        }
        const QString detail = providerWords(provider, status, reply->readAll());
        const QString what = status == 401 || status == 403 ? tr("The provider refused these credentials (HTTP %1)")
                                                            : tr("The provider answered HTTP %1");
        emit finished(false, detail.isEmpty() ? what.arg(status) : what.arg(status) + QStringLiteral(". ") + detail);
    });
    return true;
}
