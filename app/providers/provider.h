// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "events.h"
#include "httprequest.h"
#include "message/draft.h"
#include "message/issue.h"
#include "message/validator.h"

#include <QJsonObject>
#include <optional>

// One message found in a provider's request body, with where its parts sit in that body.
struct ImportedMessage
{
    QJsonObject message;    // the Meta message object
    QString messagePointer; // where the message object sits, e.g. "/whatsapp/messages/0/content"
    QString sender;
    QString senderPointer;
    QStringList recipients;
    QString recipientPointer;
    QJsonObject options; // Draft::options as this body sets them
};

struct ImportResult
{
    QString provider;
    QList<ImportedMessage> messages;
    Issues issues; // about the envelope itself; pointers into the body
};

// An adapter: pure functions between a draft and one provider's HTTP API. Stateless.
class Provider : public ProviderRules
{
public:
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    // How many recipients one request may carry.
    virtual int recipientsPerRequest() const { return 1; }
    // Why this provider cannot carry `message`, or an empty string when it can.
    virtual QString unsupportedReason(const QJsonObject &message) const;

    // The request body for `recipients`, and the request around it for `account`.
    virtual QJsonObject body(const Draft &draft, const QStringList &recipients) const = 0;
    virtual HttpRequest request(const Account &account, const Draft &draft, const QStringList &recipients) const = 0;
    // A request that changes nothing and proves the account's settings and secrets work (a GET of the
    // sender's number), or nothing when the provider has no such call.
    virtual std::optional<HttpRequest> testRequest(const Account &account) const;
    // Where the provider answers what became of a message (Telnyx's GET /v2/messages/{id}), or nothing when
    // statuses come only by callback; and that answer read as status events.
    virtual bool reportsStatus() const { return false; }
    virtual std::optional<HttpRequest> statusRequest(const Account &account, const QString &messageId) const;
    virtual QList<CallbackEvent> parseStatus(const QJsonObject &body) const;
    // Every request a send of `draft` makes, batched by recipientsPerRequest().
    QList<HttpRequest> build(const Draft &draft, const Account &account) const;

    // How sure this adapter is that `body` is its request (0: not at all, 3: certain).
    virtual int recogniseRequest(const QJsonObject &body) const = 0;
    // Reads its own request body back, leniently (house rules), with issues about the envelope.
    virtual ImportResult importRequest(const QJsonObject &body) const = 0;

    virtual bool recogniseResponse(const QJsonObject &body) const = 0;
    // One result per message of the request, in the request's order; an httpStatus of 0 (not known)
    // leaves the judgement to the body.
    virtual QList<MessageResult> parseResponse(int httpStatus, const QJsonObject &body,
                                               const QStringList &recipients) const = 0;

    virtual bool recogniseCallback(const QJsonObject &body) const = 0;
    virtual QList<CallbackEvent> parseCallback(const QJsonObject &body) const = 0;

    // Plain words for one of the provider's status or error codes; empty when unknown.
    virtual QString describeCode(const QString &code) const;

    void checkMessage(const QJsonObject &message, Issues &issues) const override;

protected:
    static HttpRequest jsonRequest(const QUrl &url, const QJsonObject &body, const QStringList &recipients);
    // The draft with `option` (the provider's per-message callback URL) set from the account's
    // "callback_url" (the app's webhook receiver) when the draft does not set its own.
    static Draft withCallback(const Draft &draft, const Account &account, const QString &option);
    // Keys of the body an import does not know, kept in options.envelope.<provider>.
    QJsonObject envelopeExtras(const Draft &draft) const;
    void keepEnvelopeExtras(const QJsonObject &body, const QStringList &known, QJsonObject &options) const;
};

namespace Providers {

const QList<const Provider *> &all();
const Provider *find(const QString &id);
QStringList ids();
// The provider whose request `body` is, or nullptr.
const Provider *recogniseRequest(const QJsonObject &body);

} // namespace Providers
