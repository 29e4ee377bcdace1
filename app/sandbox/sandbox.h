// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"
#include "providers/sandboxrole.h"
#include "sandboxmedia.h"
#include "sandboxtemplates.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class GuardedHttpServer;
class HttpResponder;
class QNetworkAccessManager;
struct HttpServerRequest;

// The offline Sandbox: a simulated provider on 127.0.0.1 that plays every provider that has a
// SandboxRole (Exotel, Kaleyra, Telnyx, Meta, and any added). It checks credentials as the provider does,
// validates the body with the app's own rules, answers in that provider's words, and then calls back with
// statuses in that provider's format, signed as the provider signs them, with keys of its own that it shows.
//
// What happens is chosen by the recipient's last three digits (scenarios()); what is the same for every
// provider (the scenarios, their timing) is here, what differs is each provider's SandboxRole.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    struct Scenario
    {
        QString digits; // the recipient's number ends with these
        QString what;
    };
    static QList<Scenario> scenarios();
    // What happens to a template created in the Sandbox, by how its name ends ("digits": the ending).
    static QList<Scenario> templateScenarios();
    // When the customer behind `recipient` last wrote, as the Sandbox plays them: an hour before `now`, so
    // that a free-form message reaches them, but for scenario 902, who never wrote (their window is closed).
    static QDateTime customerLastWrote(const QString &recipient, const QDateTime &now);
    static constexpr quint16 DefaultPort = 8787;

    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(quint16 port, QString *error = nullptr);
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    // Where callbacks go when a request names no callback URL: "<base>/webhooks/<provider>".
    void setCallbackBase(const QString &url) { m_callbackBase = url; }
    QString callbackBase() const { return m_callbackBase; }
    // The time between one status and the next.
    void setCallbackDelay(int milliseconds) { m_delayMs = milliseconds; }
    int callbackDelay() const { return m_delayMs; }
    // How long the "slow answer" scenario keeps the app waiting.
    void setSlowAnswer(int milliseconds) { m_slowMs = milliseconds; }
    // Messages a second each sending number may send (0: no limit, the default), as a provider's throughput
    // limit: above it a send is refused with HTTP 429 and the provider's code for it (Meta's 130429).
    void setRateLimit(double perSecond);
    double rateLimit() const { return m_rateLimit; }
    // No status callbacks at all (a load test's Sandbox answers sends and nothing more).
    void setCallbacksEnabled(bool enabled) { m_callbacks = enabled; }

    // The key that checks `provider`'s callbacks from the Sandbox (empty when that provider signs none):
    // give it to the receiver. Made afresh for each Sandbox.
    QByteArray verifyingKey(const QString &provider) const;
    // A page that says what the Sandbox is, its keys and scenarios (GET /).
    QByteArray describe() const;
    // Its media store: what was uploaded, and customers' media.
    SandboxMedia &media() { return m_media; }

signals:
    // Every request answered: its provider (empty when none), the status (0: closed without an answer), the
    // answer's start, and for a send the recipients it named and the message id each was given, in the same
    // order (empty where it was given none).
    void requestAnswered(const QString &provider, int status, const QString &summary, const QStringList &recipients,
                         const QStringList &messageIds);
    void callbackDelivered(const QString &provider, const QString &url, int status);

private:
    using Message = SandboxRole::Message;
    struct Answer
    {
        HttpServerResponse response;
        bool close = false; // read the body, then close without a word
        int delayMs = 0;
        QStringList recipients = {}; // a send's, and the id each was given
        QStringList messageIds = {};
    };
    // Whether `messages` sent from `sender` on `path` of `provider` fit the rate limit now (and counts them).
    bool withinRate(const QString &provider, const QString &path, const QString &sender, int messages);

    void handle(const HttpServerRequest &request, const HttpResponder &responder);
    Answer answer(const HttpServerRequest &request, QString *provider);
    Answer send(const Provider *provider, const HttpServerRequest &request);
    Answer templates(const QString &account, const HttpServerRequest &request, QString *provider);
    // Meta's status webhook for a template decided, to the receiver, signed as the provider signs.
    void deliverAccountEvent(const Provider *provider, const QByteArray &body);
    // The template `id`'s next decision, after the callback delay, and its webhook.
    void decideLater(const Provider *owner, const QString &waba, const QString &id);
    Answer refuse(const SandboxRole *role, int status, SandboxRole::Refusal refusal, const QString &text) const;
    void schedule(const Message &message, const QString &scenario);
    void deliver(const Message &message, const QString &status, const std::optional<SandboxRole::Words> &failure,
                 int copies);
    const Provider::CallbackKeys &keysFor(const Provider *provider) const;

    GuardedHttpServer *m_server;
    QNetworkAccessManager *m_network;
    quint16 m_port = 0;
    QString m_callbackBase;
    int m_delayMs = 800;
    int m_slowMs = 3000;
    bool m_callbacks = true;
    double m_rateLimit = 0;
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    QHash<QString, Bucket> m_buckets; // by sending number
    QElapsedTimer m_clock;
    mutable QHash<QString, Provider::CallbackKeys> m_keys; // by provider, made when first needed
    QHash<QString, Message> m_sent;                        // by message id, for status requests
    SandboxMedia m_media;
    SandboxTemplates m_templates;
};
