// SPDX-License-Identifier: GPL-3.0-or-later
// Exotel's callbacks: the classic DLR and ICM format, and the new documents' four other shapes.
#include "exotel.h"
#include "providers/meta/metacodes.h"

#include <QJsonArray>

namespace {

DeliveryStatus statusOfCode(int code)
{
    if (code == 30001)
        return DeliveryStatus::Sent;
    if (code == 30002 || code == 25001) // the classic example's 25001 means delivered too
        return DeliveryStatus::Delivered;
    if (code == 30003)
        return DeliveryStatus::Read;
    if (code >= 30004 && code <= 30041)
        return DeliveryStatus::Failed;
    return DeliveryStatus::Unknown;
}

DeliveryStatus statusOfWord(const QString &word)
{
    static const QHash<QString, DeliveryStatus> map = {
        {QStringLiteral("accepted"), DeliveryStatus::Accepted},
        {QStringLiteral("queued"), DeliveryStatus::Accepted},
        {QStringLiteral("sent"), DeliveryStatus::Sent},
        {QStringLiteral("delivered"), DeliveryStatus::Delivered},
        {QStringLiteral("read"), DeliveryStatus::Read},
        {QStringLiteral("seen"), DeliveryStatus::Read},
        {QStringLiteral("failed"), DeliveryStatus::Failed},
    };
    return map.value(word.toLower(), DeliveryStatus::Unknown);
}

QDateTime isoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

void applyErrors(const QJsonArray &errors, CallbackEvent &event)
{
    const QJsonObject error = errors.first().toObject();
    if (error.isEmpty())
        return;
    event.errorCode = QString::number(error.value(QStringLiteral("code")).toInteger());
    const QString known = MetaCodes::describe(event.errorCode);
    event.description = known.isEmpty() ? error.value(QStringLiteral("title")).toString() : known;
}

CallbackEvent inbound(const QString &id, const QString &from, const QJsonObject &content, const QJsonValue &time)
{
    CallbackEvent event;
    event.kind = CallbackEvent::Kind::Inbound;
    event.messageId = id;
    event.from = from;
    event.time = isoTime(time);
    event.inboundType = content.value(QStringLiteral("type")).toString();
    const QJsonObject body = content.value(event.inboundType).toObject();
    if (event.inboundType == u"interactive") {
        // It keeps its type, with what kind of reply it is: "interactive.button_reply".
        const QString reply = body.value(QStringLiteral("type")).toString();
        event.inboundType += u'.' + reply;
        event.inboundText = body.value(reply).toObject().value(QStringLiteral("title")).toString();
    } else {
        event.inboundText = body.value(QStringLiteral("body")).toString();
        if (event.inboundType == u"button") // a template's quick reply: {"payload", "text"}
            event.inboundText = body.value(QStringLiteral("text")).toString();
        if (event.inboundText.isEmpty())
            event.inboundText = body.value(QStringLiteral("caption")).toString();
        // Media as a MediaResponseObject: a link, with its type and file name.
        event.mediaUrl = body.value(QStringLiteral("url")).toString();
        event.mediaMimeType = body.value(QStringLiteral("mime_type")).toString();
        event.mediaFileName = body.value(QStringLiteral("filename")).toString();
    }
    return event;
}

} // namespace

bool ExotelProvider::recogniseCallback(const QJsonObject &body) const
{
    const QJsonObject first = body.value(QStringLiteral("whatsapp"))
                                  .toObject()
                                  .value(QStringLiteral("messages"))
                                  .toArray()
                                  .first()
                                  .toObject();
    if (first.contains(QStringLiteral("callback_type")))
        return true;
    const QString type = body.value(QStringLiteral("type")).toString();
    const QString event = body.value(QStringLiteral("event")).toString();
    if (type == u"message_status" || type == u"inbound_message" || event == u"message_status" ||
        event == u"incoming_message")
        return true;
    if (body.contains(QStringLiteral("sid")) && body.contains(QStringLiteral("exo_status_code")))
        return true;
    // A bare inbound message, as the classic receive page shows it.
    return body.contains(QStringLiteral("from")) && body.contains(QStringLiteral("type")) &&
           !body.contains(QStringLiteral("to"));
}

QList<CallbackEvent> ExotelProvider::parseCallback(const QJsonObject &body) const
{
    QList<CallbackEvent> events;
    const QJsonArray entries =
        body.value(QStringLiteral("whatsapp")).toObject().value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject message = entry.toObject();
        if (message.value(QStringLiteral("callback_type")).toString() == u"icm") {
            CallbackEvent event = inbound(
                message.value(QStringLiteral("sid")).toString(), message.value(QStringLiteral("from")).toString(),
                message.value(QStringLiteral("content")).toObject(), message.value(QStringLiteral("timestamp")));
            events.append(event);
            continue;
        }
        CallbackEvent event;
        event.messageId = message.value(QStringLiteral("sid")).toString();
        const int code = message.value(QStringLiteral("exo_status_code")).toInt();
        event.providerStatus = QString::number(code);
        event.status = statusOfCode(code);
        if (event.status == DeliveryStatus::Failed)
            event.errorCode = event.providerStatus;
        const QString known = ExotelCodes::describe(event.providerStatus);
        event.description = known.isEmpty() ? message.value(QStringLiteral("description")).toString() : known;
        event.time = isoTime(message.value(QStringLiteral("timestamp")));
        event.recipient = message.value(QStringLiteral("to")).toString();
        event.correlation = message.value(QStringLiteral("custom_data")).toString();
        events.append(event);
    }
    if (!events.isEmpty())
        return events;

    const QString type = body.value(QStringLiteral("type")).toString();
    const QString kind = body.value(QStringLiteral("event")).toString();
    if (type == u"message_status" || kind == u"message_status" || body.contains(QStringLiteral("exo_status_code"))) {
        const QJsonObject data = type == u"message_status"   ? body.value(QStringLiteral("data")).toObject()
                                 : kind == u"message_status" ? body.value(QStringLiteral("message")).toObject()
                                                             : body;
        CallbackEvent event;
        event.messageId =
            data.value(QStringLiteral("message_sid"))
                .toString(data.value(QStringLiteral("id")).toString(data.value(QStringLiteral("sid")).toString()));
        event.providerStatus = data.value(QStringLiteral("status")).toString();
        event.status = statusOfWord(event.providerStatus);
        if (data.contains(QStringLiteral("exo_status_code"))) {
            const int code = data.value(QStringLiteral("exo_status_code")).toInt();
            event.providerStatus = QString::number(code);
            if (statusOfCode(code) != DeliveryStatus::Unknown)
                event.status = statusOfCode(code);
            event.description = ExotelCodes::describe(event.providerStatus);
        }
        event.time = isoTime(data.value(QStringLiteral("timestamp")));
        event.recipient = data.value(QStringLiteral("to")).toString(data.value(QStringLiteral("recipient")).toString());
        applyErrors(data.value(QStringLiteral("errors")).toArray(), event);
        events.append(event);
    } else if (type == u"inbound_message") {
        const QJsonObject data = body.value(QStringLiteral("data")).toObject();
        events.append(
            inbound(data.value(QStringLiteral("message_sid")).toString(), data.value(QStringLiteral("from")).toString(),
                    data.value(QStringLiteral("message")).toObject(), body.value(QStringLiteral("timestamp"))));
    } else if (kind == u"incoming_message") {
        const QJsonObject message = body.value(QStringLiteral("message")).toObject();
        events.append(inbound(message.value(QStringLiteral("id")).toString(),
                              message.value(QStringLiteral("from")).toString(), message,
                              message.value(QStringLiteral("timestamp"))));
    } else if (body.contains(QStringLiteral("from"))) {
        events.append(inbound(body.value(QStringLiteral("id")).toString(),
                              body.value(QStringLiteral("from")).toString(), body,
                              body.value(QStringLiteral("timestamp"))));
    }
    return events;
}

QStringList ExotelProvider::failureCodes() const
{
    QStringList codes = ExotelCodes::codes();
    codes.removeIf([](const QString &code) { return code.toInt() < 30004; }); // sent, delivered, seen
    return codes;
}
