// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextLayout>
#include <memory>

// What the phone preview shows, laid out: a list of parts, each a rectangle with what is drawn in it, the
// role it plays (body, button, row, ...) and the JSON pointer of the field it shows. The painter draws it on
// a widget or an image; tests read it; a click finds its field through it.
struct PhoneItem
{
    enum class Kind
    {
        Fill,        // a rectangle of colour, rounded by `radius`
        Text,        // `layout` drawn at the rectangle's top left
        Image,       // `image` scaled into the rectangle, cropped to fill it
        Placeholder, // media that is not shown: a grey box with `text` (a file name, an id, a reason)
        Icon,        // a small drawn symbol named by `icon`
        Line,        // a hairline along the rectangle's top edge
        Outline,     // a rectangle's border: a part whose field has an error
    };

    Kind kind = Kind::Fill;
    QRectF rect;
    QColor colour;
    qreal radius = 0;
    QString role;     // body, header, footer, caption, time, button, list-button, row, section, card, ...
    QString pointer;  // the field this part shows, "" for none
    QString text;     // what it says, as shown (a cut text ends in "…")
    bool cut = false; // the text is longer than WhatsApp shows, and cut the same way
    QString icon;     // Icon: link, phone, list, location, flow, play, document, audio, pin, reply, copy, call, cart
    std::shared_ptr<QTextLayout> layout;
    QImage image;
    bool tail = false; // Fill: an incoming bubble's tail at the top left

    static PhoneItem of(Kind kind, const QRectF &rect, const QColor &colour, qreal radius = 0, const QString &role = {},
                        const QString &pointer = {})
    {
        PhoneItem item;
        item.kind = kind;
        item.rect = rect;
        item.colour = colour;
        item.radius = radius;
        item.role = role;
        item.pointer = pointer;
        return item;
    }
};

struct PhoneScene
{
    QSizeF size;
    bool dark = false;
    QList<PhoneItem> items;
    qsizetype cards = 0; // a carousel's cards (the row scrolls sideways when there are several)
    int firstCard = 0;   // the card the row shows first

    // The parts playing `role`, in order.
    QList<const PhoneItem *> withRole(const QString &role) const;
    // Every text shown, in order: what the customer reads.
    QStringList texts() const;
    // The field under `point`: the innermost part there that shows one, or "".
    QString pointerAt(const QPointF &point) const;
};
