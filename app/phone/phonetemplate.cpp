// SPDX-License-Identifier: GPL-3.0-or-later
// A template message. Until Wabench holds template definitions, the template's own text is not known: the
// picture names the template and shows each parameter in order, marked as a value, where the template
// puts it (header, body, buttons, an offer, cards).
#include "message/jsonpointer.h"
#include "phonebuilder.h"

#include <QDateTime>

using JsonPointer::append;

namespace PhoneParts {

namespace {

using Role = PhoneBuilder::TextRole;

// The offer's timer, as seen at `now`: the days left, then hours and minutes, then minutes; "" without a clock.
QString timeLeft(const QDateTime &now, qint64 endsMs)
{
    if (!now.isValid())
        return {};
    const qint64 minutes = (endsMs - now.toMSecsSinceEpoch()) / 60000;
    if (endsMs <= now.toMSecsSinceEpoch())
        return QStringLiteral("Offer expired");
    if (minutes >= 48 * 60)
        return QStringLiteral("Ends in %1 days").arg(minutes / (24 * 60));
    if (minutes >= 60)
        return QStringLiteral("Ends in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return QStringLiteral("Ends in %1 min").arg(qMax<qint64>(1, minutes));
}

QString lower(const QJsonValue &value)
{
    return value.toString().toLower();
}

// A parameter as shown: its name (named parameters) or place, and its value.
QString valueOf(const QJsonObject &parameter, qsizetype index)
{
    const QString name = parameter.value(QStringLiteral("parameter_name")).toString();
    return QStringLiteral("{{%1}} %2")
        .arg(name.isEmpty() ? QString::number(index + 1) : name, parameterValue(parameter));
}

struct Parts
{
    QList<PhoneBlock> blocks;
    QList<PhoneButton> buttons;
};

Parts components(const PhoneBuilder &builder, const QJsonArray &components, const QString &pointer, qreal width)
{
    Parts parts;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject component = components.at(i).toObject();
        const QString type = lower(component.value(QStringLiteral("type")));
        const QString componentPointer = append(pointer, i);
        const QJsonArray parameters = component.value(QStringLiteral("parameters")).toArray();
        const QString parametersPointer = append(componentPointer, QStringLiteral("parameters"));
        if (type == u"header") {
            const QJsonObject parameter = parameters.first().toObject();
            const QString parameterType = lower(parameter.value(QStringLiteral("type")));
            if (parameterType == u"text")
                parts.blocks << builder.text(valueOf(parameter, 0), append(parametersPointer, 0),
                                             QStringLiteral("header"), Role::Value, width);
            else if (!parameterType.isEmpty())
                parts.blocks << builder.media(parameter.value(parameterType).toObject(),
                                              parameterType == u"location" ? QStringLiteral("image") : parameterType,
                                              append(append(parametersPointer, 0), parameterType), width);
        } else if (type == u"body") {
            for (qsizetype p = 0; p < parameters.size(); ++p)
                parts.blocks << builder.text(valueOf(parameters.at(p).toObject(), p), append(parametersPointer, p),
                                             QStringLiteral("value"), Role::Value, width);
        } else if (type == u"limited_time_offer") {
            parts.blocks << offer(builder, component, componentPointer, width);
        } else if (type == u"button") {
            const QString subType = lower(component.value(QStringLiteral("sub_type")));
            const QJsonObject parameter = parameters.first().toObject();
            const QString value =
                parameter.value(QStringLiteral("text"))
                    .toString(parameter.value(QStringLiteral("payload"))
                                  .toString(parameter.value(QStringLiteral("coupon_code")).toString()));
            const QString buttonPointer = parameters.isEmpty() ? componentPointer : append(parametersPointer, 0);
            // The button's own label is the template's; what the send gives is shown beside it as a value.
            if (subType == u"copy_code") {
                parts.blocks << builder.text(QStringLiteral("Code %1").arg(value), buttonPointer,
                                             QStringLiteral("value"), Role::Value, width);
                parts.buttons << PhoneButton{QStringLiteral("Copy code"), QStringLiteral("copy"), buttonPointer};
            } else if (subType == u"url") {
                parts.buttons << PhoneButton{QStringLiteral("Link …/%1").arg(value), QStringLiteral("link"),
                                             buttonPointer};
            } else if (subType == u"quick_reply") {
                parts.buttons << PhoneButton{QStringLiteral("Quick reply (%1)").arg(value), QStringLiteral("reply"),
                                             buttonPointer};
            } else if (subType == u"catalog")
                parts.buttons << PhoneButton{QStringLiteral("View catalog"), QStringLiteral("cart"), buttonPointer};
            else if (subType == u"mpm")
                parts.buttons << PhoneButton{QStringLiteral("View items"), QStringLiteral("cart"), buttonPointer};
            else if (subType == u"voice_call")
                parts.buttons << PhoneButton{QStringLiteral("Call"), QStringLiteral("call"), buttonPointer};
            else if (subType == u"flow") {
                // The label is the template's; the send gives the flow's token.
                const QString token =
                    parameter.value(QStringLiteral("action")).toObject().value(QStringLiteral("flow_token")).toString();
                parts.buttons << PhoneButton{token.isEmpty() ? QStringLiteral("Flow")
                                                             : QStringLiteral("Flow (%1)").arg(token),
                                             QStringLiteral("flow"), buttonPointer};
            } else
                parts.buttons << PhoneButton{subType.isEmpty() ? QStringLiteral("Button") : subType,
                                             QStringLiteral("flow"), buttonPointer};
        }
    }
    return parts;
}

} // namespace

QString parameterValue(const QJsonObject &parameter)
{
    const QString type = lower(parameter.value(QStringLiteral("type")));
    if (type == u"text")
        return parameter.value(QStringLiteral("text")).toString();
    if (type == u"currency")
        return parameter.value(QStringLiteral("currency"))
            .toObject()
            .value(QStringLiteral("fallback_value"))
            .toString();
    if (type == u"date_time")
        return parameter.value(QStringLiteral("date_time"))
            .toObject()
            .value(QStringLiteral("fallback_value"))
            .toString();
    if (type == u"payload")
        return parameter.value(QStringLiteral("payload")).toString();
    if (type == u"coupon_code")
        return parameter.value(QStringLiteral("coupon_code")).toString();
    return type;
}

QList<PhoneBlock> offer(const PhoneBuilder &builder, const QJsonObject &component, const QString &pointer, qreal width)
{
    // An offer: its card with the time it ends, and its timer.
    const QString parametersPointer = append(pointer, QStringLiteral("parameters"));
    const qint64 ends = qint64(component.value(QStringLiteral("parameters"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("limited_time_offer"))
                                   .toObject()
                                   .value(QStringLiteral("expiration_time_ms"))
                                   .toDouble());
    const QString when =
        QDateTime::fromMSecsSinceEpoch(ends, Qt::UTC).toString(QStringLiteral("d MMM yyyy, HH:mm 'UTC'"));
    QList<PhoneBlock> blocks;
    blocks << builder.text(QStringLiteral("Offer ends %1").arg(when), append(parametersPointer, 0),
                           QStringLiteral("offer"), Role::Header, width);
    if (const QString left = timeLeft(builder.options().now, ends); !left.isEmpty()) {
        PhoneBlock timer =
            builder.text(left, append(parametersPointer, 0), QStringLiteral("offer-timer"), Role::Footer, width);
        // WhatsApp turns the timer red in the offer's last hour.
        const qint64 remaining = ends - builder.options().now.toMSecsSinceEpoch();
        if (remaining < 3600 * 1000 && !timer.items.isEmpty())
            timer.items.first().colour = builder.colours().fault;
        blocks << timer;
    }
    return blocks;
}

void templateMessage(PhoneBuilder &builder, const QJsonObject &message)
{
    if (definedTemplate(builder, message))
        return;
    const QJsonObject templ = message.value(QStringLiteral("template")).toObject();
    const qreal width = builder.bubbleWidth() - 2 * PhoneTheme::BubblePadding;
    const QString language =
        templ.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString();
    QList<PhoneBlock> blocks;
    blocks << builder.text(QStringLiteral("Template %1 (%2): its text with these values")
                               .arg(templ.value(QStringLiteral("name")).toString(), language),
                           QStringLiteral("/template/name"), QStringLiteral("template-name"), Role::Note, width);
    const QJsonArray list = templ.value(QStringLiteral("components")).toArray();
    Parts parts = components(builder, list, QStringLiteral("/template/components"), width);
    blocks << parts.blocks;
    builder.bubble(blocks, parts.buttons, QStringLiteral("/template"), true);

    // A carousel's cards, each with its own components.
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject component = list.at(i).toObject();
        if (lower(component.value(QStringLiteral("type"))) != u"carousel")
            continue;
        const QJsonArray cards = component.value(QStringLiteral("cards")).toArray();
        const QString cardsPointer = append(append(QStringLiteral("/template/components"), i), QStringLiteral("cards"));
        const qreal top = builder.y();
        qreal x = builder.carouselLeft(cards.size());
        qreal tallest = 0;
        for (qsizetype c = 0; c < cards.size(); ++c) {
            const QString cardPointer = append(cardsPointer, c);
            const Parts card = components(builder, cards.at(c).toObject().value(QStringLiteral("components")).toArray(),
                                          append(cardPointer, QStringLiteral("components")),
                                          PhoneTheme::CardWidth - 2 * PhoneTheme::BubblePadding);
            tallest =
                qMax(tallest, builder.card(card.blocks, card.buttons, cardPointer, x, top, PhoneTheme::CardWidth));
            x += PhoneTheme::CardWidth + 8;
        }
        builder.space(tallest + PhoneTheme::Gap);
    }
}

} // namespace PhoneParts
