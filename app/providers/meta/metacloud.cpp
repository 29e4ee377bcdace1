// SPDX-License-Identifier: GPL-3.0-or-later
#include "metacloud.h"

#include "media/mediafiles.h"
#include "message/recipients.h"
#include "metasandbox.h"
#include "net/signatures.h"
#include "providers/meta/metacodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

// This file's messages, in the catalogue's "MetaCloud" context (lupdate reads the macro).
struct MetaCloudText
{
    Q_DECLARE_TR_FUNCTIONS(MetaCloud)
};

} // namespace

QJsonObject MetaCloudProvider::body(const Draft &draft, const QStringList &recipients) const
{
    QJsonObject out = draft.message;
    out.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    // A business-scoped user id goes in `recipient`, a phone number in `to` (Meta, Business-scoped user IDs:
    // where both are given, `to` wins).
    const QString recipient = recipients.value(0);
    out.insert(Recipients::isBusinessScopedId(recipient) ? QStringLiteral("recipient") : QStringLiteral("to"),
               recipient);
    const QJsonObject extras = envelopeExtras(draft);
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

HttpRequest MetaCloudProvider::request(const Account &account, const Draft &draft, const QStringList &recipients) const
{
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://graph.facebook.com"));
    const QString version = account.setting(QStringLiteral("api_version"), QStringLiteral("v21.0"));
    const QString phoneNumberId = account.setting(QStringLiteral("phone_number_id"), QStringLiteral("PHONE_NUMBER_ID"));
    HttpRequest out = jsonRequest(QUrl(base + u'/' + version + u'/' + phoneNumberId + QStringLiteral("/messages")),
                                  body(draft, recipients), recipients);
    out.auth = HttpRequest::Auth::Bearer;
    out.secret = {QStringLiteral("WHATSAPP_ACCESS_TOKEN"), account.secret(QStringLiteral("access_token"))};
    return out;
}

std::optional<HttpRequest> MetaCloudProvider::testRequest(const Account &account) const
{
    // Reading the phone number's own record: it needs the token and the number id, and changes nothing.
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://graph.facebook.com"));
    const QString version = account.setting(QStringLiteral("api_version"), QStringLiteral("v21.0"));
    const QString phoneNumberId = account.setting(QStringLiteral("phone_number_id"), QStringLiteral("PHONE_NUMBER_ID"));
    HttpRequest out;
    out.method = "GET";
    out.url = QUrl(base + u'/' + version + u'/' + phoneNumberId +
                   QStringLiteral("?fields=display_phone_number,verified_name,quality_rating"));
    out.headers = {{"Accept", "application/json"}};
    out.auth = HttpRequest::Auth::Bearer;
    out.secret = {QStringLiteral("WHATSAPP_ACCESS_TOKEN"), account.secret(QStringLiteral("access_token"))};
    return out;
}

std::optional<Provider::MediaUpload> MetaCloudProvider::mediaUpload(const Account &account, const QString &,
                                                                    const QString &mimeType) const
{
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://graph.facebook.com"));
    const QString version = account.setting(QStringLiteral("api_version"), QStringLiteral("v21.0"));
    const QString phoneNumberId = account.setting(QStringLiteral("phone_number_id"), QStringLiteral("PHONE_NUMBER_ID"));
    MediaUpload out;
    out.request.url = QUrl(base + u'/' + version + u'/' + phoneNumberId + QStringLiteral("/media"));
    out.request.headers = {{"Accept", "application/json"}};
    out.request.auth = HttpRequest::Auth::Bearer;
    out.request.secret = {QStringLiteral("WHATSAPP_ACCESS_TOKEN"), account.secret(QStringLiteral("access_token"))};
    out.fields = {{"messaging_product", "whatsapp"}, {"type", mimeType.toUtf8()}};
    return out;
}

std::optional<HttpRequest> MetaCloudProvider::mediaRequest(const Account &account, const QString &mediaId,
                                                           QString *) const
{
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://graph.facebook.com"));
    const QString version = account.setting(QStringLiteral("api_version"), QStringLiteral("v21.0"));
    HttpRequest out;
    out.method = "GET";
    out.url = QUrl(base + u'/' + version + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(mediaId)));
    const QString phoneNumberId = account.setting(QStringLiteral("phone_number_id"));
    if (!phoneNumberId.isEmpty()) // Meta checks that the media belongs to this number
        out.url.setQuery(QStringLiteral("phone_number_id=") + QUrl::toPercentEncoding(phoneNumberId));
    out.headers = {{"Accept", "application/json"}};
    out.auth = HttpRequest::Auth::Bearer;
    out.secret = {QStringLiteral("WHATSAPP_ACCESS_TOKEN"), account.secret(QStringLiteral("access_token"))};
    return out;
}

int MetaCloudProvider::recogniseRequest(const QJsonObject &body) const
{
    if (body.contains(QStringLiteral("messaging_product")))
        return 3;
    if ((body.contains(QStringLiteral("to")) || body.contains(QStringLiteral("recipient"))) &&
        body.contains(QStringLiteral("type")))
        return 2;
    return body.contains(QStringLiteral("type")) ? 1 : 0;
}

ImportResult MetaCloudProvider::importRequest(const QJsonObject &body) const
{
    ImportResult result;
    result.provider = id();
    ImportedMessage message;
    message.message = MetaWebhook::messageOf(
        body, {QStringLiteral("messaging_product"), QStringLiteral("to"), QStringLiteral("recipient")});
    message.messagePointer = QString();
    // The phone number, or where there is none the business-scoped user id (`to` wins where both are given).
    const bool byId = !body.contains(QStringLiteral("to")) && body.contains(QStringLiteral("recipient"));
    const QString field = byId ? QStringLiteral("recipient") : QStringLiteral("to");
    const QJsonValue to = body.value(field);
    message.recipientPointer = u'/' + field;
    if (to.isString())
        message.recipients = {to.toString()};
    else if (!to.isUndefined())
        result.issues.append(
            Issue::error(message.recipientPointer,
                         byId ? MetaCloudText::tr("The recipient (\"recipient\") must be a business-scoped user id")
                              : MetaCloudText::tr("The recipient (\"to\") must be a phone number")));
    const QJsonValue product = body.value(QStringLiteral("messaging_product"));
    if (product.isUndefined() && (body.contains(QStringLiteral("to")) || byId))
        result.issues.append(
            Issue::error(QString(), MetaCloudText::tr("messaging_product is required; it must be \"whatsapp\"")));
    else if (!product.isUndefined() && product != QJsonValue(QStringLiteral("whatsapp")))
        result.issues.append(Issue::error(QStringLiteral("/messaging_product"),
                                          MetaCloudText::tr("messaging_product must be \"whatsapp\"")));
    result.messages.append(message);
    return result;
}

bool MetaCloudProvider::recogniseResponse(const QJsonObject &body) const
{
    return (body.contains(QStringLiteral("messaging_product")) && body.contains(QStringLiteral("messages"))) ||
           (body.value(QStringLiteral("error")).isObject() &&
            body.value(QStringLiteral("error")).toObject().contains(QStringLiteral("fbtrace_id")));
}

QList<MessageResult> MetaCloudProvider::parseResponse(int httpStatus, const QJsonObject &body,
                                                      const QStringList &recipients) const
{
    MessageResult result;
    result.recipient = recipients.value(
        0,
        body.value(QStringLiteral("contacts")).toArray().first().toObject().value(QStringLiteral("input")).toString());
    const QJsonObject message = body.value(QStringLiteral("messages")).toArray().first().toObject();
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    if (!message.isEmpty() && (httpStatus == 0 || httpStatus / 100 == 2)) {
        result.status = DeliveryStatus::Accepted;
        result.messageId = message.value(QStringLiteral("id")).toString();
    } else if (!error.isEmpty() || httpStatus / 100 == 4) {
        result.status = DeliveryStatus::Rejected;
        result.errorCode = QString::number(error.value(QStringLiteral("code")).toInteger());
        const QString details =
            error.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString();
        result.errorText = error.value(QStringLiteral("message")).toString();
        if (!details.isEmpty())
            result.errorText += QStringLiteral(": ") + details;
    }
    return {result};
}

bool MetaCloudProvider::recogniseCallback(const QJsonObject &body) const
{
    return body.value(QStringLiteral("object")).toString() == u"whatsapp_business_account";
}

QList<CallbackEvent> MetaCloudProvider::parseCallback(const QJsonObject &body) const
{
    QList<CallbackEvent> events;
    const QJsonArray entries = body.value(QStringLiteral("entry")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonArray changes = entry.toObject().value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &change : changes)
            events += MetaWebhook::parseValue(change.toObject().value(QStringLiteral("value")).toObject());
    }
    return events;
}

HttpRequest SandboxProvider::request(const Account &account, const Draft &draft, const QStringList &recipients) const
{
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8787"));
    HttpRequest out =
        jsonRequest(QUrl(base + QStringLiteral("/v21.0/sandbox/messages")), body(draft, recipients), recipients);
    out.auth = HttpRequest::Auth::Bearer;
    out.secret = {QStringLiteral("WABENCH_SANDBOX_TOKEN"), account.secret(QStringLiteral("access_token"))};
    return out;
}

Account SandboxProvider::asMeta(const Account &account)
{
    Account sandbox = account;
    sandbox.settings.insert(QStringLiteral("base_url"),
                            account.setting(QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8787")));
    sandbox.settings.insert(QStringLiteral("phone_number_id"), QStringLiteral("sandbox"));
    sandbox.settings.insert(QStringLiteral("api_version"), QStringLiteral("v21.0"));
    sandbox.settings.insert(QStringLiteral("business_account_id"), QStringLiteral("sandbox-waba"));
    return sandbox;
}

std::optional<HttpRequest> SandboxProvider::testRequest(const Account &account) const
{
    std::optional<HttpRequest> out = MetaCloudProvider::testRequest(asMeta(account));
    out->secret.envName = QStringLiteral("WABENCH_SANDBOX_TOKEN");
    return out;
}

std::optional<Provider::MediaUpload> SandboxProvider::mediaUpload(const Account &account, const QString &sender,
                                                                  const QString &mimeType) const
{
    std::optional<MediaUpload> out = MetaCloudProvider::mediaUpload(asMeta(account), sender, mimeType);
    out->request.secret.envName = QStringLiteral("WABENCH_SANDBOX_TOKEN");
    return out;
}

std::optional<HttpRequest> SandboxProvider::mediaRequest(const Account &account, const QString &mediaId,
                                                         QString *why) const
{
    std::optional<HttpRequest> out = MetaCloudProvider::mediaRequest(asMeta(account), mediaId, why);
    out->secret.envName = QStringLiteral("WABENCH_SANDBOX_TOKEN");
    return out;
}

QList<AccountField> MetaCloudProvider::accountFields() const
{
    return {{QStringLiteral("api_version"),
             QCoreApplication::translate("AccountStore", "API version"),
             false,
             {},
             QStringLiteral("v21.0")},
            {QStringLiteral("phone_number_id"),
             QCoreApplication::translate("AccountStore", "Phone number id"),
             false,
             {},
             {}},
            {QStringLiteral("access_token"), QCoreApplication::translate("AccountStore", "Access token"), true, {}, {}},
            {QStringLiteral("business_account_id"),
             QCoreApplication::translate("AccountStore", "WhatsApp Business Account id (for templates)"),
             false,
             {},
             {}},
            baseUrlField()};
}

QList<Provider::CallbackField> MetaCloudProvider::callbackFields() const
{
    return {{CallbackField::Role::VerifyingKey, QStringLiteral("app_secret"),
             QCoreApplication::translate("PreferencesDialog", "Meta app secret"),
             QCoreApplication::translate("PreferencesDialog", "Not set: Meta callbacks are not checked"), true},
            {CallbackField::Role::VerifyToken, QStringLiteral("verify_token"),
             QCoreApplication::translate("PreferencesDialog", "Meta verify token"),
             QCoreApplication::translate("PreferencesDialog", "the token you gave Meta for its subscription check"),
             false}};
}

bool MetaCloudProvider::verifyCallback(const HttpServerRequest &request, const QByteArray &key, qint64, QString *why,
                                       QByteArray *) const
{
    const QByteArray header = request.header("X-Hub-Signature-256");
    const QByteArray prefix = "sha256=";
    QString reason;
    if (!header.startsWith(prefix))
        reason = MetaCloudText::tr("X-Hub-Signature-256 is missing or does not start with sha256=");
    else if (const QByteArray signature = QByteArray::fromHex(header.mid(prefix.size()).trimmed());
             !Signatures::equal(signature, Signatures::hmacSha256(request.body, key))) {
        // Which is it: the body changed after Meta signed it, or another secret signed it?
        reason = MetaCloudText::tr("X-Hub-Signature-256 does not match the body under the app secret: it was signed "
                                   "with another app secret, or the body was changed after signing");
        const QList<std::pair<QString, QByteArray>> before = Signatures::bodiesBeforeChange(request.body);
        for (const auto &[what, body] : before) {
            if (Signatures::equal(signature, Signatures::hmacSha256(body, key))) {
                reason = MetaCloudText::tr("the body was changed after it was signed (%1): the signature is "
                                           "checked over the bytes exactly as Meta sent them")
                             .arg(what);
                break;
            }
        }
    }
    if (reason.isEmpty())
        return true;
    if (why)
        *why = reason;
    return false;
}

Provider::CallbackKeys MetaCloudProvider::newCallbackKeys() const
{
    const QByteArray secret = Signatures::randomHex(16);
    return {secret, secret};
}

QList<HttpRequest::Header> MetaCloudProvider::signCallback(const QByteArray &body, const QByteArray &signingKey,
                                                           qint64) const
{
    return {{"X-Hub-Signature-256", "sha256=" + Signatures::hmacSha256(body, signingKey).toHex()}};
}

std::optional<HttpServerResponse> MetaCloudProvider::answerCallbackCheck(const HttpServerRequest &request,
                                                                         const QByteArray &verifyToken) const
{
    const QUrlQuery query(request.url);
    if (query.queryItemValue(QStringLiteral("hub.mode")) != u"subscribe")
        return std::nullopt;
    const QByteArray token = query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    if (verifyToken.isEmpty() || !Signatures::equal(token, verifyToken))
        return HttpServerResponse::json(
            403, QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                            MetaCloudText::tr("hub.verify_token does not match the verify token set")}})
                     .toJson(QJsonDocument::Compact));
    return HttpServerResponse::text(200,
                                    query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8());
}

const SandboxRole *MetaCloudProvider::sandboxRole() const
{
    static const MetaSandboxRole role(false);
    return &role;
}

const SandboxRole *SandboxProvider::sandboxRole() const
{
    static const MetaSandboxRole role(true);
    return &role;
}
