// SPDX-License-Identifier: GPL-3.0-or-later
// Interactive messages: their header, body and footer in the bubble, what the customer taps under it, a list's
// opened sheet, a carousel's cards, an order's card.
#include "message/jsonpointer.h"
#include "message/ordertotals.h"
#include "phonebuilder.h"

using JsonPointer::append;

namespace PhoneParts {

QList<PhoneBlock> header(const PhoneBuilder &builder, const QJsonObject &header, const QString &pointer, qreal width)
{
    const QString type = header.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return {};
    if (type == u"text")
        return {builder.text(header.value(QStringLiteral("text")).toString(), append(pointer, QStringLiteral("text")),
                             QStringLiteral("header"), PhoneBuilder::TextRole::Header, width)};
    return {builder.media(header.value(type).toObject(), type, append(pointer, type), width)};
}

namespace {

using Role = PhoneBuilder::TextRole;

QString textAt(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject().value(QStringLiteral("text")).toString();
}

// A list's opened sheet, below the chat: its title (the menu button's text), each section's title, each row
// with its description and a radio mark, and the Send button.
void listSheet(PhoneBuilder &builder, const QJsonObject &action)
{
    const PhoneTheme::Colours &colours = builder.colours();
    const qreal width = builder.options().width;
    const qreal top = builder.y() + 10;
    QList<PhoneItem> items;
    qreal y = top + 14;
    const auto add = [&](const PhoneBlock &block, qreal x) {
        for (const PhoneItem &source : block.items) {
            PhoneItem item = source;
            item.rect.translate(x, y);
            items.append(item);
        }
        y += block.height;
    };
    add(builder.text(action.value(QStringLiteral("button")).toString(), QStringLiteral("/interactive/action/button"),
                     QStringLiteral("sheet-title"), Role::Header, width - 32),
        16);
    y += 8;
    const QJsonArray sections = action.value(QStringLiteral("sections")).toArray();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QJsonObject section = sections.at(s).toObject();
        const QString sectionPointer = append(QStringLiteral("/interactive/action/sections"), s);
        y += 6;
        add(builder.text(section.value(QStringLiteral("title")).toString(),
                         append(sectionPointer, QStringLiteral("title")), QStringLiteral("section"), Role::Footer,
                         width - 32),
            16);
        const QJsonArray rows = section.value(QStringLiteral("rows")).toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            const QString rowPointer = append(append(sectionPointer, QStringLiteral("rows")), r);
            const qreal rowTop = y + 6;
            y = rowTop;
            add(builder.text(row.value(QStringLiteral("title")).toString(), append(rowPointer, QStringLiteral("title")),
                             QStringLiteral("row"), Role::Plain, width - 72),
                16);
            add(builder.text(row.value(QStringLiteral("description")).toString(),
                             append(rowPointer, QStringLiteral("description")), QStringLiteral("row-description"),
                             Role::Footer, width - 72),
                16);
            PhoneItem radio =
                PhoneItem::of(PhoneItem::Kind::Icon, QRectF(width - 40, rowTop + 2, 18, 18), colours.secondary);
            radio.icon = QStringLiteral("radio");
            radio.role = QStringLiteral("radio");
            items.append(radio);
            items.append(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, rowTop - 6, width, y - rowTop + 12),
                                       Qt::transparent, 0, QStringLiteral("row-area"), rowPointer));
            y += 6;
        }
    }
    y += 12;
    const QRectF send(16, y, width - 32, 40);
    items.append(PhoneItem::of(PhoneItem::Kind::Fill, send, colours.accent, 20, QStringLiteral("send")));
    PhoneBlock label = builder.text(QStringLiteral("Send"), QString(), QStringLiteral("send-label"), Role::Plain, 80);
    for (const PhoneItem &source : std::as_const(label.items)) {
        PhoneItem item = source;
        item.rect.moveTopLeft(QPointF(send.center().x() - label.natural / 2, send.center().y() - label.height / 2));
        item.colour = Qt::white;
        items.append(item);
    }
    y += 56;
    items.prepend(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, top, width, y - top), colours.sheet, 16,
                                QStringLiteral("sheet")));
    builder.panel(items, y - builder.y());
}

QString money(const QJsonObject &amount, const QString &currency)
{
    return OrderTotals::written(OrderTotals::value(amount), currency);
}

QList<PhoneBlock> orderCard(const PhoneBuilder &builder, const QJsonObject &parameters, qreal width)
{
    const QString pointer = QStringLiteral("/interactive/action/parameters");
    const QString currency = parameters.value(QStringLiteral("currency")).toString();
    const QJsonObject order = parameters.value(QStringLiteral("order")).toObject();
    QList<PhoneBlock> blocks;
    const QJsonArray items = order.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString price =
            item.contains(QStringLiteral("sale_amount")) ? QStringLiteral("sale_amount") : QStringLiteral("amount");
        blocks << builder.text(QStringLiteral("%1 × %2   %3")
                                   .arg(item.value(QStringLiteral("name")).toString())
                                   .arg(item.value(QStringLiteral("quantity")).toInt())
                                   .arg(money(item.value(price).toObject(), currency)),
                               append(append(append(pointer, QStringLiteral("order")), QStringLiteral("items")), i),
                               QStringLiteral("order-item"), Role::Plain, width);
    }
    for (const char *line : {"subtotal", "tax", "shipping", "discount"}) {
        const QJsonObject amount = order.value(QLatin1String(line)).toObject();
        if (amount.isEmpty())
            continue;
        const QString name = QString::fromLatin1(line);
        blocks << builder.text(
            QStringLiteral("%1   %2").arg(name.at(0).toUpper() + name.mid(1), money(amount, currency)),
            append(append(pointer, QStringLiteral("order")), name), QStringLiteral("order-line"), Role::Footer, width);
    }
    blocks << builder.text(
        QStringLiteral("Total   %1").arg(money(parameters.value(QStringLiteral("total_amount")).toObject(), currency)),
        append(pointer, QStringLiteral("total_amount")), QStringLiteral("order-total"), Role::Header, width);
    return blocks;
}

} // namespace

void interactive(PhoneBuilder &builder, const QJsonObject &message)
{
    const QJsonObject interactive = message.value(QStringLiteral("interactive")).toObject();
    const QString type = interactive.value(QStringLiteral("type")).toString();
    const QJsonObject action = interactive.value(QStringLiteral("action")).toObject();
    const QJsonObject parameters = action.value(QStringLiteral("parameters")).toObject();
    const qreal width = builder.bubbleWidth() - 2 * PhoneTheme::BubblePadding;
    const QString base = QStringLiteral("/interactive");
    QList<PhoneBlock> blocks = header(builder, interactive.value(QStringLiteral("header")).toObject(),
                                      append(base, QStringLiteral("header")), width);
    blocks << builder.text(textAt(interactive, QStringLiteral("body")), QStringLiteral("/interactive/body/text"),
                           QStringLiteral("body"), Role::Body, width);
    if (type == u"order_details")
        blocks << orderCard(builder, parameters, width);
    if (type == u"order_status") {
        const QJsonObject order = parameters.value(QStringLiteral("order")).toObject();
        blocks << builder.text(QStringLiteral("Order %1: %2")
                                   .arg(parameters.value(QStringLiteral("reference_id")).toString(),
                                        order.value(QStringLiteral("status")).toString()),
                               QStringLiteral("/interactive/action/parameters/order/status"),
                               QStringLiteral("order-status"), Role::Header, width);
        blocks << builder.text(order.value(QStringLiteral("description")).toString(),
                               QStringLiteral("/interactive/action/parameters/order/description"),
                               QStringLiteral("order-description"), Role::Footer, width);
    }
    blocks << builder.text(textAt(interactive, QStringLiteral("footer")), QStringLiteral("/interactive/footer/text"),
                           QStringLiteral("footer"), Role::Footer, width);

    QList<PhoneButton> buttons;
    const QString actionPointer = QStringLiteral("/interactive/action");
    if (type == u"button") {
        const QJsonArray replies = action.value(QStringLiteral("buttons")).toArray();
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const QString pointer =
                append(append(append(actionPointer, QStringLiteral("buttons")), i), QStringLiteral("reply"));
            buttons << PhoneButton{replies.at(i)
                                       .toObject()
                                       .value(QStringLiteral("reply"))
                                       .toObject()
                                       .value(QStringLiteral("title"))
                                       .toString(),
                                   QStringLiteral("reply"), append(pointer, QStringLiteral("title"))};
        }
    } else if (type == u"list") {
        buttons << PhoneButton{action.value(QStringLiteral("button")).toString(), QStringLiteral("list"),
                               append(actionPointer, QStringLiteral("button"))};
    } else if (type == u"cta_url") {
        buttons << PhoneButton{parameters.value(QStringLiteral("display_text")).toString(), QStringLiteral("link"),
                               (actionPointer + QStringLiteral("/parameters/display_text"))};
    } else if (type == u"flow") {
        buttons << PhoneButton{parameters.value(QStringLiteral("flow_cta")).toString(), QStringLiteral("flow"),
                               (actionPointer + QStringLiteral("/parameters/flow_cta"))};
    } else if (type == u"location_request_message") {
        buttons << PhoneButton{QStringLiteral("Send location"), QStringLiteral("location"), actionPointer};
    } else if (type == u"voice_call") {
        const QString text = parameters.value(QStringLiteral("display_text")).toString();
        buttons << PhoneButton{text.isEmpty() ? QStringLiteral("Call now") : text, QStringLiteral("call"),
                               (actionPointer + QStringLiteral("/parameters/display_text"))};
    } else if (type == u"order_details") {
        buttons << PhoneButton{QStringLiteral("Review and pay"), QStringLiteral("cart"), actionPointer};
    } else if (type == u"order_status") {
        buttons << PhoneButton{QStringLiteral("View order"), QStringLiteral("cart"), actionPointer};
    } else if (type == u"catalog_message") {
        buttons << PhoneButton{QStringLiteral("View catalog"), QStringLiteral("cart"), actionPointer};
    } else if (type == u"product_list") {
        buttons << PhoneButton{QStringLiteral("View items"), QStringLiteral("cart"), actionPointer};
    } else if (type == u"product") {
        buttons << PhoneButton{QStringLiteral("View"), QStringLiteral("cart"), actionPointer};
    } else if (type == u"call_permission_request") {
        buttons << PhoneButton{QStringLiteral("Choose who can call"), QStringLiteral("call"), actionPointer};
    } else if (type == u"address_message") {
        buttons << PhoneButton{QStringLiteral("Provide address"), QStringLiteral("location"), actionPointer};
    }
    if (type == u"product" || type == u"catalog_message") {
        // The catalog's picture is Meta's to show: a placeholder naming the product.
        const QString product = parameters.value(QStringLiteral("thumbnail_product_retailer_id")).toString();
        QJsonObject media{
            {QStringLiteral("filename"), action.value(QStringLiteral("product_retailer_id")).toString(product)}};
        blocks.prepend(builder.media(media, QStringLiteral("image"), actionPointer, width));
    }
    builder.bubble(blocks, buttons, base, type != u"button" || !buttons.isEmpty());

    if (type == u"list" && builder.options().openList)
        listSheet(builder, action);
    if (type == u"carousel") {
        // The cards in a row that scrolls sideways, the next one peeking at the screen's edge.
        const QJsonArray cards = action.value(QStringLiteral("cards")).toArray();
        const qreal top = builder.y();
        qreal x = builder.carouselLeft(cards.size());
        qreal tallest = 0;
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const QJsonObject card = cards.at(i).toObject();
            const QString cardPointer = append(append(actionPointer, QStringLiteral("cards")), i);
            const qreal inner = PhoneTheme::CardWidth - 2 * PhoneTheme::BubblePadding;
            QList<PhoneBlock> cardBlocks = header(builder, card.value(QStringLiteral("header")).toObject(),
                                                  append(cardPointer, QStringLiteral("header")), inner);
            cardBlocks << builder.text(textAt(card, QStringLiteral("body")),
                                       (cardPointer + QStringLiteral("/body/text")), QStringLiteral("card-body"),
                                       Role::Body, inner);
            QList<PhoneButton> cardButtons;
            const QJsonObject cardAction = card.value(QStringLiteral("action")).toObject();
            const QJsonObject cardParameters = cardAction.value(QStringLiteral("parameters")).toObject();
            if (!cardParameters.value(QStringLiteral("display_text")).toString().isEmpty())
                cardButtons << PhoneButton{cardParameters.value(QStringLiteral("display_text")).toString(),
                                           QStringLiteral("link"),
                                           (cardPointer + QStringLiteral("/action/parameters/display_text"))};
            const QJsonArray replies = cardAction.value(QStringLiteral("buttons")).toArray();
            for (qsizetype b = 0; b < replies.size(); ++b)
                cardButtons << PhoneButton{replies.at(b)
                                               .toObject()
                                               .value(QStringLiteral("reply"))
                                               .toObject()
                                               .value(QStringLiteral("title"))
                                               .toString(),
                                           QStringLiteral("reply"),
                                           append(append((cardPointer + QStringLiteral("/action/buttons")), b),
                                                  QStringLiteral("reply/title"))};
            tallest = qMax(tallest, builder.card(cardBlocks, cardButtons, cardPointer, x, top, PhoneTheme::CardWidth));
            x += PhoneTheme::CardWidth + 8;
        }
        builder.space(tallest + PhoneTheme::Gap);
    }
}

} // namespace PhoneParts
