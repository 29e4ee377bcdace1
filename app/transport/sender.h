// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/events.h"
#include "providers/httprequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <functional>

class Provider;
class QNetworkAccessManager;
class QNetworkReply;

class QNetworkRequest;

// The QNetworkRequest for `request`: its headers with the real secrets, an explicit transfer timeout, and
// redirects never followed (a redirect would send a POST again somewhere else).
QNetworkRequest networkRequest(const HttpRequest &request, int timeoutMs);

// A provider's refusal of a call that is not a send (a connection test, a status poll), in its own words
// where its error body has them: "<code>: <text>", or empty.
QString providerWords(const Provider *provider, int status, const QByteArray &body);

// What became of one request: the provider's answer read into per-message results, or why there is
// none. Unknown means the request may have reached the provider: it is never sent again by us.
struct SendOutcome
{
    DeliveryStatus status = DeliveryStatus::Unknown; // Accepted, Rejected or Unknown, for the request
    int httpStatus = 0;
    QList<HttpRequest::Header> responseHeaders;
    QByteArray responseHead; // "HTTP/1.1 500 Internal Server Error" and the headers, as they came
    QByteArray responseBody;
    QList<MessageResult> results; // one per message of the request
    QString reason;               // plain words when there is no answer, or it is an error
    qint64 elapsedMs = 0;
    int timesSent = 0; // how often the request went out: 2 when Qt re-sent it on its own
    // Why the answer could not be stored in the history, or empty: a message the provider accepted but the
    // history does not show is reported with its id, never as plainly accepted.
    QString notRecorded;
    QList<qint64> records; // the history's record of each message, in the request's order
};

// Sends a draft's requests one after the other over QNetworkAccessManager: an explicit transfer
// timeout, TLS verified (never ignored), no redirects followed, and no POST ever sent twice by us.
// Qt itself re-sends a POST when a server closes the connection after reading it; that is seen as a
// second requestSent(), the reply is stopped, and the outcome is unknown.
class Sender : public QObject
{
    Q_OBJECT

public:
    explicit Sender(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Sender() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Called just before request `index` leaves; when it returns false (and why), that request and the
    // rest are not sent. The history uses it to put each request on record before it goes.
    using Gate = std::function<bool(int index, QString *why)>;
    void setGate(Gate gate) { m_gate = std::move(gate); }
    int timeout() const { return m_timeoutMs; }
    bool isBusy() const { return !m_reply.isNull(); }

    // Sends `requests` in order; `provider` reads the answers.
    void send(const Provider *provider, const QList<HttpRequest> &requests);
    // Stops what is in flight; a request already sent ends as unknown, the rest are not sent.
    void cancel();

signals:
    void requestFinished(int index, const SendOutcome &outcome);
    void progress(int done, int total);
    void finished();

private:
    void startNext();
    void replyFinished();
    SendOutcome outcomeOf(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    const Provider *m_provider = nullptr;
    QList<HttpRequest> m_requests;
    int m_next = 0;
    int m_timeoutMs = 30000;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    bool m_bodySent = false;
    bool m_cancelled = false;
    Gate m_gate;
};
