// SPDX-License-Identifier: GPL-3.0-or-later
#include "exotel.h"
#include "exotelsandbox.h"

#include "message/jsonpointer.h"
#include "message/text.h"
#include "providers/meta/metacodes.h"

#include "message/kinds.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// This file's messages, in the catalogue's "Exotel" context (lupdate reads the macro).
struct ExotelText
{
    Q_DECLARE_TR_FUNCTIONS(Exotel)
};

using JsonPointer::append;

const QString ChannelExtras = QStringLiteral("exotel.whatsapp");
const QString MessageExtras = QStringLiteral("exotel.message");

QJsonObject envelopePart(const QJsonObject &options, const QString &key)
{
    return options.value(QStringLiteral("envelope")).toObject().value(key).toObject();
}

void setEnvelopePart(QJsonObject &options, const QString &key, const QJsonObject &value)
{
    if (value.isEmpty())
        return;
    QJsonObject envelope = options.value(QStringLiteral("envelope")).toObject();
    envelope.insert(key, value);
    options.insert(QStringLiteral("envelope"), envelope);
}

QJsonObject without(const QJsonObject &object, const QStringList &keys)
{
    QJsonObject out = object;
    for (const QString &key : keys)
        out.remove(key);
    return out;
}

} // namespace

QJsonObject ExotelProvider::body(const Draft &draft, const QStringList &recipients) const
{
    const QJsonObject messageExtras = envelopePart(draft.options, MessageExtras);
    QJsonArray messages;
    for (const QString &to : recipients) {
        QJsonObject message = messageExtras;
        message.insert(QStringLiteral("from"), draft.sender);
        message.insert(QStringLiteral("to"), to);
        message.insert(QStringLiteral("content"), withType(draft.message));
        messages.append(message);
    }
    QJsonObject whatsapp = envelopePart(draft.options, ChannelExtras);
    whatsapp.insert(QStringLiteral("messages"), messages);

    QJsonObject out = envelopeExtras(draft);
    for (const QString &key : {QStringLiteral("custom_data"), QStringLiteral("status_callback")}) {
        if (draft.options.contains(key))
            out.insert(key, draft.options.value(key));
    }
    out.insert(QStringLiteral("whatsapp"), whatsapp);
    return out;
}

QString ExotelProvider::baseUrl(const Account &account)
{
    const QString region = account.setting(QStringLiteral("region"), QStringLiteral("singapore"));
    const QString host =
        region == u"mumbai" ? QStringLiteral("https://api.in.exotel.com") : QStringLiteral("https://api.exotel.com");
    return account.setting(QStringLiteral("base_url"), host);
}

HttpRequest ExotelProvider::request(const Account &account, const Draft &draft, const QStringList &recipients) const
{
    const QString sid = account.setting(QStringLiteral("sid"), QStringLiteral("ACCOUNT_SID"));
    HttpRequest out =
        jsonRequest(QUrl(baseUrl(account) + QStringLiteral("/v2/accounts/") + sid + QStringLiteral("/messages")),
                    body(withCallback(draft, account, QStringLiteral("status_callback")), recipients), recipients);
    out.auth = HttpRequest::Auth::Basic;
    out.user = {QStringLiteral("EXOTEL_API_KEY"), account.secret(QStringLiteral("api_key"))};
    out.secret = {QStringLiteral("EXOTEL_API_TOKEN"), account.secret(QStringLiteral("api_token"))};
    return out;
}

int ExotelProvider::recogniseRequest(const QJsonObject &body) const
{
    if (body.value(QStringLiteral("whatsapp")).toObject().contains(QStringLiteral("messages")))
        return 3;
    if (body.contains(QStringLiteral("from")) && body.contains(QStringLiteral("to")) &&
        (body.contains(QStringLiteral("content")) || body.contains(QStringLiteral("Content"))))
        return 3;
    return 0;
}

ImportResult ExotelProvider::importRequest(const QJsonObject &body) const
{
    ImportResult result;
    result.provider = id();
    QJsonObject options;
    for (const QString &key : {QStringLiteral("custom_data"), QStringLiteral("status_callback")}) {
        if (body.contains(key))
            options.insert(key, body.value(key));
    }

    // The new docs' flat body {from, to, content} is one message at the top level.
    const bool flat = !body.contains(QStringLiteral("whatsapp"));
    QJsonArray messages;
    QString listPointer;
    if (flat) {
        messages = {without(body, {QStringLiteral("custom_data"), QStringLiteral("status_callback")})};
    } else {
        keepEnvelopeExtras(
            body, {QStringLiteral("custom_data"), QStringLiteral("status_callback"), QStringLiteral("whatsapp")},
            options);
        const QJsonObject whatsapp = body.value(QStringLiteral("whatsapp")).toObject();
        setEnvelopePart(options, ChannelExtras, without(whatsapp, {QStringLiteral("messages")}));
        listPointer = QStringLiteral("/whatsapp/messages");
        const QJsonValue list = whatsapp.value(QStringLiteral("messages"));
        if (!list.isArray() || list.toArray().isEmpty()) {
            result.issues.append(Issue::error(list.isUndefined() ? QStringLiteral("/whatsapp") : listPointer,
                                              ExotelText::tr("The request has no messages (whatsapp.messages)")));
        }
        messages = list.toArray();
        if (messages.size() > 100) {
            result.issues.append(
                Issue::error(listPointer, ExotelText::tr("The request has %1 messages; Exotel takes at most 100 per "
                                                         "request")
                                              .arg(messages.size())));
        }
    }

    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject entry = messages.at(i).toObject();
        const QString pointer = flat ? QString() : append(listPointer, i);
        const QString where = flat ? ExotelText::tr("The message") : ExotelText::tr("Message %1").arg(i + 1);
        ImportedMessage unit;
        unit.options = options;
        QString contentKey = QStringLiteral("content");
        if (!entry.contains(contentKey) && entry.contains(QStringLiteral("Content"))) {
            contentKey = QStringLiteral("Content");
            result.issues.append(
                Issue::warning(append(pointer, contentKey),
                               ExotelText::tr("%1 writes \"Content\"; Exotel's field is \"content\"").arg(where)));
        }
        if (!entry.value(contentKey).isObject())
            result.issues.append(Issue::error(pointer, ExotelText::tr("%1 has no content").arg(where)));
        if (!entry.value(QStringLiteral("to")).isString())
            result.issues.append(
                Issue::error(pointer, ExotelText::tr("%1 has no recipient (\"to\"); it is mandatory").arg(where)));
        if (!entry.value(QStringLiteral("from")).isString())
            result.issues.append(
                Issue::error(pointer, ExotelText::tr("%1 has no sender (\"from\"); it is mandatory").arg(where)));

        unit.message = entry.value(contentKey).toObject();
        unit.messagePointer = append(pointer, contentKey);
        if (unit.message.contains(QStringLiteral("recepient_type"))) {
            result.issues.append(
                Issue::warning(append(unit.messagePointer, QStringLiteral("recepient_type")),
                               ExotelText::tr("\"recepient_type\" is the Exotel table's misspelling of "
                                              "\"recipient_type\"")));
            unit.message.insert(QStringLiteral("recipient_type"), unit.message.take(QStringLiteral("recepient_type")));
        }
        unit.sender = entry.value(QStringLiteral("from")).toString();
        unit.senderPointer = append(pointer, QStringLiteral("from"));
        if (entry.contains(QStringLiteral("to")))
            unit.recipients = {entry.value(QStringLiteral("to")).toString()};
        unit.recipientPointer = append(pointer, QStringLiteral("to"));
        if (flat) {
            for (const QString &key : {QStringLiteral("custom_data"), QStringLiteral("status_callback")}) {
                if (body.contains(key))
                    unit.options.insert(key, body.value(key));
            }
        } else {
            setEnvelopePart(unit.options, MessageExtras,
                            without(entry, {QStringLiteral("from"), QStringLiteral("to"), contentKey}));
        }
        result.messages.append(unit);
    }
    return result;
}

bool ExotelProvider::recogniseResponse(const QJsonObject &body) const
{
    return body.contains(QStringLiteral("request_id")) || body.contains(QStringLiteral("http_code"));
}

QList<MessageResult> ExotelProvider::parseResponse(int httpStatus, const QJsonObject &body,
                                                   const QStringList &recipients) const
{
    QList<MessageResult> results;
    const QJsonArray messages = body.value(QStringLiteral("response"))
                                    .toObject()
                                    .value(QStringLiteral("whatsapp"))
                                    .toObject()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    const qsizetype count = qMax(messages.size(), recipients.size());
    const QJsonObject topError =
        body.value(QStringLiteral("response")).toObject().value(QStringLiteral("error_data")).toObject();
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject message = messages.at(i).toObject();
        MessageResult result;
        result.recipient = recipients.value(i);
        if (message.value(QStringLiteral("status")).toString() == u"success") {
            result.status = DeliveryStatus::Accepted;
            result.messageId = message.value(QStringLiteral("data")).toObject().value(QStringLiteral("sid")).toString();
        } else if (!message.isEmpty() || httpStatus >= 400) {
            result.status = DeliveryStatus::Rejected;
            const QJsonObject error =
                message.isEmpty() ? topError : message.value(QStringLiteral("error_data")).toObject();
            result.errorCode = error.contains(QStringLiteral("code"))
                                   ? QString::number(error.value(QStringLiteral("code")).toInteger())
                                   : QString::number(message.value(QStringLiteral("code")).toInt(httpStatus));
            result.errorText =
                error.value(QStringLiteral("description")).toString(error.value(QStringLiteral("message")).toString());
        }
        results.append(result);
    }
    return results;
}

QString ExotelProvider::describeCode(const QString &code) const
{
    return ExotelCodes::describe(code);
}

void ExotelProvider::checkMessage(const QJsonObject &message, Issues &issues) const
{
    Provider::checkMessage(message, issues); // the kinds it does not offer
    const QString type = Kinds::typeOf(message);
    const auto linkOnly = [&](const QJsonObject &media, const QString &pointer) {
        if (media.contains(QStringLiteral("id")) && !media.contains(QStringLiteral("link"))) {
            issues.append(
                Issue::error(pointer, ExotelText::tr("Exotel takes media by link only; an uploaded media id is not "
                                                     "documented")));
        }
    };
    static const QStringList media = {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
                                      QStringLiteral("document"), QStringLiteral("sticker")};
    if (media.contains(type))
        linkOnly(message.value(type).toObject(), u'/' + type);

    if (type == u"contacts") {
        const QJsonArray contacts = message.value(QStringLiteral("contacts")).toArray();
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const QJsonObject name = contacts.at(i).toObject().value(QStringLiteral("name")).toObject();
            if (name.contains(QStringLiteral("formatted_name")) && name.size() == 1) {
                issues.append(Issue::error(
                    append(append(QStringLiteral("/contacts"), i), QStringLiteral("name")),
                    ExotelText::tr("Exotel needs at least one more name field (first name, last name, ...) "
                                   "besides the full name")));
            }
        }
    }
    if (type == u"reaction")
        issues.append(
            Issue::warning(QStringLiteral("/type"), ExotelText::tr("Only Exotel's newer documents mention reactions")));

    const QJsonObject interactive = message.value(QStringLiteral("interactive")).toObject();
    const QString subtype = interactive.value(QStringLiteral("type")).toString();
    if (type == u"interactive") {
        const QJsonObject header = interactive.value(QStringLiteral("header")).toObject();
        const QString headerType = header.value(QStringLiteral("type")).toString();
        if (media.contains(headerType))
            linkOnly(header.value(headerType).toObject(), append(QStringLiteral("/interactive/header"), headerType));
        const QString body =
            interactive.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString();
        if (Text::characterCount(body) > 1024) {
            issues.append(Issue::error(
                QStringLiteral("/interactive/body/text"),
                ExotelText::tr("Body text is %1 characters; Exotel's limit is 1024").arg(Text::characterCount(body))));
        }
        static const QStringList undocumented = {QStringLiteral("location_request_message"),
                                                 QStringLiteral("catalog_message"), QStringLiteral("carousel"),
                                                 QStringLiteral("address_message")};
        if (undocumented.contains(subtype)) {
            issues.append(
                Issue::warning(QStringLiteral("/interactive/type"),
                               ExotelText::tr("Exotel documents no %1 messages; it may reject this one").arg(subtype)));
        }
        const QString cta = interactive.value(QStringLiteral("action"))
                                .toObject()
                                .value(QStringLiteral("parameters"))
                                .toObject()
                                .value(QStringLiteral("flow_cta"))
                                .toString();
        // Exotel states a stricter limit than Meta (20, where Meta advises 30): through Exotel, Exotel's applies.
        if (subtype == u"flow" && Text::characterCount(cta) > 20) {
            issues.append(Issue::error(QStringLiteral("/interactive/action/parameters/flow_cta"),
                                       ExotelText::tr("Button text is %1 characters; Exotel's documents cap it at 20")
                                           .arg(Text::characterCount(cta))));
        }
    }
    if (type == u"template") {
        qsizetype buttons = 0;
        const QJsonArray components =
            message.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray();
        for (const QJsonValue &component : components)
            buttons += component.toObject().value(QStringLiteral("type")).toString() == u"button";
        if (buttons > 3) { // Exotel's template structure: buttons "max 3" (Meta takes 10)
            issues.append(Issue::error(
                QStringLiteral("/template/components"),
                ExotelText::tr("The template has %1 buttons; Exotel's documents say at most 3").arg(buttons)));
        }
    }
}

void ExotelProvider::checkDraft(const Draft &draft, Issues &issues) const
{
    if (draft.sender.isEmpty())
        issues.append(Issue::error(QStringLiteral("/sender"),
                                   ExotelText::tr("Exotel needs the sender's WhatsApp number (\"from\")")));
}

QList<AccountField> ExotelProvider::accountFields() const
{
    return {{QStringLiteral("region"),
             QCoreApplication::translate("AccountStore", "Region"),
             false,
             {QStringLiteral("singapore"), QStringLiteral("mumbai")},
             QStringLiteral("singapore")},
            {QStringLiteral("sid"), QCoreApplication::translate("AccountStore", "Account SID"), false, {}, {}},
            {QStringLiteral("api_key"), QCoreApplication::translate("AccountStore", "API key"), true, {}, {}},
            {QStringLiteral("api_token"), QCoreApplication::translate("AccountStore", "API token"), true, {}, {}},
            {QStringLiteral("business_account_id"),
             QCoreApplication::translate("AccountStore", "WhatsApp Business Account id (for templates)"),
             false,
             {},
             {}},
            baseUrlField()};
}

const SandboxRole *ExotelProvider::sandboxRole() const
{
    static const ExotelSandboxRole role;
    return &role;
}
