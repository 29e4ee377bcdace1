// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonescene.h"
#include "phonetheme.h"

#include <QImage>
#include <QJsonObject>
#include <QSet>
#include <functional>

// Lays a message out as the customer's phone shows it: an incoming bubble on the chat's wallpaper, with what
// goes under it (buttons, a list's menu and its opened sheet, a carousel's cards). The message is Meta's
// message object, the draft's; a message with errors is laid out as far as it goes.
namespace PhoneLayout {

struct Options
{
    bool dark = false;
    qreal width = PhoneTheme::DefaultWidth;
    QString time = QStringLiteral("12:00");        // shown at the bubble's foot
    QString business = QStringLiteral("Business"); // the chat's title
    QSet<QString> faulty;                          // pointers (within the message) of fields with errors
    // The image fetched for a link, or a null image with the reason it is not shown in `why` ("" while
    // fetching is off or has not happened).
    std::function<QImage(const QString &link, QString *why)> image;
    bool openList = true; // a list's sheet drawn below the chat, as after a tap on its menu button
};

PhoneScene build(const QJsonObject &message, const Options &options);

} // namespace PhoneLayout
