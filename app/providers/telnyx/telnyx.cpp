// SPDX-License-Identifier: GPL-3.0-or-later
#include "telnyx.h"
#include "telnyxsandbox.h"

#include "net/signatures.h"

#include "message/jsonpointer.h"
#include "message/text.h"
#include "providers/meta/metacodes.h"

#include "message/kinds.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace {

// This file's messages, in the catalogue's "Telnyx" context (lupdate reads the macro).
struct TelnyxText
{
    Q_DECLARE_TR_FUNCTIONS(Telnyx)
};

DeliveryStatus statusOf(const QString &word)
{
    static const QHash<QString, DeliveryStatus> map = {
        {QStringLiteral("queued"), DeliveryStatus::Accepted},
        {QStringLiteral("sending"), DeliveryStatus::Accepted},
        {QStringLiteral("sent"), DeliveryStatus::Sent},
        {QStringLiteral("delivered"), DeliveryStatus::Delivered},
        {QStringLiteral("read"), DeliveryStatus::Read},
        {QStringLiteral("failed"), DeliveryStatus::Failed},
        {QStringLiteral("delivery_failed"), DeliveryStatus::Failed},
        {QStringLiteral("sending_failed"), DeliveryStatus::Failed},
    };
    return map.value(word.toLower(), DeliveryStatus::Unknown);
}

void checkBytes(const QJsonValue &value, const QString &pointer, const QString &label, qsizetype limit, Issues &issues)
{
    if (!value.isString())
        return;
    const qsizetype bytes = Text::byteCount(value.toString());
    if (bytes > limit) {
        issues.append(
            Issue::error(pointer, TelnyxText::tr("%1 is %2 bytes in UTF-8 (%3 characters); Telnyx's limit is %4 bytes")
                                      .arg(label)
                                      .arg(bytes)
                                      .arg(Text::characterCount(value.toString()))
                                      .arg(limit)));
    }
}

} // namespace

QJsonObject TelnyxProvider::body(const Draft &draft, const QStringList &recipients) const
{
    QJsonObject out = envelopeExtras(draft);
    out.insert(QStringLiteral("from"), draft.sender);
    out.insert(QStringLiteral("to"), recipients.value(0));
    out.insert(QStringLiteral("whatsapp_message"), withType(draft.message));
    if (draft.options.contains(QStringLiteral("webhook_url")))
        out.insert(QStringLiteral("webhook_url"), draft.options.value(QStringLiteral("webhook_url")));
    return out;
}

HttpRequest TelnyxProvider::request(const Account &account, const Draft &draft, const QStringList &recipients) const
{
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://api.telnyx.com"));
    HttpRequest out =
        jsonRequest(QUrl(base + QStringLiteral("/v2/messages/whatsapp")),
                    body(withCallback(draft, account, QStringLiteral("webhook_url")), recipients), recipients);
    out.auth = HttpRequest::Auth::Bearer;
    out.secret = {QStringLiteral("TELNYX_API_KEY"), account.secret(QStringLiteral("api_key"))};
    return out;
}

std::optional<HttpRequest> TelnyxProvider::testRequest(const Account &account) const
{
    // Listing the account's WhatsApp numbers: it needs only the key, and changes nothing.
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://api.telnyx.com"));
    HttpRequest out;
    out.method = "GET";
    out.url = QUrl(base + QStringLiteral("/v2/whatsapp/phone_numbers"));
    out.headers = {{"Accept", "application/json"}};
    out.auth = HttpRequest::Auth::Bearer;
    out.secret = {QStringLiteral("TELNYX_API_KEY"), account.secret(QStringLiteral("api_key"))};
    return out;
}

std::optional<HttpRequest> TelnyxProvider::statusRequest(const Account &account, const QString &messageId) const
{
    std::optional<HttpRequest> out = testRequest(account);
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://api.telnyx.com"));
    out->url = QUrl(base + QStringLiteral("/v2/messages/") + QString::fromLatin1(QUrl::toPercentEncoding(messageId)));
    return out;
}

QList<CallbackEvent> TelnyxProvider::parseStatus(const QJsonObject &body) const
{
    // The message record is what a webhook carries as its payload.
    QList<CallbackEvent> events = parseCallback(QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("event_type"), QStringLiteral("message.finalized")},
                                             {QStringLiteral("payload"), body.value(QStringLiteral("data"))}}}});
    for (CallbackEvent &event : events)
        event.time = QDateTime(); // a poll has no time of its own: the same status polled twice is one event
    return events;
}

int TelnyxProvider::recogniseRequest(const QJsonObject &body) const
{
    if (body.contains(QStringLiteral("whatsapp_message")))
        return 3;
    // {from, to} and nothing that another provider's body has: Telnyx without its message.
    if (body.contains(QStringLiteral("from")) && body.contains(QStringLiteral("to")) &&
        !body.contains(QStringLiteral("type")))
        return 1;
    return 0;
}

ImportResult TelnyxProvider::importRequest(const QJsonObject &body) const
{
    ImportResult result;
    result.provider = id();
    ImportedMessage unit;
    const QJsonValue message = body.value(QStringLiteral("whatsapp_message"));
    if (message.isUndefined())
        result.issues.append(
            Issue::error(QString(), TelnyxText::tr("The request has no whatsapp_message; it is required")));
    else if (!message.isObject())
        result.issues.append(
            Issue::error(QStringLiteral("/whatsapp_message"), TelnyxText::tr("whatsapp_message must be an object")));
    unit.message = message.toObject();
    unit.messagePointer = QStringLiteral("/whatsapp_message");
    unit.sender = body.value(QStringLiteral("from")).toString();
    unit.senderPointer = QStringLiteral("/from");
    if (!body.value(QStringLiteral("from")).isString())
        result.issues.append(Issue::error(QString(), TelnyxText::tr("The sender (\"from\") is required")));
    if (body.value(QStringLiteral("to")).isString())
        unit.recipients = {body.value(QStringLiteral("to")).toString()};
    else
        result.issues.append(Issue::error(QString(), TelnyxText::tr("The recipient (\"to\") is required")));
    unit.recipientPointer = QStringLiteral("/to");
    if (body.contains(QStringLiteral("webhook_url")))
        unit.options.insert(QStringLiteral("webhook_url"), body.value(QStringLiteral("webhook_url")));
    keepEnvelopeExtras(body,
                       {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("whatsapp_message"),
                        QStringLiteral("webhook_url")},
                       unit.options);
    result.messages.append(unit);
    return result;
}

bool TelnyxProvider::recogniseResponse(const QJsonObject &body) const
{
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    return data.value(QStringLiteral("record_type")).toString() == u"message" ||
           (body.value(QStringLiteral("errors")).isArray() && !body.contains(QStringLiteral("data")));
}

QList<MessageResult> TelnyxProvider::parseResponse(int httpStatus, const QJsonObject &body,
                                                   const QStringList &recipients) const
{
    MessageResult result;
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    result.recipient = recipients.value(
        0,
        data.value(QStringLiteral("to")).toArray().first().toObject().value(QStringLiteral("phone_number")).toString());
    if (!data.isEmpty() && (httpStatus == 0 || httpStatus / 100 == 2)) {
        result.status = DeliveryStatus::Accepted;
        result.messageId = data.value(QStringLiteral("id")).toString();
    } else {
        result.status = DeliveryStatus::Rejected;
        const QJsonObject error = body.value(QStringLiteral("errors")).toArray().first().toObject();
        result.errorCode = error.value(QStringLiteral("code")).toVariant().toString();
        result.errorText = error.value(QStringLiteral("title")).toString();
        const QString detail = error.value(QStringLiteral("detail")).toString();
        if (!detail.isEmpty() && detail != result.errorText) // some errors repeat their title as the detail
            result.errorText += QStringLiteral(": ") + detail;
    }
    return {result};
}

bool TelnyxProvider::recogniseCallback(const QJsonObject &body) const
{
    return body.value(QStringLiteral("data"))
               .toObject()
               .value(QStringLiteral("event_type"))
               .toString()
               .startsWith(u"message.") ||
           isTemplateEvent(body);
}

bool TelnyxProvider::isTemplateEvent(const QJsonObject &body)
{
    return body.value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("event_type"))
        .toString()
        .startsWith(u"whatsapp.template.");
}

QList<QJsonObject> TelnyxProvider::accountEvents(const QJsonObject &body) const
{
    if (!isTemplateEvent(body))
        return {};
    // whatsapp.template.approved, .rejected, .disabled: payload {template_id, template_name, status, reason}.
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    const QJsonObject payload = data.value(QStringLiteral("payload")).toObject();
    const QString event = data.value(QStringLiteral("event_type")).toString();
    QString status = payload.value(QStringLiteral("status")).toString().toUpper();
    if (status.isEmpty())
        status = event.section(u'.', 2).toUpper();
    const QString name = payload.value(QStringLiteral("template_name")).toString();
    const QString reason = payload.value(QStringLiteral("reason")).toString();
    QString summary = TelnyxText::tr("Template %1: %2")
                          .arg(name.isEmpty() ? payload.value(QStringLiteral("template_id")).toString() : name, status);
    if (!reason.isEmpty())
        summary += TelnyxText::tr(" (reason: %1)").arg(reason);
    return {QJsonObject{{QStringLiteral("event"), event},
                        {QStringLiteral("summary"), summary},
                        {QStringLiteral("template_status"),
                         QJsonObject{{QStringLiteral("id"), payload.value(QStringLiteral("template_id"))},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("reason"), reason}}}}};
}

QList<CallbackEvent> TelnyxProvider::parseCallback(const QJsonObject &body) const
{
    if (isTemplateEvent(body))
        return {}; // a template's, not a message's (accountEvents)
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    const QJsonObject payload = data.value(QStringLiteral("payload")).toObject();
    CallbackEvent event;
    event.messageId = payload.value(QStringLiteral("id")).toString();
    event.time = QDateTime::fromString(data.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
    const QString type = data.value(QStringLiteral("event_type")).toString();
    if (type == u"message.received") {
        event.kind = CallbackEvent::Kind::Inbound;
        const QJsonValue from = payload.value(QStringLiteral("from"));
        event.from =
            from.isObject() ? from.toObject().value(QStringLiteral("phone_number")).toString() : from.toString();
        event.inboundText = payload.value(QStringLiteral("text")).toString();
        event.inboundType = QStringLiteral("text");
        event.business = payload.value(QStringLiteral("to"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("phone_number"))
                             .toString();
        // Media as links with their content type ({"url", "content_type"}): its kind is the type's family.
        const QJsonObject media = payload.value(QStringLiteral("media")).toArray().first().toObject();
        if (!media.isEmpty()) {
            event.mediaUrl = media.value(QStringLiteral("url")).toString();
            event.mediaMimeType = media.value(QStringLiteral("content_type")).toString();
            const QString family = event.mediaMimeType.section(u'/', 0, 0);
            event.inboundType =
                family == u"image" || family == u"video" || family == u"audio" ? family : QStringLiteral("document");
        }
        return {event};
    }
    const QJsonObject to = payload.value(QStringLiteral("to")).toArray().first().toObject();
    event.recipient = to.value(QStringLiteral("phone_number")).toString();
    event.providerStatus = to.value(QStringLiteral("status")).toString();
    if (event.providerStatus.isEmpty()) // message.delivered, message.read, ... name the state themselves
        event.providerStatus = type.section(u'.', 1);
    event.status = statusOf(event.providerStatus);
    event.correlation = payload.value(QStringLiteral("biz_opaque_callback_data")).toString();
    const QJsonObject error = payload.value(QStringLiteral("errors")).toArray().first().toObject();
    if (!error.isEmpty()) {
        event.errorCode = error.value(QStringLiteral("code")).toVariant().toString();
        const QString known = TelnyxCodes::describe(event.errorCode);
        event.description = known.isEmpty() ? error.value(QStringLiteral("title")).toString() : known;
    }
    return {event};
}

QString TelnyxProvider::describeCode(const QString &code) const
{
    return TelnyxCodes::describe(code);
}

QStringList TelnyxProvider::failureCodes() const
{
    return TelnyxCodes::codes() + MetaCodes::codes();
}

void TelnyxProvider::checkMessage(const QJsonObject &message, Issues &issues) const
{
    const QString type = Kinds::typeOf(message);
    const QJsonObject content = message.value(type).toObject();
    if (type == u"text") {
        const QJsonValue body = content.value(QStringLiteral("body"));
        checkBytes(body, QStringLiteral("/text/body"), TelnyxText::tr("Message text"), 4096, issues);
    }
    if (type == u"image" || type == u"video" || type == u"document")
        checkBytes(content.value(QStringLiteral("caption")), u'/' + type + QStringLiteral("/caption"),
                   TelnyxText::tr("Caption"), 1024, issues);
    if (type == u"location") {
        for (const bool latitude : {true, false}) {
            const QString key = latitude ? QStringLiteral("latitude") : QStringLiteral("longitude");
            const QString pointer = QStringLiteral("/location/") + key;
            const double limit = latitude ? 90 : 180;
            const QJsonValue value = content.value(key);
            const double degrees = value.isString() ? value.toString().toDouble() : value.toDouble();
            if (degrees < -limit || degrees > limit) {
                issues.append(Issue::error(pointer, TelnyxText::tr("%1 %2 is outside Telnyx's range of -%3 to %3")
                                                        .arg(key, QString::number(degrees, 'g', 15))
                                                        .arg(limit)));
            }
        }
    }
    Provider::checkMessage(message, issues); // the kinds it does not offer
    if (type == u"template") {
        const QJsonArray components = content.value(QStringLiteral("components")).toArray();
        for (qsizetype i = 0; i < components.size(); ++i) {
            const QJsonObject component = components.at(i).toObject();
            const QString componentType = component.value(QStringLiteral("type")).toString();
            const QString subType = component.value(QStringLiteral("sub_type")).toString();
            QString what;
            if (componentType == u"limited_time_offer" || componentType == u"carousel")
                what = componentType;
            else if (componentType == u"button" && !subType.isEmpty() && subType != u"quick_reply" && subType != u"url")
                what = subType + QStringLiteral(" buttons");
            if (!what.isEmpty()) {
                issues.append(
                    Issue::warning(JsonPointer::append(QStringLiteral("/template/components"), i),
                                   TelnyxText::tr("Telnyx's documents do not mention %1 in templates").arg(what)));
            }
        }
    }
}

void TelnyxProvider::checkDraft(const Draft &draft, Issues &issues) const
{
    if (draft.sender.isEmpty())
        issues.append(Issue::error(QStringLiteral("/sender"),
                                   TelnyxText::tr("Telnyx needs the sender's WhatsApp number (\"from\")")));
}

QList<AccountField> TelnyxProvider::accountFields() const
{
    return {{QStringLiteral("api_key"), QCoreApplication::translate("AccountStore", "API key"), true, {}, {}},
            {QStringLiteral("business_account_id"),
             QCoreApplication::translate("AccountStore", "WhatsApp Business Account id (for templates)"),
             false,
             {},
             {}},
            baseUrlField()};
}

QList<Provider::CallbackField> TelnyxProvider::callbackFields() const
{
    return {{CallbackField::Role::VerifyingKey, QStringLiteral("public_key"),
             QCoreApplication::translate("PreferencesDialog", "Telnyx public key"),
             QCoreApplication::translate("PreferencesDialog",
                                         "base64 public key from the Telnyx portal; empty: not checked"),
             false}};
}

QString TelnyxProvider::checkCallbackField(const QString &, const QString &value) const
{
    if (!value.trimmed().isEmpty() && QByteArray::fromBase64(value.trimmed().toLatin1()).size() != 32)
        return QCoreApplication::translate(
            "PreferencesDialog", "The Telnyx public key is 32 bytes of base64 (44 characters), as the portal shows it");
    return {};
}

bool TelnyxProvider::verifyCallback(const HttpServerRequest &request, const QByteArray &key, qint64 now, QString *why,
                                    QByteArray *replay) const
{
    const QByteArray signature = request.header("telnyx-signature-ed25519").trimmed();
    const QByteArray timestamp = request.header("telnyx-timestamp").trimmed();
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (signature.isEmpty() || timestamp.isEmpty())
        return fail(TelnyxText::tr("the telnyx-signature-ed25519 or telnyx-timestamp header is missing"));
    bool ok = false;
    const qint64 when = timestamp.toLongLong(&ok);
    if (!ok)
        return fail(TelnyxText::tr("telnyx-timestamp is not a number of seconds"));
    if (qAbs(now - when) > 300)
        return fail(TelnyxText::tr("the signature is %1 s from now; at most 300 s are accepted").arg(qAbs(now - when)));
    const QByteArray signedPart = timestamp + '|' + request.body;
    if (QString reason; !Signatures::verifyEd25519(signedPart, signature, key, &reason)) {
        // Which is it: the body changed after Telnyx signed it, or another key signed it?
        if (reason == Signatures::mismatch()) {
            reason = TelnyxText::tr("the Ed25519 signature does not match the body under the public key: it was "
                                    "signed with another key, or the body was changed after signing");
            const QList<std::pair<QString, QByteArray>> before = Signatures::bodiesBeforeChange(request.body);
            for (const auto &[what, body] : before) {
                if (Signatures::verifyEd25519(timestamp + '|' + body, signature, key, nullptr)) {
                    reason = TelnyxText::tr("the body was changed after it was signed (%1): the signature is "
                                            "checked over the bytes exactly as Telnyx sent them")
                                 .arg(what);
                    break;
                }
            }
        }
        return fail(reason);
    }
    // What was verified, not how its signature was written: the same timestamp and body again is a replay
    // whatever the spelling of the header.
    if (replay)
        *replay = QCryptographicHash::hash(signedPart, QCryptographicHash::Sha256);
    return true;
}

Provider::CallbackKeys TelnyxProvider::newCallbackKeys() const
{
    const Signatures::KeyPair keys = Signatures::newEd25519Keys();
    return {keys.secretKey, keys.publicKey};
}

QList<HttpRequest::Header> TelnyxProvider::signCallback(const QByteArray &body, const QByteArray &signingKey,
                                                        qint64 now) const
{
    const QByteArray timestamp = QByteArray::number(now);
    return {{"telnyx-timestamp", timestamp},
            {"telnyx-signature-ed25519", Signatures::signEd25519(timestamp + '|' + body, signingKey)}};
}

const SandboxRole *TelnyxProvider::sandboxRole() const
{
    static const TelnyxSandboxRole role;
    return &role;
}
