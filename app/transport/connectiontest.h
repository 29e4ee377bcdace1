// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"

#include <QObject>
#include <QPointer>

class Provider;
class QNetworkAccessManager;
class QNetworkReply;

// "Test connection": the provider's harmless call (Provider::testRequest) with the account's settings
// and secrets, and what its answer means in plain words.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTest() override;

    // False when the provider has no harmless call; `finished` follows otherwise.
    bool start(const Provider *provider, const Account &account, int timeoutMs);

signals:
    void finished(bool ok, const QString &summary);

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};
