// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's webhooks read into events: statuses and the messages customers send (Meta, "Webhooks" reference:
// the messages field), with the customer as each names them.
#include "metacloud.h"

#include "media/mediafiles.h"
#include "providers/meta/metacodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace {

// This file's messages, in the catalogue's "MetaCloud" context (lupdate reads the macro).
struct MetaCloudText
{
    Q_DECLARE_TR_FUNCTIONS(MetaCloud)
};

DeliveryStatus statusOf(const QString &word)
{
    static const QHash<QString, DeliveryStatus> map = {
        {QStringLiteral("accepted"), DeliveryStatus::Accepted},   {QStringLiteral("sent"), DeliveryStatus::Sent},
        {QStringLiteral("delivered"), DeliveryStatus::Delivered}, {QStringLiteral("read"), DeliveryStatus::Read},
        {QStringLiteral("played"), DeliveryStatus::Played},       {QStringLiteral("failed"), DeliveryStatus::Failed},
    };
    return map.value(word.toLower(), DeliveryStatus::Unknown);
}

QString inboundText(const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    const QJsonObject content = message.value(type).toObject();
    if (type == u"text")
        return content.value(QStringLiteral("body")).toString();
    if (type == u"interactive") {
        const QString subtype = content.value(QStringLiteral("type")).toString();
        const QJsonObject reply = content.value(subtype).toObject();
        // The answer to a call permission request: accept or reject, and whether for good.
        if (subtype == u"call_permission_reply") {
            const QString response = reply.value(QStringLiteral("response")).toString();
            const qint64 expires = qint64(reply.value(QStringLiteral("expiration_timestamp")).toDouble());
            if (reply.value(QStringLiteral("is_permanent")).toBool())
                return response + QStringLiteral(", permanently");
            if (expires > 0)
                return response + QStringLiteral(" until ") +
                       QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate);
            return response;
        }
        // A form's answer (nfm_reply: an address, a flow): the summary the customer's phone showed them, its
        // lines joined, or else which form it answers.
        if (subtype == u"nfm_reply") {
            QStringList lines = reply.value(QStringLiteral("body")).toString().split(u'\n', Qt::SkipEmptyParts);
            for (QString &line : lines)
                line = line.trimmed();
            return lines.isEmpty() ? reply.value(QStringLiteral("name")).toString() : lines.join(QStringLiteral(", "));
        }
        return reply.value(QStringLiteral("title")).toString();
    }
    if (type == u"button")
        return content.value(QStringLiteral("text")).toString();
    if (type == u"reaction")
        return content.value(QStringLiteral("emoji")).toString();
    return content.value(QStringLiteral("caption")).toString();
}

} // namespace

namespace MetaWebhook {

QDateTime timeOf(const QJsonValue &timestamp)
{
    bool ok = timestamp.isDouble();
    const qint64 seconds = ok ? qint64(timestamp.toDouble()) : timestamp.toString().toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
}

QList<CallbackEvent> parseValue(const QJsonObject &value)
{
    QList<CallbackEvent> events;
    // The customer as the contact beside a status or a message names them (Meta, Business-scoped user IDs):
    // wa_id, their number, empty when they keep it to themselves; user_id; profile.username.
    const QJsonObject contact = value.value(QStringLiteral("contacts")).toArray().first().toObject();
    const QString contactNumber = contact.value(QStringLiteral("wa_id")).toString();
    const QString contactUserId = contact.value(QStringLiteral("user_id")).toString();
    const QString username =
        contact.value(QStringLiteral("profile")).toObject().value(QStringLiteral("username")).toString();
    const auto firstOf = [](std::initializer_list<QString> candidates) {
        for (const QString &candidate : candidates) {
            if (!candidate.isEmpty())
                return candidate;
        }
        return QString();
    };
    const QJsonArray statuses = value.value(QStringLiteral("statuses")).toArray();
    for (const QJsonValue &entry : statuses) {
        const QJsonObject status = entry.toObject();
        // A call's progress (Business Calling: statuses of type "call" under the calls field) is not a
        // message's: it is said with the account's other webhooks.
        if (status.value(QStringLiteral("type")).toString() == u"call")
            continue;
        CallbackEvent event;
        event.messageId = status.value(QStringLiteral("id")).toString();
        event.providerStatus = status.value(QStringLiteral("status")).toString();
        event.status = statusOf(event.providerStatus);
        event.time = timeOf(status.value(QStringLiteral("timestamp")));
        // The recipient by number and by business-scoped user id: recipient_id is the number, empty for a
        // message sent to the id of a customer who keeps their number to themselves; recipient_user_id the id
        // a message was sent to; the contact has both where Meta gives them.
        // (The contact is the recipient's only where the webhook carries one status, as Meta's do.)
        const bool single = statuses.size() == 1;
        event.recipientUserId =
            firstOf({status.value(QStringLiteral("recipient_user_id")).toString(), single ? contactUserId : QString()});
        event.recipient = firstOf({status.value(QStringLiteral("recipient_id")).toString(),
                                   single ? contactNumber : QString(), event.recipientUserId});
        event.username = single ? username : QString();
        event.correlation = status.value(QStringLiteral("biz_opaque_callback_data")).toString();
        const QJsonObject error = status.value(QStringLiteral("errors")).toArray().first().toObject();
        if (!error.isEmpty()) {
            event.errorCode = QString::number(error.value(QStringLiteral("code")).toInteger());
            const QString known = MetaCodes::describe(event.errorCode);
            event.description = known.isEmpty() ? error.value(QStringLiteral("title")).toString() : known;
        }
        if (status.value(QStringLiteral("type")).toString() == u"payment") {
            const QJsonObject transaction =
                status.value(QStringLiteral("payment")).toObject().value(QStringLiteral("transaction")).toObject();
            event.description = MetaCloudText::tr("Payment %1 (reference %2)")
                                    .arg(transaction.value(QStringLiteral("status")).toString(),
                                         status.value(QStringLiteral("payment"))
                                             .toObject()
                                             .value(QStringLiteral("reference_id"))
                                             .toString());
        }
        events.append(event);
    }
    const QJsonArray messages = value.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &entry : messages) {
        const QJsonObject message = entry.toObject();
        CallbackEvent event;
        event.kind = CallbackEvent::Kind::Inbound;
        event.messageId = message.value(QStringLiteral("id")).toString();
        event.from = message.value(QStringLiteral("from")).toString();
        // The customer's business-scoped user id (the message's from_user_id, the contact's user_id); a
        // customer who keeps their number to themselves is known by it alone (`from` empty or left out).
        event.fromUserId = firstOf({message.value(QStringLiteral("from_user_id")).toString(), contactUserId});
        event.from = firstOf({event.from, contactNumber, event.fromUserId});
        event.username = username;
        event.time = timeOf(message.value(QStringLiteral("timestamp")));
        event.inboundType = message.value(QStringLiteral("type")).toString();
        // An interactive reply keeps its type, with what kind of reply it is: "interactive.button_reply".
        if (event.inboundType == u"interactive")
            event.inboundType +=
                u'.' + message.value(QStringLiteral("interactive")).toObject().value(QStringLiteral("type")).toString();
        event.inboundText = inboundText(message);
        event.correlation = message.value(QStringLiteral("context")).toObject().value(QStringLiteral("id")).toString();
        // Media comes as an id to fetch: {"image": {"id", "mime_type", "sha256", "caption"}}, a document
        // with its "filename".
        const QJsonObject media = message.value(event.inboundType).toObject();
        if (MediaFiles::limitsFor(event.inboundType) && media.contains(QStringLiteral("id"))) {
            event.mediaId = media.value(QStringLiteral("id")).toString();
            event.mediaMimeType = media.value(QStringLiteral("mime_type")).toString();
            event.mediaFileName = media.value(QStringLiteral("filename")).toString();
        }
        event.business =
            value.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("display_phone_number")).toString();
        events.append(event);
    }
    return events;
}

QJsonObject messageOf(const QJsonObject &body, const QStringList &envelopeKeys)
{
    QJsonObject message = body;
    for (const QString &key : envelopeKeys)
        message.remove(key);
    return message;
}

} // namespace MetaWebhook
