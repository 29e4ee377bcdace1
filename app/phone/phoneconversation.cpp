// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneconversation.h"

#include "phonelayout.h"
#include "phonetheme.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <optional>

namespace {

struct ConversationText
{
    Q_DECLARE_TR_FUNCTIONS(PhoneConversation)
};

constexpr qreal ChipHeight = 26;
constexpr int WindowSeconds = 24 * 60 * 60;

QString clock(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString dayOf(const QDateTime &time, const QDateTime &now)
{
    const QDate day = time.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return ConversationText::tr("Today");
    if (day == today.addDays(-1))
        return ConversationText::tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

// When, relative to now: "14:02 today", "09:30 tomorrow", or a date and time.
QString moment(const QDateTime &time, const QDateTime &now)
{
    const QDate day = time.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return ConversationText::tr("%1 today").arg(clock(time));
    if (day == today.addDays(1))
        return ConversationText::tr("%1 tomorrow").arg(clock(time));
    if (day == today.addDays(-1))
        return ConversationText::tr("%1 yesterday").arg(clock(time));
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm"));
}

// What a customer's message shows: its words, or its kind with its caption.
QString customerText(const PhoneConversation::Message &message)
{
    const QString kind = message.kind.section(u'.', 0, 0);
    QString label;
    if (kind == u"image")
        label = ConversationText::tr("📷 Photo");
    else if (kind == u"video")
        label = ConversationText::tr("🎥 Video");
    else if (kind == u"audio")
        label = ConversationText::tr("🎤 Voice message");
    else if (kind == u"document")
        label =
            QStringLiteral("📄 ") + (message.fileName.isEmpty() ? ConversationText::tr("Document") : message.fileName);
    else if (kind == u"sticker")
        label = ConversationText::tr("Sticker");
    else if (kind == u"location")
        label = ConversationText::tr("📍 Location");
    else if (kind == u"contacts")
        label = ConversationText::tr("👤 Contact");
    if (label.isEmpty())
        return message.text.isEmpty() ? ConversationText::tr("(%1)").arg(message.kind) : message.text;
    return message.text.isEmpty() ? label : label + u'\n' + message.text;
}

class Builder
{
public:
    explicit Builder(const PhoneConversation::Options &options)
        : m_options(options), m_width(options.width > 0 ? options.width : PhoneTheme::DefaultWidth),
          m_colours(PhoneTheme::colours(options.dark))
    {
        m_scene.dark = options.dark;
        m_scene.items.append(
            PhoneItem::of(PhoneItem::Kind::Fill, {}, m_colours.wallpaper, 0, QStringLiteral("wallpaper")));
        PhoneItem bar = PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, 0, m_width, PhoneTheme::TitleBarHeight),
                                      m_colours.headerBar, 0, QStringLiteral("title-bar"));
        m_scene.items.append(bar);
        PhoneItem title = text(options.business, PhoneTheme::font(PhoneTheme::TitleSize, true), m_colours.headerText,
                               m_width - 32, QStringLiteral("title"));
        title.rect.moveTo(16, (PhoneTheme::TitleBarHeight - title.rect.height()) / 2);
        m_scene.items.append(title);
        m_y = PhoneTheme::TitleBarHeight + 8;
    }

    void add(const PhoneConversation::Message &message, const QList<PhoneConversation::Message> &all)
    {
        const QString day = dayOf(message.time, m_options.now);
        if (day != m_day) {
            m_day = day;
            chip(day, m_colours.chip, QStringLiteral("day"));
        }
        if (message.fromCustomer)
            customer(message, all);
        else
            business(message);
    }

    PhoneScene finish()
    {
        // The window at the foot, as WhatsApp's notices are: what can be sent now.
        chip(PhoneConversation::windowText(m_options.lastInbound, m_options.now), m_colours.notice,
             QStringLiteral("window"));
        m_scene.size = QSizeF(m_width, m_y + 8);
        m_scene.items.first().rect = QRectF(QPointF(0, 0), m_scene.size);
        return m_scene;
    }

private:
    PhoneItem text(const QString &words, const QFont &font, const QColor &colour, qreal width, const QString &role,
                   const QString &pointer = {}) const
    {
        PhoneItem item = PhoneItem::of(PhoneItem::Kind::Text, {}, colour, 0, role, pointer);
        item.text = words;
        item.layout = PhoneLayout::laidOut(words, {}, font, width);
        // As wide as its longest line, not as the width it was given.
        qreal natural = 0;
        for (int i = 0; i < item.layout->lineCount(); ++i)
            natural = qMax(natural, item.layout->lineAt(i).naturalTextWidth());
        item.rect = QRectF(0, 0, qMin(width, std::ceil(natural)), item.layout->boundingRect().height());
        return item;
    }

    void chip(const QString &words, const QColor &fill, const QString &role)
    {
        PhoneItem label = text(words, PhoneTheme::font(PhoneTheme::SmallSize), m_colours.secondary, m_width - 64, role);
        const qreal width = label.rect.width() + 24;
        const qreal height = qMax(ChipHeight, label.rect.height() + 10);
        const QRectF box((m_width - width) / 2, m_y + 4, width, height);
        m_scene.items.append(PhoneItem::of(PhoneItem::Kind::Fill, box, fill, 8, role + QStringLiteral("-chip")));
        label.rect.moveTo(box.left() + 12, box.top() + (height - label.rect.height()) / 2);
        m_scene.items.append(label);
        m_y = box.bottom() + 8;
    }

    // A business message, laid out as the preview lays it out, its parts moved into the conversation.
    void business(const PhoneConversation::Message &message)
    {
        const QString pointer = QStringLiteral("sent/%1").arg(message.id);
        qreal bottom = m_y;
        if (!message.message.isEmpty()) {
            PhoneLayout::Options options;
            options.dark = m_options.dark;
            options.width = m_width;
            options.time = clock(message.time);
            options.now = m_options.now;
            options.business = m_options.business;
            options.openList = false;
            options.templates = m_options.templates;
            const PhoneScene single = PhoneLayout::build(message.message, options);
            const qreal from = PhoneTheme::TitleBarHeight + 12;
            for (const PhoneItem &part : single.items) {
                if (part.role == u"wallpaper" || part.role == u"title-bar" || part.role == u"title")
                    continue;
                PhoneItem moved = part;
                moved.rect.translate(0, m_y - from);
                moved.pointer = pointer; // a click on any part of it is a click on the message
                bottom = qMax(bottom, moved.rect.bottom());
                m_scene.items.append(moved);
            }
        } else {
            bottom = bubble(message.text, clock(message.time), false, {}, pointer);
        }
        // Its state in Wabench's record, under it: the customer's phone shows no ticks.
        if (!message.state.isEmpty()) {
            PhoneItem state = text(message.state, PhoneTheme::font(PhoneTheme::SmallSize),
                                   message.failed ? m_colours.fault : m_colours.secondary,
                                   m_width * PhoneTheme::BubbleShare, QStringLiteral("state"), pointer);
            state.rect.moveTo(PhoneTheme::Margin + 4, bottom + 2);
            m_scene.items.append(state);
            bottom = state.rect.bottom();
        }
        m_y = bottom + PhoneTheme::Gap + 4;
    }

    void customer(const PhoneConversation::Message &message, const QList<PhoneConversation::Message> &all)
    {
        QString quoted;
        if (!message.answers.isEmpty()) {
            quoted = ConversationText::tr("A message not in this conversation");
            for (const PhoneConversation::Message &other : all) {
                if (!other.fromCustomer && other.messageId == message.answers) {
                    quoted = quoteOf(other);
                    break;
                }
            }
        }
        const qreal bottom = bubble(customerText(message), clock(message.time), true, quoted,
                                    QStringLiteral("received/%1").arg(message.id));
        m_y = bottom + PhoneTheme::Gap + 4;
    }

    // What a quote of a business message shows: its first words as the phone shows them.
    QString quoteOf(const PhoneConversation::Message &message) const
    {
        if (message.message.isEmpty())
            return message.text;
        PhoneLayout::Options options;
        options.width = m_width;
        options.openList = false;
        options.templates = m_options.templates;
        const PhoneScene single = PhoneLayout::build(message.message, options);
        for (const QString &role : {QStringLiteral("body"), QStringLiteral("header"), QStringLiteral("caption")}) {
            const QList<const PhoneItem *> parts = single.withRole(role);
            if (!parts.isEmpty() && !parts.constFirst()->text.isEmpty())
                return parts.constFirst()->text;
        }
        const QStringList texts = single.texts();
        return texts.size() > 1 ? texts.at(1) : message.text;
    }

    // A bubble of `words` with its time; the customer's on the right, with the message it answers quoted.
    qreal bubble(const QString &words, const QString &time, bool outgoing, const QString &quoted,
                 const QString &pointer)
    {
        const qreal widest = qRound(m_width * PhoneTheme::BubbleShare) - PhoneTheme::Margin;
        const qreal inner = widest - 2 * PhoneTheme::BubblePadding;
        const QFont font = PhoneTheme::font(PhoneTheme::TextSize);
        PhoneItem body = text(words, font, m_colours.text, inner,
                              outgoing ? QStringLiteral("reply") : QStringLiteral("body"), pointer);
        PhoneItem stamp = text(time, PhoneTheme::font(PhoneTheme::SmallSize), m_colours.secondary, 60,
                               QStringLiteral("time"), pointer);
        std::optional<PhoneItem> quote;
        if (!quoted.isEmpty()) {
            QString shown = quoted;
            shown.replace(u'\n', u' ');
            if (shown.size() > 90)
                shown = shown.left(89) + QStringLiteral("…");
            quote = text(shown, PhoneTheme::font(PhoneTheme::SmallSize), m_colours.secondary, inner - 14,
                         QStringLiteral("quote"), pointer);
        }
        const qreal contentWidth =
            std::max({body.rect.width() + stamp.rect.width() + 8, quote ? quote->rect.width() + 14 : 0.0, 60.0});
        const qreal width = qMin(widest, contentWidth + 2 * PhoneTheme::BubblePadding);
        qreal height = PhoneTheme::BubblePadding;
        const qreal quoteHeight = quote ? quote->rect.height() + 12 : 0;
        height +=
            quoteHeight + (quote ? 6 : 0) + body.rect.height() + stamp.rect.height() * 0.5 + PhoneTheme::BubblePadding;
        const qreal left = outgoing ? m_width - PhoneTheme::Margin - width : PhoneTheme::Margin;
        const QRectF box(left, m_y, width, height);
        PhoneItem fill = PhoneItem::of(
            PhoneItem::Kind::Fill, box, outgoing ? m_colours.outgoing : m_colours.bubble, PhoneTheme::BubbleRadius,
            outgoing ? QStringLiteral("customer-bubble") : QStringLiteral("bubble"), pointer);
        fill.tail = !outgoing;
        m_scene.items.append(fill);
        qreal y = box.top() + PhoneTheme::BubblePadding;
        if (quote) {
            const QRectF quoteBox(box.left() + 6, y - 2, width - 12, quoteHeight);
            m_scene.items.append(PhoneItem::of(PhoneItem::Kind::Fill, quoteBox, m_colours.quoteFill, 6,
                                               QStringLiteral("quote-box"), pointer));
            m_scene.items.append(PhoneItem::of(PhoneItem::Kind::Fill,
                                               QRectF(quoteBox.left(), quoteBox.top(), 4, quoteBox.height()),
                                               m_colours.quoteBar, 2, QStringLiteral("quote-bar"), pointer));
            quote->rect.moveTo(quoteBox.left() + 12, quoteBox.top() + 6);
            m_scene.items.append(*quote);
            y = quoteBox.bottom() + 6;
        }
        body.rect.moveTo(box.left() + PhoneTheme::BubblePadding, y);
        m_scene.items.append(body);
        stamp.rect.moveTo(box.right() - PhoneTheme::BubblePadding - stamp.rect.width(),
                          box.bottom() - PhoneTheme::BubblePadding / 2 - stamp.rect.height());
        m_scene.items.append(stamp);
        return box.bottom();
    }

    const PhoneConversation::Options &m_options;
    qreal m_width;
    const PhoneTheme::Colours &m_colours;
    PhoneScene m_scene;
    qreal m_y = 0;
    QString m_day;
};

} // namespace

namespace PhoneConversation {

bool windowOpen(const QDateTime &lastInbound, const QDateTime &now)
{
    return lastInbound.isValid() && now < lastInbound.addSecs(WindowSeconds);
}

QString windowText(const QDateTime &lastInbound, const QDateTime &now)
{
    if (!lastInbound.isValid())
        return ConversationText::tr("The customer has not written: only templates reach them");
    const QDateTime until = lastInbound.addSecs(WindowSeconds);
    if (now < until) {
        const qint64 left = now.secsTo(until);
        return ConversationText::tr("24-hour window open until %1 (%2 h %3 min left)")
            .arg(moment(until, now))
            .arg(left / 3600)
            .arg((left % 3600) / 60);
    }
    return ConversationText::tr("24-hour window closed since %1: only templates reach the customer")
        .arg(moment(until, now));
}

PhoneScene build(const QList<Message> &messages, const Options &options)
{
    Options complete = options;
    if (!complete.now.isValid())
        complete.now = QDateTime::currentDateTimeUtc();
    Builder builder(complete);
    for (const Message &message : messages)
        builder.add(message, messages);
    return builder.finish();
}

} // namespace PhoneConversation
