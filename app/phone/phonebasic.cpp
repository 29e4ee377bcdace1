// SPDX-License-Identifier: GPL-3.0-or-later
// The plain kinds (text, media, location, contacts, reaction, sticker), media parts, and the layout's entry.
#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "phonebuilder.h"

#include <QFileInfo>
#include <QUrl>
#include <utility>

using JsonPointer::append;

namespace {

// "invoice.pdf" → "PDF"; a media id, or the link's last part, when there is no name.
QString fileType(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix();
    return suffix.isEmpty() ? QString() : suffix.toUpper();
}

QString mediaName(const QJsonObject &media)
{
    const QString name = media.value(QStringLiteral("filename")).toString();
    if (!name.isEmpty())
        return name;
    const QString link = media.value(QStringLiteral("link")).toString();
    if (!link.isEmpty())
        return QUrl(link).fileName().isEmpty() ? link : QUrl(link).fileName();
    const QString id = media.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? QString() : QStringLiteral("media %1").arg(id);
}

} // namespace

PhoneBlock PhoneBuilder::media(const QJsonObject &media, const QString &type, const QString &pointer, qreal width) const
{
    PhoneBlock block;
    const QString name = mediaName(media);
    if (type == u"document" || type == u"audio") {
        // A document: its icon, name and type in a tinted row; audio: a voice note's play mark and bar.
        const qreal height = 52;
        block.height = height;
        block.natural = width;
        block.items.append(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, 0, width, height), colours().quoteFill, 6,
                                         QStringLiteral("media"), pointer));
        PhoneItem icon = PhoneItem::of(PhoneItem::Kind::Icon, QRectF(10, 12, 28, 28), colours().secondary);
        icon.icon = type == u"document" ? QStringLiteral("document") : QStringLiteral("play");
        icon.role = QStringLiteral("media-icon");
        block.items.append(icon);
        if (type == u"audio") {
            block.items.append(PhoneItem::of(PhoneItem::Kind::Line, QRectF(48, height / 2, width - 60, 1),
                                             colours().secondary, 0, QStringLiteral("voice-bar")));
            PhoneBlock label = text(name, pointer, QStringLiteral("media-name"), TextRole::Footer, width - 60);
            for (const PhoneItem &source : std::as_const(label.items)) {
                PhoneItem item = source;
                item.rect.translate(48, height / 2 + 4);
                block.items.append(item);
            }
            return block;
        }
        PhoneBlock label = text(name, pointer, QStringLiteral("media-name"), TextRole::Plain, width - 56);
        PhoneBlock kind = text(fileType(name), QString(), QStringLiteral("media-type"), TextRole::Footer, width - 56);
        for (const PhoneItem &source : std::as_const(label.items)) {
            PhoneItem item = source;
            item.rect.translate(48, 8);
            block.items.append(item);
        }
        for (const PhoneItem &source : std::as_const(kind.items)) {
            PhoneItem item = source;
            item.rect.translate(48, 8 + label.height);
            block.items.append(item);
        }
        return block;
    }
    // An image or a video: edge to edge at the top of the bubble, the picture itself when it was fetched, else
    // a placeholder saying what it is and why it is not shown.
    block.edgeToEdge = true;
    block.height = PhoneTheme::MediaHeight;
    block.natural = width;
    const QRectF area(0, 0, width + 2 * PhoneTheme::BubblePadding - 6, PhoneTheme::MediaHeight);
    QString why;
    const QString link = media.value(QStringLiteral("link")).toString();
    QImage image;
    if (type == u"image" && !link.isEmpty() && options().image)
        image = options().image(link, &why);
    if (!image.isNull()) {
        PhoneItem picture = PhoneItem::of(PhoneItem::Kind::Image, area, {}, 6, QStringLiteral("media"), pointer);
        picture.image = image;
        block.items.append(picture);
    } else {
        PhoneItem placeholder = PhoneItem::of(PhoneItem::Kind::Placeholder, area, colours().placeholder, 6,
                                              QStringLiteral("media"), pointer);
        placeholder.text = why.isEmpty() ? name : name + QStringLiteral(" — ") + why;
        block.items.append(placeholder);
    }
    if (type == u"video") {
        PhoneItem play =
            PhoneItem::of(PhoneItem::Kind::Icon, QRectF(area.center() - QPointF(22, 22), QSizeF(44, 44)), Qt::white);
        play.icon = QStringLiteral("play");
        play.role = QStringLiteral("play-mark");
        block.items.append(play);
    }
    if (faulty(pointer))
        block.items.append(
            PhoneItem::of(PhoneItem::Kind::Outline, area, colours().fault, 6, QStringLiteral("fault"), pointer));
    return block;
}

namespace {

// A reply's quoted message, above the rest of the bubble.
QList<PhoneBlock> withContext(const PhoneBuilder &builder, const QJsonObject &message, QList<PhoneBlock> blocks)
{
    const QString id =
        message.value(QStringLiteral("context")).toObject().value(QStringLiteral("message_id")).toString();
    if (!id.isEmpty())
        blocks.prepend(builder.quoted(QStringLiteral("Replying to %1").arg(id), builder.bubbleWidth() - 16));
    return blocks;
}

void plain(PhoneBuilder &builder, const QJsonObject &message, const QString &type)
{
    const qreal width = builder.bubbleWidth() - 2 * PhoneTheme::BubblePadding;
    const QJsonObject content = message.value(type).toObject();
    const QString pointer = QStringLiteral("/") + type;
    QList<PhoneBlock> blocks;
    if (type == u"text") {
        // WhatsApp folds a very long text behind "Read more" (after about 3,500 characters).
        blocks << builder.text(content.value(QStringLiteral("body")).toString(),
                               append(pointer, QStringLiteral("body")), QStringLiteral("body"),
                               PhoneBuilder::TextRole::Body, width, 0, 3584);
        builder.bubble(withContext(builder, message, blocks), {}, pointer, false);
        return;
    }
    if (type == u"sticker") {
        // A sticker stands on the chat, without a bubble.
        PhoneBlock sticker = builder.media(content, QStringLiteral("image"), pointer, 140);
        for (PhoneItem &item : sticker.items)
            item.rect.setSize(QSizeF(140, 140));
        sticker.height = 140;
        builder.place(sticker, PhoneTheme::Margin + PhoneTheme::TailSize);
        return;
    }
    if (type == u"location") {
        PhoneBlock map;
        map.edgeToEdge = true;
        map.height = 140;
        map.natural = width;
        map.items.append(PhoneItem::of(PhoneItem::Kind::Placeholder, QRectF(0, 0, width + 10, 140),
                                       builder.colours().placeholder, 6, QStringLiteral("map"), pointer));
        PhoneItem pin =
            PhoneItem::of(PhoneItem::Kind::Icon, QRectF((width + 10) / 2 - 14, 42, 28, 36), builder.colours().fault);
        pin.icon = QStringLiteral("pin");
        pin.role = QStringLiteral("pin");
        map.items.append(pin);
        blocks << map;
        blocks << builder.text(content.value(QStringLiteral("name")).toString(),
                               append(pointer, QStringLiteral("name")), QStringLiteral("location-name"),
                               PhoneBuilder::TextRole::Header, width);
        blocks << builder.text(content.value(QStringLiteral("address")).toString(),
                               append(pointer, QStringLiteral("address")), QStringLiteral("location-address"),
                               PhoneBuilder::TextRole::Footer, width);
        builder.bubble(withContext(builder, message, blocks), {}, pointer, true);
        return;
    }
    if (type == u"contacts") {
        // Each contact: a card with the name, and the phone's "Message" and "Add contact" under it.
        const QJsonArray contacts = message.value(QStringLiteral("contacts")).toArray();
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const QJsonObject contact = contacts.at(i).toObject();
            const QString contactPointer = append(QStringLiteral("/contacts"), i);
            const QString name =
                contact.value(QStringLiteral("name")).toObject().value(QStringLiteral("formatted_name")).toString();
            PhoneBlock card = builder.text(
                name, append(append(contactPointer, QStringLiteral("name")), QStringLiteral("formatted_name")),
                QStringLiteral("contact-name"), PhoneBuilder::TextRole::Header, width - 44);
            for (PhoneItem &item : card.items)
                item.rect.translate(44, 8);
            PhoneItem avatar =
                PhoneItem::of(PhoneItem::Kind::Icon, QRectF(0, 0, 36, 36), builder.colours().placeholder);
            avatar.icon = QStringLiteral("person");
            avatar.role = QStringLiteral("avatar");
            card.items.prepend(avatar);
            card.height = qMax(card.height + 8, 36.0);
            card.natural = width;
            const bool onWhatsApp = !contact.value(QStringLiteral("phones")).toArray().isEmpty();
            QList<PhoneButton> buttons;
            if (onWhatsApp)
                buttons << PhoneButton{QStringLiteral("Message"), QString(),
                                       append(contactPointer, QStringLiteral("phones"))};
            buttons << PhoneButton{QStringLiteral("Add contact"), QString(), contactPointer};
            builder.bubble(withContext(builder, message, {card}), buttons, contactPointer, true);
        }
        return;
    }
    if (type == u"reaction") {
        // The emoji on the message it reacts to: that message (not in the draft) as a faint bubble, the
        // emoji at its foot.
        const QString id = content.value(QStringLiteral("message_id")).toString();
        const QRectF reacted = builder.bubble(
            {builder.text(QStringLiteral("The message %1").arg(id), QStringLiteral("/reaction/message_id"),
                          QStringLiteral("reacted-to"), PhoneBuilder::TextRole::Note, width)},
            {}, QStringLiteral("/reaction/message_id"), false);
        const QString emoji = content.value(QStringLiteral("emoji")).toString();
        PhoneBlock badge =
            builder.text(emoji.isEmpty() ? QStringLiteral("(reaction removed)") : emoji,
                         QStringLiteral("/reaction/emoji"), QStringLiteral("reaction"),
                         emoji.isEmpty() ? PhoneBuilder::TextRole::Note : PhoneBuilder::TextRole::Plain, 160);
        QList<PhoneItem> &items = builder.items();
        const QRectF round(reacted.left() + 10, reacted.bottom() - 6, badge.natural + 16, badge.height + 6);
        items.append(PhoneItem::of(PhoneItem::Kind::Fill, round, builder.colours().bubble, round.height() / 2,
                                   QStringLiteral("reaction-badge"), QStringLiteral("/reaction/emoji")));
        for (const PhoneItem &source : std::as_const(badge.items)) {
            PhoneItem item = source;
            item.rect.moveTopLeft(round.topLeft() + QPointF(8, 3));
            items.append(item);
        }
        builder.space(round.height());
        return;
    }
    // image, video, document, audio: the media, and its caption.
    blocks << builder.media(content, type, pointer, width);
    blocks << builder.text(content.value(QStringLiteral("caption")).toString(),
                           append(pointer, QStringLiteral("caption")), QStringLiteral("caption"),
                           PhoneBuilder::TextRole::Caption, width);
    builder.bubble(withContext(builder, message, blocks), {}, pointer, type != u"audio" && type != u"document");
}

} // namespace

namespace PhoneLayout {

PhoneScene build(const QJsonObject &message, const Options &options)
{
    // What the build before this one laid out is kept until this one has taken what it reuses.
    if (options.cache)
        options.cache->m_texts->before = std::exchange(options.cache->m_texts->now, {});
    PhoneBuilder builder(options);
    const QString kind = Kinds::of(message);
    const QString type = kind.section(u'.', 0, 0);
    if (type == u"interactive")
        PhoneParts::interactive(builder, message);
    else if (type == u"template")
        PhoneParts::templateMessage(builder, message);
    else if (!type.isEmpty())
        plain(builder, message, type);
    return builder.finish();
}

} // namespace PhoneLayout
