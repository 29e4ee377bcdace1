// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "net/httpserver.h"
#include "webhookwriter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <optional>

class Provider;
class WebhookForwarder;

// The app's own endpoint for providers' callbacks: a guarded HTTP server on 127.0.0.1 that reads every
// provider's status and inbound callbacks (POST /webhooks/<provider>, or /webhooks to recognise the
// provider from the body), checks Telnyx and Meta signatures when their keys are set, answers Meta's
// subscription check, and applies what it reads to the history: matched by message id (or the callback
// data), never twice, never backwards, and kept even when it matches nothing.
// What arrives together is stored together: the callbacks read in one turn of the event loop are applied
// in one durable transaction, by a writer in a thread of its own (what arrives while it commits is the
// next transaction), each answered 200 only once it has committed (503 for all of them when it does not). Every request
// is kept raw for the inspector (HistoryStore::webhooks) with its verdict.
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
        QHash<QString, QByteArray> test = {};    // Wabench's test keys (TriggerKeys), trusted like the Sandbox's
        // A desktop on a team workspace, whose always-on receiver takes the providers' callbacks: this one
        // takes what its own Sandbox signed (and Wabench's test keys), and refuses callbacks a provider
        // signed, whatever keys the person set. (Providers that sign nothing are told apart by nothing.)
        bool sandboxOnly = false;
    };

    explicit WebhookReceiver(HistoryStore *history, QObject *parent = nullptr);
    ~WebhookReceiver() override;

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
    // What passes accepted callbacks on to the person's own handler (off until given a target).
    WebhookForwarder *forwarder() const { return m_forwarder; }
    // How many requests the inspector keeps, and for how long.
    void setRetention(const WebhookRetention &retention) { m_retention = retention; }
    // The clock signatures are checked against (Unix seconds); tests set it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // One request: answered at once when it is refused or a check, else once what it carries is stored.
    void handle(const HttpServerRequest &request, const HttpResponder &responder);
    // A kept request read again on purpose (the inspector's Replay): recorded as a replay of it (replay_of),
    // its signature checked as at the time it first came and not refused as a replay, its events applied
    // again past the duplicate check (the state rules hold). replayed() says what it did once stored.
    void replay(const WebhookRecord &original);
    // Hands what has arrived to the writer now, instead of at the end of this turn of the event loop.
    void flush();

signals:
    // A status event was read: applied, recorded, duplicate or unmatched; `record` is its history row or 0.
    void statusReceived(const QString &provider, const CallbackEvent &event, HistoryStore::Applied applied,
                        qint64 record);
    void inboundReceived(const QString &provider, const CallbackEvent &event);
    // A callback refused (bad signature, broken JSON, not a callback: 4xx) or not stored (the history could
    // not write it: 503, so the provider retries), with the reason.
    void rejected(const QString &provider, int status, const QString &reason);
    // A replay is stored: `record` as kept, with its verdict and what its events did.
    void replayed(qint64 original, const WebhookRecord &record);
    // What arrived together was committed together: how many requests the transaction held.
    void batchStored(int requests);

private:
    // A request read, waiting for the batch it is stored in.
    struct Pending
    {
        WebhookJob job;
        std::optional<HttpResponder> responder; // none: answered at once, kept for the inspector only
    };
    // A request read and answered at once, or kept with `responder` (none: a replay) for the next batch.
    void take(const HttpServerRequest &request, Pending pending, const std::optional<HttpResponder> &responder);
    // Reads a request into `job`: an answer when it is answered at once (refused, or a check), nothing
    // when its events wait for the batch.
    std::optional<HttpServerResponse> read(const HttpServerRequest &request, WebhookJob *job);
    HttpServerResponse reject(WebhookJob *job, const QString &provider, int status, const QString &reason);
    HttpServerResponse answerGet(const Provider *provider, const HttpServerRequest &request, WebhookJob *job);
    bool signatureOk(const Provider *provider, const HttpServerRequest &request, const WebhookJob &job, QString *why);
    // The writer is done with a batch: each of its callbacks answered, what it changed said.
    void written(WebhookBatch &batch);
    void answerStored(const WebhookJob &job, const HttpResponder &responder);
    void announce(const WebhookJob &job); // its events, by signal
    void answerNotStored(WebhookJob &job, const HttpResponder &responder, const QString &why);

    QPointer<HistoryStore> m_history; // may go before the receiver: then what is left is not stored
    GuardedHttpServer *m_server;
    WebhookForwarder *m_forwarder;
    QString m_publicUrl;
    Keys m_keys;
    std::function<qint64()> m_clock;
    WebhookRetention m_retention;
    QList<Pending> m_pending;                        // read, for the next batch
    QList<std::optional<HttpResponder>> m_answering; // what is at the writer, in its order
    QTimer m_flushTimer;
    QThread m_writerThread;
    WebhookWriter *m_writer;                    // in m_writerThread, deleted when it finishes
    QHash<QByteArray, qint64> m_seenSignatures; // signatures good once, of the last 300 s: a replay is refused
};
