// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaleyra.h"
#include "kaleyrasandbox.h"

#include "message/jsonpointer.h"
#include "message/text.h"
#include "providers/meta/metacloud.h"
#include "providers/meta/metacodes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// This file's messages, in the catalogue's "Kaleyra" context (lupdate reads the macro).
struct KaleyraText
{
    Q_DECLARE_TR_FUNCTIONS(Kaleyra)
};

QString podHost(const QString &pod)
{
    static const QHash<QString, QString> hosts = {
        {QStringLiteral("in"), QStringLiteral("https://api.in.kaleyra.io")},
        {QStringLiteral("sg"), QStringLiteral("https://api.ap.kaleyra.io")},
        {QStringLiteral("eu"), QStringLiteral("https://api.eu.kaleyra.io")},
        {QStringLiteral("na"), QStringLiteral("https://api.na.kaleyra.ai")},
    };
    return hosts.value(pod, hosts.value(QStringLiteral("in")));
}

DeliveryStatus statusOf(const QString &word)
{
    static const QHash<QString, DeliveryStatus> map = {
        {QStringLiteral("SENT"), DeliveryStatus::Sent},       {QStringLiteral("DELIVERED"), DeliveryStatus::Delivered},
        {QStringLiteral("READ"), DeliveryStatus::Read},       {QStringLiteral("FAILED"), DeliveryStatus::Failed},
        {QStringLiteral("NOT-SENT"), DeliveryStatus::Failed},
    };
    return map.value(word.toUpper(), DeliveryStatus::Unknown);
}

} // namespace

QString KaleyraProvider::baseUrl(const Account &account)
{
    return account.setting(QStringLiteral("base_url"), podHost(account.setting(QStringLiteral("pod"))));
}

QJsonObject KaleyraProvider::body(const Draft &draft, const QStringList &recipients) const
{
    QJsonObject messaging = draft.message;
    messaging.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    messaging.insert(QStringLiteral("to"), recipients.join(u','));
    QJsonObject out = envelopeExtras(draft);
    out.insert(QStringLiteral("messaging_object"), messaging);
    if (draft.options.contains(QStringLiteral("extra_info")))
        out.insert(QStringLiteral("extra_info"), draft.options.value(QStringLiteral("extra_info")));
    return out;
}

HttpRequest KaleyraProvider::request(const Account &account, const Draft &draft, const QStringList &recipients) const
{
    const QString base = baseUrl(account);
    const QString sid = account.setting(QStringLiteral("sid"), QStringLiteral("SID"));
    const QString business = draft.sender.isEmpty() ? QStringLiteral("BUSINESS_NUMBER") : draft.sender;
    HttpRequest out =
        jsonRequest(QUrl(base + QStringLiteral("/v2/") + sid + QStringLiteral("/whatsapp/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(business)) + QStringLiteral("/messages")),
                    body(draft, recipients), recipients);
    out.auth = HttpRequest::Auth::Header;
    out.authHeaderName = "api-key";
    out.secret = {QStringLiteral("KALEYRA_API_KEY"), account.secret(QStringLiteral("api_key"))};
    return out;
}

std::optional<Provider::MediaUpload> KaleyraProvider::mediaUpload(const Account &account, const QString &sender,
                                                                  const QString &mimeType) const
{
    const QString base = baseUrl(account);
    const QString sid = account.setting(QStringLiteral("sid"), QStringLiteral("SID"));
    const QString business = sender.isEmpty() ? QStringLiteral("BUSINESS_NUMBER") : sender;
    MediaUpload out;
    out.request.url = QUrl(base + QStringLiteral("/v2/") + sid + QStringLiteral("/whatsapp/") +
                           QString::fromLatin1(QUrl::toPercentEncoding(business)) + QStringLiteral("/media"));
    out.request.auth = HttpRequest::Auth::Header;
    out.request.authHeaderName = "api-key";
    out.request.secret = {QStringLiteral("KALEYRA_API_KEY"), account.secret(QStringLiteral("api_key"))};
    out.fields = {{"type", mimeType.toUtf8()}};
    return out;
}

QString KaleyraProvider::uploadedMediaId(const QJsonObject &answer) const
{
    // The page shows no answer: Meta's {"id"} passed through, or a media_id of its own, at the top or in data.
    for (const QJsonObject &object : {answer, answer.value(QStringLiteral("data")).toObject()}) {
        for (const QString &key : {QStringLiteral("id"), QStringLiteral("media_id")}) {
            const QJsonValue value = object.value(key);
            if (value.isString() && !value.toString().isEmpty())
                return value.toString();
        }
    }
    return {};
}

int KaleyraProvider::recogniseRequest(const QJsonObject &body) const
{
    return body.contains(QStringLiteral("messaging_object")) ? 3 : 0;
}

ImportResult KaleyraProvider::importRequest(const QJsonObject &body) const
{
    ImportResult result;
    result.provider = id();
    ImportedMessage unit;
    const QJsonValue messaging = body.value(QStringLiteral("messaging_object"));
    if (!messaging.isObject())
        result.issues.append(
            Issue::error(QStringLiteral("/messaging_object"), KaleyraText::tr("messaging_object must be an object")));
    const QJsonObject object = messaging.toObject();
    const QJsonValue product = object.value(QStringLiteral("messaging_product"));
    if (product.isUndefined()) {
        result.issues.append(Issue::error(QStringLiteral("/messaging_object"),
                                          KaleyraText::tr("messaging_product is required; it must be \"whatsapp\"")));
    } else if (product != QJsonValue(QStringLiteral("whatsapp"))) {
        result.issues.append(Issue::error(
            QStringLiteral("/messaging_object/messaging_product"),
            KaleyraText::tr("messaging_product is %1; Kaleyra takes only \"whatsapp\"")
                .arg(product.isString() ? u'"' + product.toString() + u'"' : KaleyraText::tr("not text"))));
    }
    unit.message = MetaWebhook::messageOf(object, {QStringLiteral("messaging_product"), QStringLiteral("to")});
    // Without "type" the message is text, as Kaleyra (and Meta) read it: kept as it came (Kinds::typeOf).
    unit.messagePointer = QStringLiteral("/messaging_object");
    unit.recipientPointer = QStringLiteral("/messaging_object/to");
    const QJsonValue to = object.value(QStringLiteral("to"));
    if (!to.isString() || to.toString().trimmed().isEmpty()) {
        result.issues.append(
            Issue::error(QStringLiteral("/messaging_object"), KaleyraText::tr("The recipient (\"to\") is required")));
    } else {
        for (const QString &number : to.toString().split(u',', Qt::SkipEmptyParts))
            unit.recipients.append(number.trimmed());
    }
    if (body.contains(QStringLiteral("extra_info"))) {
        unit.options.insert(QStringLiteral("extra_info"), body.value(QStringLiteral("extra_info")));
        checkExtraInfo(body.value(QStringLiteral("extra_info")).toObject(), QStringLiteral("/extra_info"),
                       result.issues);
    }
    keepEnvelopeExtras(body, {QStringLiteral("messaging_object"), QStringLiteral("extra_info")}, unit.options);
    result.messages.append(unit);
    return result;
}

bool KaleyraProvider::recogniseResponse(const QJsonObject &body) const
{
    const QString code = body.value(QStringLiteral("code")).toString();
    return !code.isEmpty() && body.contains(QStringLiteral("message")) &&
           (code.startsWith(u"WA") || code.startsWith(u"RBC") || code.startsWith(u'E'));
}

QList<MessageResult> KaleyraProvider::parseResponse(int httpStatus, const QJsonObject &body,
                                                    const QStringList &recipients) const
{
    MessageResult result;
    result.recipient = recipients.join(u',');
    const QString code = body.value(QStringLiteral("code")).toString();
    if (code == u"WA202" || (httpStatus / 100 == 2 && code.isEmpty())) {
        result.status = DeliveryStatus::Accepted;
        result.messageId = body.value(QStringLiteral("data")).toObject().value(QStringLiteral("message_id")).toString();
    } else {
        result.status = DeliveryStatus::Rejected;
        result.errorCode = code;
        QStringList details;
        const QJsonObject error = body.value(QStringLiteral("error")).toObject();
        for (auto it = error.constBegin(); it != error.constEnd(); ++it)
            details.append(it.key() + QStringLiteral(": ") + it.value().toString());
        result.errorText = body.value(QStringLiteral("message")).toString();
        if (!details.isEmpty())
            result.errorText += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + u')';
    }
    return {result};
}

bool KaleyraProvider::recogniseCallback(const QJsonObject &body) const
{
    return body.contains(QStringLiteral("meta_object"));
}

QList<CallbackEvent> KaleyraProvider::parseCallback(const QJsonObject &body) const
{
    QList<CallbackEvent> events = MetaWebhook::parseValue(
        body.value(QStringLiteral("meta_object")).toObject().value(QStringLiteral("value")).toObject());
    const QJsonObject extra = body.value(QStringLiteral("extra_info")).toObject();
    const QString status = body.value(QStringLiteral("status")).toString();
    for (CallbackEvent &event : events) {
        if (event.kind == CallbackEvent::Kind::Status && !status.isEmpty()) {
            event.providerStatus = status;
            event.status = statusOf(status);
        }
        if (event.correlation.isEmpty())
            event.correlation = extra.value(QStringLiteral("ref")).toString();
        // A customer's media: the link Kaleyra gives to fetch it, beside Meta's id (which needs Meta's token).
        if (event.kind == CallbackEvent::Kind::Inbound && event.mediaUrl.isEmpty() && !event.mediaId.isEmpty())
            event.mediaUrl = extra.value(QStringLiteral("media_url")).toString();
    }
    if (events.isEmpty() && !status.isEmpty()) {
        CallbackEvent event;
        event.messageId = body.value(QStringLiteral("message_id")).toString();
        event.providerStatus = status;
        event.status = statusOf(status);
        event.correlation = extra.value(QStringLiteral("ref")).toString();
        events.append(event);
    }
    return events;
}

QString KaleyraProvider::describeCode(const QString &code) const
{
    return KaleyraCodes::describe(code);
}

void KaleyraProvider::checkDraft(const Draft &draft, Issues &issues) const
{
    if (draft.sender.isEmpty())
        issues.append(Issue::error(QStringLiteral("/sender"),
                                   KaleyraText::tr("Kaleyra needs the business number; it goes in the URL")));
    checkExtraInfo(draft.options.value(QStringLiteral("extra_info")).toObject(), QStringLiteral("/options/extra_info"),
                   issues);
}

void KaleyraProvider::checkExtraInfo(const QJsonObject &extraInfo, const QString &pointer, Issues &issues)
{
    for (const QString &key : {QStringLiteral("ref"), QStringLiteral("ref1"), QStringLiteral("ref2")}) {
        const qsizetype length = Text::characterCount(extraInfo.value(key).toString());
        if (length > 255) {
            issues.append(Issue::warning(
                JsonPointer::append(pointer, key),
                KaleyraText::tr("%1 is %2 characters; Kaleyra truncates it to 255").arg(key).arg(length)));
        }
    }
    static const QStringList sources = {
        QStringLiteral("api"),        QStringLiteral("clevertap"), QStringLiteral("zoho"),
        QStringLiteral("webengage"),  QStringLiteral("shopify"),   QStringLiteral("leadsquared"),
        QStringLiteral("responsys"),  QStringLiteral("braze"),     QStringLiteral("hubspot"),
        QStringLiteral("salesforce"), QStringLiteral("zapier"),    QStringLiteral("eloqua"),
        QStringLiteral("moengage")};
    const QString source = extraInfo.value(QStringLiteral("wa_source")).toString();
    if (!source.isEmpty() && !sources.contains(source)) {
        issues.append(Issue::warning(
            JsonPointer::append(pointer, QStringLiteral("wa_source")),
            KaleyraText::tr("wa_source \"%1\" is not one of Kaleyra's; it will be recorded as \"api\"").arg(source)));
    }
}

QList<AccountField> KaleyraProvider::accountFields() const
{
    return {{QStringLiteral("pod"),
             QCoreApplication::translate("AccountStore", "Pod"),
             false,
             {QStringLiteral("in"), QStringLiteral("sg"), QStringLiteral("eu"), QStringLiteral("na")},
             QStringLiteral("in")},
            {QStringLiteral("sid"), QCoreApplication::translate("AccountStore", "SID"), false, {}, {}},
            {QStringLiteral("api_key"), QCoreApplication::translate("AccountStore", "API key"), true, {}, {}},
            {QStringLiteral("business_account_id"),
             QCoreApplication::translate("AccountStore", "WhatsApp Business Account id (for templates)"),
             false,
             {},
             {}},
            baseUrlField()};
}

QString KaleyraProvider::senderLabel() const
{
    return QCoreApplication::translate("AccountsDialog", "Business number");
}

const SandboxRole *KaleyraProvider::sandboxRole() const
{
    static const KaleyraSandboxRole role;
    return &role;
}
