// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "events.h"
#include "httprequest.h"
#include "message/draft.h"
#include "message/issue.h"
#include "message/validator.h"
#include "net/httpserver.h"

#include <QJsonObject>
#include <functional>
#include <optional>

class SandboxRole;

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

// An adapter: pure functions between a draft and one provider's HTTP API, and everything else that is
// particular to that provider: its account's fields, its error codes in words, the kinds it carries, how
// its callbacks are signed, and how the offline Sandbox plays it. Stateless. Adding a provider is one
// such class, registered with Providers::add().
class Provider : public ProviderRules
{
public:
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;

    // The fields an account of this provider has: settings, and secrets (kept in the SecretStore only).
    virtual QList<AccountField> accountFields() const;
    // What an account's default sender is to this provider ("Default sender"; Kaleyra's business number
    // is in its URL), and whether an account must have one.
    virtual QString senderLabel() const;
    virtual bool senderRequired() const { return false; }
    // Whether the request body names the sender ("from": Exotel, Telnyx), so that a body without one is
    // no request at all; Meta's sender is the phone number id in its URL, Kaleyra's the number in its URL.
    virtual bool bodyNamesSender() const { return false; }
    // The built-in offline provider: answered by the Sandbox, takes any token, has its one account built
    // in; its customers are the Sandbox's (Sandbox::customerLastWrote says whose window is open).
    virtual bool offline() const { return false; }
    // How many recipients one request may carry.
    virtual int recipientsPerRequest() const { return 1; }
    // Why this provider cannot carry `message`, or an empty string when it can: by default, the kinds whose
    // schema lists it under x-not-offered-by.
    virtual QString unsupportedReason(const QJsonObject &message) const;

    // Where the message object sits in the body this adapter builds ("" for Meta's, whose body is the
    // message itself; "/whatsapp_message" for Telnyx's).
    virtual QString messagePointer() const { return {}; }
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
    // Media from a file: the upload that gives a media id (Meta's POST /{phone-number-id}/media), as the
    // request without its body and the form fields that go before the file (its part is named "file").
    struct MediaUpload
    {
        HttpRequest request;
        QList<std::pair<QByteArray, QByteArray>> fields;
    };
    // Why this provider takes media by link only, or an empty string when it uploads.
    virtual QString mediaUploadUnsupported() const;
    // The upload of a file of `mimeType` for `sender` (the business number) with `account`.
    virtual std::optional<MediaUpload> mediaUpload(const Account &account, const QString &sender,
                                                   const QString &mimeType) const;
    // The media id in its answer to an upload, or empty.
    virtual QString uploadedMediaId(const QJsonObject &answer) const;
    // A media id's download (a customer's media, or one uploaded): the request that asks where it is (Meta's
    // GET /{media-id}), or nothing when the provider gives links instead (`why` says so).
    virtual std::optional<HttpRequest> mediaRequest(const Account &account, const QString &mediaId, QString *why) const;
    struct MediaLocation
    {
        QUrl url; // fetched with the same credentials
        QString mimeType;
        qint64 size = -1;
    };
    // Where its answer to mediaRequest() says the media is.
    virtual std::optional<MediaLocation> mediaLocation(const QJsonObject &answer) const;

    // Its template API, where it documents one (Meta's WhatsApp Business Management API, Telnyx's and
    // Exotel's management APIs): the account's templates a page at a time, creating one, deleting one.
    // templatesUnavailable() says why not, or is "".
    virtual QString templatesUnavailable() const;
    // The request for the page after `after` ("" for the first), or nothing with the reason in `why` (an
    // account without what the API needs).
    virtual std::optional<HttpRequest> templatesRequest(const Account &account, const QString &after,
                                                        QString *why) const;
    struct TemplatePage
    {
        QList<QJsonObject> definitions;
        QString after; // the next page's cursor, "" on the last page
        QString error; // the answer is not a page: what it says, or what is wrong with it
    };
    virtual TemplatePage readTemplates(int status, const QByteArray &body) const;
    virtual std::optional<HttpRequest> createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                             QString *why) const;
    struct TemplateCreated
    {
        QString id;
        QString status;   // PENDING, APPROVED, REJECTED
        QString category; // as Meta may have corrected it
        QString error;
    };
    virtual TemplateCreated readCreatedTemplate(int status, const QByteArray &body) const;
    // Deletes `name` in every language, or the one of template id `id` when it is given.
    virtual std::optional<HttpRequest> deleteTemplateRequest(const Account &account, const QString &name,
                                                             const QString &id, QString *why) const;
    // The pace a list is sent at unless told otherwise (messages a second): Meta's default throughput for a
    // business phone number, 80, which the providers on Meta's Cloud API pass on.
    virtual double defaultRate() const { return 80; }
    // Whether an answer refused a message for rate, so that sending it again later is safe (the provider
    // did not take it): HTTP 429, or Meta's 130429 (throughput) and 131056 (pair rate limit), which the
    // providers on Meta's Cloud API pass on.
    virtual bool refusedForRate(int httpStatus, const MessageResult &result) const;
    // Whether a deletion can be of one language (by its id); false: a name goes in every language.
    virtual bool deletesOneLanguage() const { return true; }

    // Where a draft holds the data a send carries to come back in its callbacks, as this provider holds it:
    // a pointer into the message ("/message/biz_opaque_callback_data", Meta's and Telnyx's) or into the
    // draft's options ("/options/custom_data", Exotel's; "/options/extra_info/ref", Kaleyra's).
    virtual QString correlationPointer() const { return QStringLiteral("/message/biz_opaque_callback_data"); }
    // That data read, removed and written there: what `convert` carries from one provider to another.
    QString correlationOf(const Draft &draft) const;
    Draft withoutCorrelation(Draft draft) const;
    Draft withCorrelation(Draft draft, const QString &value) const;
    // The draft options this provider writes into its body (its callback URL, its reference fields); any
    // other is not carried by it.
    virtual QStringList optionKeys() const { return {}; }
    // The option naming the URL this provider posts one message's statuses to (Exotel's status_callback,
    // Telnyx's webhook_url), or none where statuses go to the account's URL alone (Meta, Kaleyra): what
    // `convert` carries as the other provider names it.
    virtual QString callbackUrlOption() const { return {}; }

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
    // Whether a callback posted to this provider's own address is in its format (what recogniseCallback
    // says, unless the provider borrows another's format without claiming it when callbacks are told apart).
    virtual bool takesCallback(const QJsonObject &body) const { return recogniseCallback(body); }
    virtual QList<CallbackEvent> parseCallback(const QJsonObject &body) const = 0;
    // What a callback says that is not about one message, in words: a template's status, category or
    // quality, the phone number's or the account's updates, errors of the delivery as a whole. Each is
    // {"event": the provider's name for it, "summary": one line}; a template's review decided also has
    // "template_status": {"id", "name", "language", "status", "reason"}, which the receiver keeps.
    virtual QList<QJsonObject> accountEvents(const QJsonObject &body) const;

    // Plain words for one of the provider's status or error codes; empty when unknown.
    virtual QString describeCode(const QString &code) const;
    // The codes a failed status callback of this provider can carry, as its error tables know them (by
    // default Meta's, which the providers on Meta's Cloud API pass on).
    virtual QStringList failureCodes() const;

    void checkMessage(const QJsonObject &message, Issues &issues) const override;

    // What the person sets to check its callbacks: the key its signatures are checked with (Telnyx's public
    // key; Meta's app secret, a secret kept in the SecretStore) and the token its subscription check
    // presents (Meta's verify token). Kept as "webhooks/<provider>_<key>".
    struct CallbackField
    {
        enum class Role
        {
            VerifyingKey,
            VerifyToken
        };
        Role role = Role::VerifyingKey;
        QString key;
        QString label;
        QString placeholder;
        bool secret = false;
    };
    virtual QList<CallbackField> callbackFields() const { return {}; }
    // Why `value` cannot be that of the callback field `key`, or an empty string.
    virtual QString checkCallbackField(const QString &key, const QString &value) const;
    // How its callbacks prove they are its own. `key` is the verifying half (Telnyx's public key, Meta's
    // app secret); `now` is Unix seconds. False, and why, when `request` is not signed by it. `replay`, for a
    // signature that is good once only, gets what identifies what it verified (a digest of the signed bytes,
    // not the header as written: the same signature spelt otherwise is the same). Without a scheme, everything passes.
    virtual bool verifyCallback(const HttpServerRequest &request, const QByteArray &key, qint64 now, QString *why,
                                QByteArray *replay) const;
    struct CallbackKeys
    {
        QByteArray signing;   // kept by the signer
        QByteArray verifying; // given to the receiver
    };
    // A new pair of keys in its scheme (empty without one): the Sandbox signs with them.
    virtual CallbackKeys newCallbackKeys() const;
    // The headers that sign `body` as the provider does, at `now`.
    virtual QList<HttpRequest::Header> signCallback(const QByteArray &body, const QByteArray &signingKey,
                                                    qint64 now) const;
    // The answer to a GET of its callback URL (Meta's subscription check, against `verifyToken`), or nothing
    // when the provider makes no such check.
    virtual std::optional<HttpServerResponse> answerCallbackCheck(const HttpServerRequest &request,
                                                                  const QByteArray &verifyToken) const;
    // How the Sandbox plays it, or nothing when it cannot.
    virtual const SandboxRole *sandboxRole() const { return nullptr; }

protected:
    static AccountField baseUrlField();
    static HttpRequest jsonRequest(const QUrl &url, const QJsonObject &body, const QStringList &recipients);
    // The message with its type written out (a message without one is text): for the providers whose body
    // requires it (Exotel's content, Telnyx's whatsapp_message).
    static QJsonObject withType(const QJsonObject &message);
    // The draft with `option` (the provider's per-message callback URL) set from the account's
    // "callback_url" (the app's webhook receiver) when the draft does not set its own.
    static Draft withCallback(const Draft &draft, const Account &account, const QString &option);
    // Keys of the body an import does not know, kept in options.envelope.<provider>.
    QJsonObject envelopeExtras(const Draft &draft) const;
    void keepEnvelopeExtras(const QJsonObject &body, const QStringList &known, QJsonObject &options) const;
    // A page of templates from its "data" array, each read by `read` into Meta's definition (as it is when
    // there is no `read`): an error, and no definition, when it is not an array or one has no name or no
    // language.
    static TemplatePage templatesOf(const QJsonValue &data,
                                    const std::function<QJsonObject(const QJsonObject &)> &read = {});
    // A template created, from the object that says so ({"id", "status", "category"}).
    static TemplateCreated createdOf(const QJsonObject &created);
};
