// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"
#include "providers/provider.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

// A provider's template API driven for one account: every page of its templates (pull), definitions created
// one after another (push), or one deleted. Each request has the timeout; a create, being a POST, is never
// sent twice: one whose answer does not come is reported as unknown, not tried again.
class TemplateSync : public QObject
{
    Q_OBJECT

public:
    explicit TemplateSync(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TemplateSync() override;
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // False, with the reason, when the provider or the account cannot; the signals follow otherwise.
    bool pull(const Provider *provider, const Account &account, QString *why);
    bool push(const Provider *provider, const Account &account, const QList<QJsonObject> &definitions, QString *why);
    bool remove(const Provider *provider, const Account &account, const QString &name, const QString &id, QString *why);

signals:
    // Every page read: all the account's definitions. Nothing is given when a page fails.
    void pulled(const QList<QJsonObject> &definitions);
    // One definition of a push, created or refused (its `error` says why).
    void created(int index, const Provider::TemplateCreated &result);
    void removed();
    void failed(const QString &why);
    // The pull, push or removal is over (after pulled, the last created, removed or failed).
    void finished();

private:
    void requestPage();
    void createNext();
    QNetworkReply *start(const HttpRequest &request);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 30000;
    const Provider *m_provider = nullptr;
    Account m_account;
    QList<QJsonObject> m_definitions; // read so far (pull), or to create (push)
    QString m_after;
    QStringList m_cursors; // seen, so that a provider repeating one cannot loop us
    int m_next = 0;
};
