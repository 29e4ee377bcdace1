// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "net/httpserver.h"

#include <QHash>
#include <QObject>

class Provider;

// The app's own endpoint for providers' callbacks: a guarded HTTP server on 127.0.0.1 that reads every
// provider's status and inbound callbacks (POST /webhooks/<provider>, or /webhooks to recognise the
// provider from the body), checks Telnyx and Meta signatures when their keys are set, answers Meta's
// subscription check, and applies what it reads to the history: matched by message id (or the callback
// data), never twice, never backwards, and kept even when it matches nothing.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    // What checks callbacks, by provider id. A provider's callbacks are checked when the person has set
    // its key (own), and pass with that key or the Sandbox's for that provider (the Sandbox running beside
    // the receiver signs as each provider does, with keys of its own). Without the person's key they are
    // not checked: there is nothing to check real callbacks with.
    struct Keys
    {
        QHash<QString, QByteArray> own;
        QHash<QString, QByteArray> sandbox;
        QHash<QString, QByteArray> verifyTokens; // what a provider's subscription check must present (Meta)
    };

    explicit WebhookReceiver(HistoryStore *history, QObject *parent = nullptr);

    static constexpr quint16 DefaultPort = 8788;
    bool start(quint16 port, QString *error = nullptr, const QHostAddress &address = QHostAddress::LocalHost);
    void stop();
    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->port(); }
    GuardedHttpServer *server() const { return m_server; }

    // Where this machine listens ("http://127.0.0.1:8788"), and the URL providers are given: the public
    // URL (a tunnel the person runs) when one is set, else the local one.
    QString localUrl() const;
    void setPublicUrl(const QString &url) { m_publicUrl = url; }
    QString publicUrl() const { return m_publicUrl; }
    QString callbackUrl(const QString &provider) const;
    static QString path(const QString &provider) { return QStringLiteral("/webhooks/") + provider; }

    void setKeys(const Keys &keys) { m_keys = keys; }
    // The clock signatures are checked against (Unix seconds); tests set it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // One request, answered: what the server calls for each.
    HttpServerResponse handle(const HttpServerRequest &request);

signals:
    // A status event was read: applied, recorded, duplicate or unmatched; `record` is its history row or 0.
    void statusReceived(const QString &provider, const CallbackEvent &event, HistoryStore::Applied applied,
                        qint64 record);
    void inboundReceived(const QString &provider, const CallbackEvent &event);
    // A callback refused (bad signature, broken JSON, not a callback: 4xx) or not stored (the history could
    // not write it: 503, so the provider retries), with the reason.
    void rejected(const QString &provider, int status, const QString &reason);

private:
    HttpServerResponse reject(const QString &provider, int status, const QString &reason);
    HttpServerResponse answerGet(const Provider *provider, const HttpServerRequest &request);
    bool signatureOk(const Provider *provider, const HttpServerRequest &request, QString *why);

    HistoryStore *m_history;
    GuardedHttpServer *m_server;
    QString m_publicUrl;
    Keys m_keys;
    std::function<qint64()> m_clock;
    QHash<QByteArray, qint64> m_seenSignatures; // signatures good once, of the last 300 s: a replay is refused
};
