// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"

#include <QObject>
#include <QPointer>

class HistoryStore;
class Provider;
class QNetworkAccessManager;
class QNetworkReply;
struct HistoryRecord;

// "Refresh status": asks the provider what became of a recorded message (Provider::statusRequest, a GET,
// for the providers that reportsStatus()), and applies the answer to the history as a callback would be.
class StatusRefresh : public QObject
{
    Q_OBJECT

public:
    StatusRefresh(QNetworkAccessManager *network, HistoryStore *history, QObject *parent = nullptr);
    ~StatusRefresh() override;

    // False when there is nothing to ask (the provider only calls back, or the record has no message id);
    // `finished` follows otherwise. A refresh under way for another record is abandoned.
    bool start(const HistoryRecord &record, const Provider *provider, const Account &account, int timeoutMs);

signals:
    // `ok`: the answer was read and applied; `summary` says the status found, or why there is none.
    void finished(qint64 recordId, bool ok, const QString &summary);

private:
    QNetworkAccessManager *m_network;
    HistoryStore *m_history;
    QPointer<QNetworkReply> m_reply;
};
