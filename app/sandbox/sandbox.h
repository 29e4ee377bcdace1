// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class GuardedHttpServer;
class HttpResponder;
class QNetworkAccessManager;
struct HttpServerRequest;

// The offline Sandbox: a simulated provider on 127.0.0.1 that speaks all four APIs (Exotel
// /v2/accounts/{sid}/messages, Kaleyra /v2/{sid}/whatsapp/{phone}/messages, Telnyx /v2/messages/whatsapp,
// Meta /{version}/{phone_number_id}/messages). It checks authentication as the provider does, validates
// the body with the app's own rules, answers with that provider's documented bodies and codes, and then
// calls back with statuses in that provider's format: sent, delivered, read, after small delays. Telnyx
// callbacks are signed with Ed25519 and Meta's with X-Hub-Signature-256, with keys it shows.
//
// What happens is chosen by the recipient's last three digits (scenarios()).
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

    // The keys its callbacks are signed with: give them to the receiver that checks them.
    QByteArray telnyxPublicKey() const { return m_telnyxPublic; }
    QByteArray metaAppSecret() const { return m_metaSecret; }
    // A page that says what the sandbox is, its keys and scenarios (GET /).
    QByteArray describe() const;

signals:
    void requestAnswered(const QString &provider, int status, const QString &summary);
    void callbackDelivered(const QString &provider, const QString &url, int status);

private:
    void handle(const HttpServerRequest &request, const HttpResponder &responder);
    struct Sent
    {
        QString provider;
        QString messageId;
        QString recipient;
        QString correlation;
        QString callbackUrl;
        QString status = QStringLiteral("accepted");
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool close = false; // read the body, then close without a word
        int delayMs = 0;
        QByteArray contentType = "application/json";
    };

    Answer answer(const HttpServerRequest &request, QString *provider);
    Answer send(const QString &provider, const HttpServerRequest &request);
    Answer refuse(const QString &provider, int status, const QString &code, const QString &text) const;
    QString authProblem(const QString &provider, const HttpServerRequest &request) const;
    void schedule(const Sent &message, const QString &scenario);
    void deliver(const Sent &message, const QString &status, const QString &code, const QString &text, int copies);
    void post(const Sent &message, const QByteArray &body);
    QByteArray callbackBody(const Sent &message, const QString &status, const QString &code, const QString &text) const;
    QString newId(const QString &provider) const;

    GuardedHttpServer *m_server;
    QNetworkAccessManager *m_network;
    quint16 m_port = 0;
    QString m_callbackBase;
    int m_delayMs = 800;
    int m_slowMs = 3000;
    QByteArray m_telnyxPublic;
    QByteArray m_telnyxSecret;
    QByteArray m_metaSecret = "wabench-sandbox-app-secret";
    QHash<QString, Sent> m_sent; // by message id, for Telnyx's GET /v2/messages/{id}
};
