// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The one status vocabulary every provider's words are mapped to (providers.md §6).
enum class DeliveryStatus
{
    Sending, // on record, the request on its way (the history's own state)
    Accepted,
    Sent,
    Delivered,
    Read,
    Played,
    Failed,
    Rejected,
    Unknown
};

namespace Delivery {
QString name(DeliveryStatus status); // "delivered"
// The status a name stands for (Unknown for a name that is none).
DeliveryStatus fromName(const QString &name);
// Later states win; failed is final. Used so that a state never moves backwards.
int rank(DeliveryStatus status);
} // namespace Delivery

// How QtTest prints a status in a failed comparison (found by argument-dependent lookup).
char *toString(DeliveryStatus status);

// The provider's answer to a send, for one message.
struct MessageResult
{
    QString recipient;
    QString messageId;
    DeliveryStatus status = DeliveryStatus::Unknown; // Accepted, Rejected or Unknown
    QString errorCode;
    QString errorText;
};

// What a status or inbound callback says about one message.
struct CallbackEvent
{
    enum class Kind
    {
        Status,
        Inbound
    };

    Kind kind = Kind::Status;
    QString messageId;
    DeliveryStatus status = DeliveryStatus::Unknown;
    QString providerStatus; // the provider's own word or code, e.g. "30002" or "delivered"
    QString errorCode;
    QString description;
    QDateTime time;
    QString recipient;       // status: who the message went to (their number, or their business-scoped user id alone)
    QString recipientUserId; // status: their business-scoped user id, where the webhook gives one
    QString from;            // inbound: who wrote (their number, or their business-scoped user id alone)
    QString fromUserId;      // inbound: their business-scoped user id, where the webhook gives one
    QString username;        // inbound: the WhatsApp username the customer chose, where they have one
    QString correlation;     // custom_data / biz_opaque_callback_data / extra_info ref
    QString inboundType;     // inbound: text, image, ..., interactive.button_reply, interactive.list_reply, ...
    QString inboundText;     // inbound: the text, or the title of the chosen button or row
    // Inbound media: its id (Meta's, fetched with Provider::mediaRequest) or a link (Exotel's), its type and
    // file name as the customer's phone gave them; and the business number it was sent to.
    QString mediaId;
    QString mediaUrl;
    QString mediaMimeType;
    QString mediaFileName;
    QString business;
};
