// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusrefresh.h"

#include "history/historystore.h"
#include "providers/provider.h"
#include "sender.h"

#include "message/jsondocument.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

StatusRefresh::StatusRefresh(QNetworkAccessManager *network, HistoryStore *history, QObject *parent)
    : QObject(parent), m_network(network), m_history(history)
{
}

StatusRefresh::~StatusRefresh()
{
    if (m_reply)
        m_reply->abort();
}

bool StatusRefresh::start(const HistoryRecord &record, const Provider *provider, const Account &account, int timeoutMs)
{
    const std::optional<HttpRequest> request = provider && provider->reportsStatus() && !record.messageId.isEmpty()
                                                   ? provider->statusRequest(account, record.messageId)
                                                   : std::nullopt;
    if (!request)
        return false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_reply = m_network->sendCustomRequest(networkRequest(*request, timeoutMs), request->method);
    QNetworkReply *reply = m_reply;
    const qint64 id = record.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider, id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            emit finished(id, false, tr("The status could not be read: %1").arg(reply->errorString()));
            return;
        }
        if (status / 100 != 2) {
            const QString words = providerWords(provider, status, reply->readAll());
            emit finished(id, false,
                          words.isEmpty() ? tr("The status could not be read: HTTP %1").arg(status)
                                          : tr("The status could not be read: HTTP %1. %2").arg(status).arg(words));
            return;
        }
        const QList<CallbackEvent> events =
            provider->parseStatus(JsonDocument::parse(reply->readAll()).document.object());
        if (events.isEmpty()) {
            emit finished(id, false, tr("%1 answered without a status").arg(provider->displayName()));
            return;
        }
        for (const CallbackEvent &event : events) {
            if (QString why;
                m_history->applyEvent(provider->id(), event, nullptr, &why) == HistoryStore::Applied::Failed) {
                emit finished(id, false,
                              tr("%1 says: %2, but the history could not store it: %3")
                                  .arg(provider->displayName(), Delivery::name(event.status), why));
                return;
            }
        }
        emit finished(id, true, tr("%1 says: %2").arg(provider->displayName(), Delivery::name(events.last().status)));
    });
    return true;
}
