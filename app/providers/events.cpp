// SPDX-License-Identifier: GPL-3.0-or-later
#include "events.h"

namespace Delivery {

QString name(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Sending:
        return QStringLiteral("sending");
    case DeliveryStatus::Accepted:
        return QStringLiteral("accepted");
    case DeliveryStatus::Sent:
        return QStringLiteral("sent");
    case DeliveryStatus::Delivered:
        return QStringLiteral("delivered");
    case DeliveryStatus::Read:
        return QStringLiteral("read");
    case DeliveryStatus::Played:
        return QStringLiteral("played");
    case DeliveryStatus::Failed:
        return QStringLiteral("failed");
    case DeliveryStatus::Rejected:
        return QStringLiteral("rejected");
    case DeliveryStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int rank(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Sending:
    case DeliveryStatus::Unknown:
        return 0;
    case DeliveryStatus::Accepted:
        return 1;
    case DeliveryStatus::Sent:
        return 2;
    case DeliveryStatus::Delivered:
        return 3;
    case DeliveryStatus::Read:
        return 4;
    case DeliveryStatus::Played:
        return 5;
    case DeliveryStatus::Failed:
    case DeliveryStatus::Rejected:
        return 6;
    }
    return 0;
}

DeliveryStatus fromName(const QString &name)
{
    for (const DeliveryStatus status :
         {DeliveryStatus::Sending, DeliveryStatus::Accepted, DeliveryStatus::Sent, DeliveryStatus::Delivered,
          DeliveryStatus::Read, DeliveryStatus::Played, DeliveryStatus::Failed, DeliveryStatus::Rejected}) {
        if (Delivery::name(status) == name)
            return status;
    }
    return DeliveryStatus::Unknown;
}

} // namespace Delivery

char *toString(DeliveryStatus status)
{
    return qstrdup(Delivery::name(status).toUtf8().constData());
}
