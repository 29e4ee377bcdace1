// SPDX-License-Identifier: GPL-3.0-or-later
#include "sender.h"

#include "providers/provider.h"

#include "message/jsondocument.h"
#include "net/sendonce.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// Errors that happen before anything left this machine: the provider cannot have the message.
bool nothingSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

} // namespace

QNetworkRequest networkRequest(const HttpRequest &request, int timeoutMs)
{
    QNetworkRequest network(request.url);
    for (const auto &[name, value] : request.allHeaders(false))
        network.setRawHeader(name, value);
    network.setTransferTimeout(timeoutMs);
    network.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return network;
}

QString providerWords(const Provider *provider, int status, const QByteArray &body)
{
    // Read as the provider's refusal of a send is read.
    const MessageResult result =
        provider->parseResponse(status, JsonDocument::parse(body).document.object(), {QString()}).value(0);
    if (result.errorCode.isEmpty())
        return result.errorText;
    return result.errorText.isEmpty() ? result.errorCode : result.errorCode + QStringLiteral(": ") + result.errorText;
}

Sender::Sender(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

Sender::~Sender()
{
    if (m_reply)
        m_reply->abort();
}

void Sender::send(const Provider *provider, const QList<HttpRequest> &requests)
{
    if (isBusy())
        return;
    m_provider = provider;
    m_requests = requests;
    m_next = 0;
    m_cancelled = false;
    emit progress(0, int(m_requests.size()));
    startNext();
}

void Sender::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void Sender::startNext()
{
    if (m_cancelled || m_next >= m_requests.size()) {
        emit finished();
        return;
    }
    const HttpRequest &request = m_requests.at(m_next);
    if (QString why; m_gate && !m_gate(m_next, &why)) {
        // Not sent: this request and the ones after it end as refused here, with the reason.
        for (; m_next < m_requests.size(); ++m_next) {
            SendOutcome outcome;
            outcome.status = DeliveryStatus::Rejected;
            outcome.reason = tr("Not sent: %1").arg(why);
            for (const QString &recipient : m_requests.at(m_next).recipients)
                outcome.results.append({recipient, QString(), DeliveryStatus::Rejected, QString(), outcome.reason});
            emit requestFinished(m_next, outcome);
        }
        emit progress(m_next, int(m_requests.size()));
        emit finished();
        return;
    }
    QNetworkRequest network = networkRequest(request, m_timeoutMs);

    m_bodySent = false;
    m_timer.start();
    m_reply = SendOnce::send(m_network, network, request.method, request.body);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            m_bodySent = true;
    });
    connect(m_reply, &QNetworkReply::finished, this, &Sender::replyFinished);
}

void Sender::replyFinished()
{
    QNetworkReply *reply = m_reply;
    const SendOutcome outcome = outcomeOf(reply);
    m_reply = nullptr;
    reply->deleteLater();
    const int index = m_next++;
    emit requestFinished(index, outcome);
    emit progress(m_next, int(m_requests.size()));
    startNext();
}

SendOutcome Sender::outcomeOf(QNetworkReply *reply) const
{
    SendOutcome outcome;
    outcome.elapsedMs = m_timer.elapsed();
    outcome.timesSent = SendOnce::timesSent(reply);
    const bool resent = SendOnce::resent(reply);
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.responseHeaders = reply->rawHeaderPairs();
    if (outcome.httpStatus > 0) {
        const bool http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        outcome.responseHead = (http2 ? QByteArrayLiteral("HTTP/2 ") : QByteArrayLiteral("HTTP/1.1 ")) +
                               QByteArray::number(outcome.httpStatus);
        if (const QByteArray phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            !phrase.isEmpty())
            outcome.responseHead += ' ' + phrase;
        for (const auto &[name, value] : std::as_const(outcome.responseHeaders))
            outcome.responseHead += "\n" + name + ": " + value;
    }
    outcome.responseBody = reply->isOpen() ? reply->readAll() : QByteArray(); // closed once aborted
    const QStringList recipients = m_requests.at(m_next).recipients;

    const bool answered = outcome.httpStatus > 0 && !resent;
    if (answered) {
        const QJsonObject body = JsonDocument::parse(outcome.responseBody).document.object();
        outcome.results = m_provider->parseResponse(outcome.httpStatus, body, recipients);
        const bool accepted = std::any_of(outcome.results.cbegin(), outcome.results.cend(),
                                          [](const MessageResult &r) { return r.status == DeliveryStatus::Accepted; });
        outcome.status =
            outcome.httpStatus / 100 == 2 && accepted ? DeliveryStatus::Accepted : DeliveryStatus::Rejected;
        if (outcome.httpStatus / 100 == 3)
            outcome.reason =
                tr("The provider answered with a redirect (HTTP %1); it was not followed").arg(outcome.httpStatus);
        else if (outcome.status == DeliveryStatus::Rejected)
            outcome.reason = tr("The provider refused the request (HTTP %1)").arg(outcome.httpStatus);
        return outcome;
    }

    const QNetworkReply::NetworkError error = reply->error();
    if (resent) {
        outcome.reason = tr("The connection closed after the request was sent, and Qt began sending it again; that "
                            "second copy was stopped. The provider may have received the message.");
    } else if (m_cancelled && outcome.timesSent == 0) {
        outcome.status = DeliveryStatus::Rejected;
        outcome.reason = tr("Cancelled before it was sent");
    } else if (nothingSent(error) && outcome.timesSent == 0) {
        outcome.status = DeliveryStatus::Rejected;
        outcome.reason = tr("Not sent: %1").arg(reply->errorString());
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        outcome.reason = m_cancelled ? tr("Cancelled after the request was sent; the provider may have received it")
                                     : tr("No answer within %1 s; the provider may have received the message")
                                           .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    } else {
        outcome.reason = tr("%1; the provider may have received the message").arg(reply->errorString());
    }
    for (const QString &recipient : recipients) {
        MessageResult result;
        result.recipient = recipient;
        result.status = outcome.status;
        result.errorText = outcome.reason;
        outcome.results.append(result);
    }
    return outcome;
}
