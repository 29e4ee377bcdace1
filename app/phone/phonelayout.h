// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonescene.h"
#include "phonetheme.h"

#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QSet>
#include <QTextLayout>
#include <functional>
#include <memory>

class PhoneBuilder;
class TemplateLibrary;

// Lays a message out as the customer's phone shows it: an incoming bubble on the chat's wallpaper, with what
// goes under it (buttons, a list's menu and its opened sheet, a carousel's cards). The message is Meta's
// message object, the draft's; a message with errors is laid out as far as it goes.
namespace PhoneLayout {

struct Options;

// The texts of the pictures laid out lately, each with what it was laid out for (its words, field, style,
// width and theme), so that the next picture lays out again only the texts that changed: a keystroke
// changes one. Give one cache to the builds of one view; a text no picture has shown since the one before
// is forgotten.
class Cache
{
public:
    Cache();
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    qsizetype size() const; // texts kept

private:
    friend class ::PhoneBuilder;
    friend PhoneScene build(const QJsonObject &message, const Options &options);
    struct Texts;
    std::unique_ptr<Texts> m_texts;
};

struct Options
{
    bool dark = false;
    qreal width = PhoneTheme::DefaultWidth;
    QString time = QStringLiteral("12:00"); // shown at the bubble's foot
    QDateTime now; // an offer's time left is counted from it; without it, only the time it ends is shown
    QString business = QStringLiteral("Business"); // the chat's title
    QSet<QString> faulty;                          // pointers (within the message) of fields with errors
    // The image fetched for a link, or a null image with the reason it is not shown in `why` ("" while
    // fetching is off or has not happened).
    std::function<QImage(const QString &link, QString *why)> image;
    bool openList = true;   // a list's sheet drawn below the chat, as after a tap on its menu button
    Cache *cache = nullptr; // texts laid out by earlier builds, reused where unchanged
    int firstCard = 0;
    // Template definitions: a template message whose definition is here shows the definition's texts with
    // the send's values; without, its values in order.
    const TemplateLibrary *templates =
        nullptr; // a carousel scrolled sideways to show this card first (kept within its cards)
};

PhoneScene build(const QJsonObject &message, const Options &options);
// `text` laid out in `font` within `width`, its new lines breaking lines as on the phone.
std::shared_ptr<QTextLayout> laidOut(const QString &text, const QList<QTextLayout::FormatRange> &formats,
                                     const QFont &font, qreal width);

} // namespace PhoneLayout
