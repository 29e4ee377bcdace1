// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonelayout.h"

#include "message/jsonpointer.h"
#include "phonebuilder.h"

#include <QFontMetricsF>
#include <QJsonArray>

#include <algorithm>

using JsonPointer::append;

namespace {

constexpr qreal TimeWidth = 40; // "12:00" and its margin, at the bubble's foot

} // namespace

using PhoneLayout::laidOut;

PhoneBuilder::PhoneBuilder(const PhoneLayout::Options &options)
    : m_options(options), m_colours(PhoneTheme::colours(options.dark))
{
    m_scene.dark = options.dark;
    // The wallpaper, and the chat's title bar with the business's name.
    m_scene.items.append(PhoneItem::of(PhoneItem::Kind::Fill, {}, m_colours.wallpaper, 0, QStringLiteral("wallpaper")));
    PhoneItem bar = PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, 0, options.width, PhoneTheme::TitleBarHeight),
                                  m_colours.headerBar);
    bar.role = QStringLiteral("title-bar");
    m_scene.items.append(bar);
    const QFont titleFont = PhoneTheme::font(PhoneTheme::TitleSize, true);
    PhoneItem title = PhoneItem::of(PhoneItem::Kind::Text, {}, m_colours.headerText, 0, QStringLiteral("title"));
    title.text = options.business;
    title.layout = laidOut(title.text, {}, titleFont, options.width - 32);
    const qreal titleHeight = title.layout->boundingRect().height();
    title.rect = QRectF(16, (PhoneTheme::TitleBarHeight - titleHeight) / 2, options.width - 32, titleHeight);
    m_scene.items.append(title);
    m_y = PhoneTheme::TitleBarHeight + 12;
}

qreal PhoneBuilder::bubbleWidth() const
{
    return qRound(m_options.width * PhoneTheme::BubbleShare) - PhoneTheme::Margin;
}

bool PhoneBuilder::faulty(const QString &pointer) const
{
    return !pointer.isEmpty() && m_options.faulty.contains(pointer);
}

PhoneBlock PhoneBuilder::quoted(const QString &what, qreal width) const
{
    // A reply: the quoted message above, in a tinted box with a bar.
    PhoneBlock label =
        text(what, QStringLiteral("/context/message_id"), QStringLiteral("quoted"), TextRole::Footer, width - 16);
    PhoneBlock block;
    block.height = label.height + 12;
    block.items.append(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, 0, width, block.height), m_colours.quoteFill, 6,
                                     QStringLiteral("quoted-box"), QStringLiteral("/context/message_id")));
    block.items.append(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, 0, 4, block.height), m_colours.quoteBar, 2,
                                     QStringLiteral("quoted-bar")));
    for (const PhoneItem &source : std::as_const(label.items)) {
        PhoneItem item = source;
        item.rect.translate(10, 6);
        block.items.append(item);
    }
    block.natural = label.natural + 16;
    return block;
}

QRectF PhoneBuilder::bubble(const QList<PhoneBlock> &blocks, const QList<PhoneButton> &buttons, const QString &pointer,
                            bool wide)
{
    const qreal pad = PhoneTheme::BubblePadding;
    const qreal widest = bubbleWidth();
    qreal width = widest;
    if (!wide && buttons.isEmpty()) {
        qreal natural = TimeWidth;
        for (const PhoneBlock &block : blocks)
            natural = block.edgeToEdge ? widest : qMax(natural, block.natural + 2 * pad);
        // The time beside the last line when it fits there, else a little wider or on a line of its own.
        width =
            qMin(widest, qMax(natural, blocks.isEmpty() ? TimeWidth : blocks.last().lastLine + 2 * pad + TimeWidth));
    }
    const qreal x = PhoneTheme::Margin + PhoneTheme::TailSize;
    const qreal top = m_y;
    QList<PhoneItem> inside;
    qreal y = 0;
    for (const PhoneBlock &block : blocks) {
        const qreal left = block.edgeToEdge ? 3 : pad;
        y += block.edgeToEdge ? 3 : (y == 0 ? pad - 2 : 4);
        for (const PhoneItem &source : block.items) {
            PhoneItem item = source;
            item.rect.translate(x + left, top + y);
            inside.append(item);
        }
        y += block.height;
    }
    // The time: beside the last line of text when there is room, else below it.
    const bool beside =
        !blocks.isEmpty() && blocks.last().lastLine >= 0 && blocks.last().lastLine + TimeWidth <= width - 2 * pad;
    if (!beside)
        y += 14;
    PhoneBlock time = text(m_options.time, QString(), QStringLiteral("time"), TextRole::Footer, TimeWidth);
    const qreal timeWidth = time.natural;
    for (const PhoneItem &source : std::as_const(time.items)) {
        PhoneItem item = source;
        item.rect =
            QRectF(x + width - pad - timeWidth, top + y - item.rect.height() + 2, timeWidth + 1, item.rect.height());
        inside.append(item);
    }
    y += pad - 2;
    const QList<PhoneItem> under = buttonItems(buttons, x, top + y, width);
    y += buttons.size() * PhoneTheme::ButtonHeight;

    PhoneItem shape = PhoneItem::of(PhoneItem::Kind::Fill, QRectF(x, top, width, y), m_colours.bubble,
                                    PhoneTheme::BubbleRadius, QStringLiteral("bubble"), pointer);
    shape.tail = true;
    m_scene.items.append(shape);
    m_scene.items.append(inside);
    m_scene.items.append(under);
    m_y = top + y + PhoneTheme::Gap;
    return QRectF(x, top, width, y);
}

QList<PhoneItem> PhoneBuilder::buttonItems(const QList<PhoneButton> &buttons, qreal x, qreal top, qreal width) const
{
    QList<PhoneItem> out;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const PhoneButton &button = buttons.at(i);
        const QRectF row(x, top + i * PhoneTheme::ButtonHeight, width, PhoneTheme::ButtonHeight);
        out.append(PhoneItem::of(PhoneItem::Kind::Line, row, m_colours.divider, 0, QStringLiteral("divider")));
        PhoneBlock label = text(button.text, button.pointer, QStringLiteral("button"), TextRole::Plain, width - 16);
        const qreal iconWidth = button.icon.isEmpty() ? 0 : 22;
        // One line, the label's whole width: a label that would wrap is as long as one cut.
        const QFontMetricsF metrics(PhoneTheme::font(PhoneTheme::TextSize));
        const qreal room = width - 40 - iconWidth;
        const qreal full = metrics.horizontalAdvance(button.text);
        const qreal left = x + (width - qMin(full, room) - iconWidth) / 2;
        if (!button.icon.isEmpty()) {
            PhoneItem icon =
                PhoneItem::of(PhoneItem::Kind::Icon, QRectF(left, row.center().y() - 8, 16, 16), m_colours.link);
            icon.icon = button.icon;
            icon.role = QStringLiteral("button-icon");
            out.append(icon);
        }
        for (const PhoneItem &source : std::as_const(label.items)) {
            PhoneItem item = source;
            if (item.kind != PhoneItem::Kind::Text)
                continue;
            item.rect = QRectF(left + iconWidth, row.center().y() - label.height / 2, width - 40, label.height);
            item.colour = m_colours.link;
            // A label longer than the row is cut with an ellipsis, as WhatsApp does.
            if (full > room) {
                item.text = metrics.elidedText(button.text, Qt::ElideRight, room);
                item.layout = laidOut(item.text, {}, PhoneTheme::font(PhoneTheme::TextSize), width - 40);
                item.rect.setTop(row.center().y() - item.layout->boundingRect().height() / 2);
                item.rect.setHeight(item.layout->boundingRect().height());
                item.cut = true;
            }
            out.append(item);
        }
        // The whole row is the button's: a click on it selects its field.
        out.append(PhoneItem::of(PhoneItem::Kind::Fill, row, Qt::transparent, 0, QStringLiteral("button-area"),
                                 button.pointer));
        if (faulty(button.pointer))
            out.append(PhoneItem::of(PhoneItem::Kind::Outline, row.adjusted(2, 2, -2, -2), m_colours.fault, 3,
                                     QStringLiteral("fault"), button.pointer));
    }
    return out;
}

void PhoneBuilder::place(PhoneBlock block, qreal x)
{
    for (const PhoneItem &source : std::as_const(block.items)) {
        PhoneItem item = source;
        item.rect.translate(x, m_y);
        m_scene.items.append(item);
    }
    m_y += block.height + PhoneTheme::Gap;
}

qreal PhoneBuilder::card(const QList<PhoneBlock> &blocks, const QList<PhoneButton> &buttons, const QString &pointer,
                         qreal x, qreal top, qreal width)
{
    QList<PhoneItem> inside;
    qreal y = 0;
    for (const PhoneBlock &block : blocks) {
        const qreal left = block.edgeToEdge ? 0 : PhoneTheme::BubblePadding;
        y += block.edgeToEdge ? 0 : 6;
        for (const PhoneItem &source : block.items) {
            PhoneItem item = source;
            item.rect.translate(x + left, top + y);
            inside.append(item);
        }
        y += block.height;
    }
    y += 6;
    const QList<PhoneItem> under = buttonItems(buttons, x, top + y, width);
    y += buttons.size() * PhoneTheme::ButtonHeight;
    m_scene.items.append(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(x, top, width, y), m_colours.bubble,
                                       PhoneTheme::BubbleRadius, QStringLiteral("card"), pointer));
    m_scene.items.append(inside);
    m_scene.items.append(under);
    return y;
}

qreal PhoneBuilder::carouselLeft(qsizetype cards)
{
    m_scene.cards = cards;
    m_scene.firstCard = int(std::clamp<qsizetype>(m_options.firstCard, 0, qMax<qsizetype>(0, cards - 1)));
    return PhoneTheme::Margin + PhoneTheme::TailSize - m_scene.firstCard * (PhoneTheme::CardWidth + 8);
}

void PhoneBuilder::panel(const QList<PhoneItem> &items, qreal height)
{
    m_scene.items.append(items);
    m_y += height;
}

PhoneScene PhoneBuilder::finish()
{
    m_scene.size = QSizeF(m_options.width, qMax(m_y + 16, 240.0));
    m_scene.items.first().rect = QRectF(QPointF(0, 0), m_scene.size);
    return m_scene;
}
