// SPDX-License-Identifier: GPL-3.0-or-later
// A template message as the customer reads it: its definition's header, body, footer and buttons, with the
// send's values in place of the variables. An authentication template's texts are Meta's own ("<code> is
// your verification code.", the security note, the expiry; authentication templates); a template with
// more than three buttons shows two and "See all options" (template components: "two buttons will appear
// in the delivered message, and the remaining buttons will be replaced with a See all options button").
#include "message/jsonpointer.h"
#include "phonebuilder.h"
#include "templates/templatelibrary.h"
#include "templates/templatesend.h"
#include "templates/templatevariables.h"

using JsonPointer::append;

namespace PhoneParts {

namespace {

using Role = PhoneBuilder::TextRole;

QString upper(const QJsonValue &value)
{
    return value.toString().toUpper();
}

using Sent = TemplateSendParts;

// `text` with each variable replaced by the value the send gives it (by place, or by parameter_name);
// a variable without a value stays as it is written.
QString filled(const QString &text, const QJsonArray &parameters)
{
    QString out = text;
    const QList<TemplateVariables::Variable> variables = TemplateVariables::scan(text).variables;
    for (auto variable = variables.crbegin(); variable != variables.crend(); ++variable) {
        QString value;
        bool found = false;
        for (qsizetype i = 0; i < parameters.size() && !found; ++i) {
            const QJsonObject parameter = parameters.at(i).toObject();
            const QString name = parameter.value(QStringLiteral("parameter_name")).toString();
            if (variable->positional() ? (name.isEmpty() && i + 1 == variable->name.toInt()) : name == variable->name) {
                value = parameterValue(parameter);
                found = true;
            }
        }
        if (found)
            out.replace(variable->start, variable->length, value);
    }
    return out;
}

// The parts of one bubble or card from the definition's `components` and the send's.
struct Laid
{
    QList<PhoneBlock> blocks;
    QList<PhoneButton> buttons;
};

Laid lay(PhoneBuilder &builder, const QJsonArray &defined, const Sent &sent, const QString &fallback, bool auth,
         qreal width)
{
    Laid laid;
    const TemplateDefinitionParts parts = TemplateDefinitionParts::read(defined);
    const QJsonObject &header = parts.header;
    const QJsonObject &body = parts.body;
    const QJsonObject &footer = parts.footer;
    const QJsonObject &offerDefinition = parts.offer;
    const QJsonArray &buttons = parts.buttons;
    const QJsonArray headerValues = sent.header.value(QStringLiteral("parameters")).toArray();
    if (upper(header.value(QStringLiteral("format"))) == u"TEXT") {
        laid.blocks << builder.text(filled(header.value(QStringLiteral("text")).toString(), headerValues),
                                    sent.headerAt.isEmpty() ? fallback : sent.headerAt, QStringLiteral("header"),
                                    Role::Header, width);
    } else if (!header.isEmpty() && !headerValues.isEmpty()) {
        // Media or a location: what the send gives.
        const QJsonObject parameter = headerValues.first().toObject();
        const QString type = parameter.value(QStringLiteral("type")).toString().toLower();
        laid.blocks << builder.media(
            parameter.value(type).toObject(), type == u"location" ? QStringLiteral("image") : type,
            append(append(append(sent.headerAt, QStringLiteral("parameters")), 0), type), width);
    }
    if (!offerDefinition.isEmpty()) {
        laid.blocks << builder.text(offerDefinition.value(QStringLiteral("limited_time_offer"))
                                        .toObject()
                                        .value(QStringLiteral("text"))
                                        .toString(),
                                    sent.offerAt.isEmpty() ? fallback : sent.offerAt, QStringLiteral("offer-text"),
                                    Role::Header, width);
        if (!sent.offer.isEmpty())
            laid.blocks << offer(builder, sent.offer, sent.offerAt, width);
    }
    const QJsonArray bodyValues = sent.body.value(QStringLiteral("parameters")).toArray();
    const QString bodyAt = sent.bodyAt.isEmpty() ? fallback : sent.bodyAt;
    if (auth) {
        QString text =
            QStringLiteral("*%1* is your verification code.")
                .arg(bodyValues.isEmpty() ? QStringLiteral("{{1}}") : parameterValue(bodyValues.first().toObject()));
        if (body.value(QStringLiteral("add_security_recommendation")).toBool())
            text += QStringLiteral(" For your security, do not share this code.");
        laid.blocks << builder.text(text, bodyAt, QStringLiteral("body"), Role::Body, width);
        const int minutes = footer.value(QStringLiteral("code_expiration_minutes")).toInt();
        if (minutes > 0)
            laid.blocks << builder.text(QStringLiteral("This code expires in %1 minutes.").arg(minutes), fallback,
                                        QStringLiteral("footer"), Role::Footer, width);
    } else {
        if (!body.isEmpty())
            laid.blocks << builder.text(filled(body.value(QStringLiteral("text")).toString(), bodyValues), bodyAt,
                                        QStringLiteral("body"), Role::Body, width);
        if (!footer.isEmpty())
            laid.blocks << builder.text(footer.value(QStringLiteral("text")).toString(), fallback,
                                        QStringLiteral("footer"), Role::Footer, width);
    }
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject button = buttons.at(i).toObject();
        const QString type = upper(button.value(QStringLiteral("type")));
        const QString text = button.value(QStringLiteral("text")).toString();
        const QString at = sent.buttons.contains(int(i)) ? sent.buttons.value(int(i)).second : fallback;
        static const QHash<QString, QString> icons = {{QStringLiteral("QUICK_REPLY"), QStringLiteral("reply")},
                                                      {QStringLiteral("URL"), QStringLiteral("link")},
                                                      {QStringLiteral("PHONE_NUMBER"), QStringLiteral("phone")},
                                                      {QStringLiteral("COPY_CODE"), QStringLiteral("copy")},
                                                      {QStringLiteral("OTP"), QStringLiteral("copy")},
                                                      {QStringLiteral("FLOW"), QStringLiteral("flow")},
                                                      {QStringLiteral("VOICE_CALL"), QStringLiteral("call")},
                                                      {QStringLiteral("MPM"), QStringLiteral("cart")},
                                                      {QStringLiteral("CATALOG"), QStringLiteral("cart")},
                                                      {QStringLiteral("SPM"), QStringLiteral("cart")}};
        QString label = text;
        if (type == u"COPY_CODE" || (type == u"OTP" && label.isEmpty()) || (auth && type == u"URL"))
            label = QStringLiteral("Copy code");
        else if (type == u"MPM")
            label = QStringLiteral("View items");
        else if (type == u"CATALOG")
            label = QStringLiteral("View catalog");
        else if (type == u"SPM")
            label = QStringLiteral("View");
        laid.buttons << PhoneButton{label, icons.value(type, QStringLiteral("link")), at};
    }
    if (laid.buttons.size() > 3) {
        laid.buttons = laid.buttons.mid(0, 2);
        laid.buttons << PhoneButton{QStringLiteral("See all options"), QStringLiteral("list"), fallback};
    }
    return laid;
}

} // namespace

bool definedTemplate(PhoneBuilder &builder, const QJsonObject &message)
{
    const TemplateLibrary *library = builder.options().templates;
    if (!library)
        return false;
    const QJsonObject templ = message.value(QStringLiteral("template")).toObject();
    const QJsonObject *definition =
        library->find(templ.value(QStringLiteral("name")).toString(),
                      templ.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString());
    if (!definition)
        return false;
    const bool auth = upper(definition->value(QStringLiteral("category"))) == u"AUTHENTICATION";
    const QJsonArray defined = definition->value(QStringLiteral("components")).toArray();
    const Sent sent =
        Sent::read(templ.value(QStringLiteral("components")).toArray(), QStringLiteral("/template/components"));
    const QJsonArray sentCards = sent.carousel.value(QStringLiteral("cards")).toArray();
    const QString cardsAt = sent.carouselAt.isEmpty() ? QString() : append(sent.carouselAt, QStringLiteral("cards"));
    const qreal width = builder.bubbleWidth() - 2 * PhoneTheme::BubblePadding;
    const Laid bubble = lay(builder, defined, sent, QStringLiteral("/template"), auth, width);
    builder.bubble(bubble.blocks, bubble.buttons, QStringLiteral("/template"), true);

    // A carousel: the definition's cards, each with the values the send gives its card.
    const QJsonArray cards = TemplateDefinitionParts::read(defined).carousel.value(QStringLiteral("cards")).toArray();
    if (cards.isEmpty())
        return true;
    const qreal top = builder.y();
    qreal x = builder.carouselLeft(cards.size());
    qreal tallest = 0;
    for (qsizetype c = 0; c < cards.size(); ++c) {
        QJsonArray sentCard;
        QString cardAt = cardsAt.isEmpty() ? QStringLiteral("/template") : append(cardsAt, c);
        for (qsizetype k = 0; k < sentCards.size(); ++k) {
            const QJsonObject card = sentCards.at(k).toObject();
            const QJsonValue index = card.value(QStringLiteral("card_index"));
            if ((index.isUndefined() ? k : Sent::indexOf(index)) == c) {
                sentCard = card.value(QStringLiteral("components")).toArray();
                cardAt = append(cardsAt, k);
            }
        }
        const Laid card = lay(builder, cards.at(c).toObject().value(QStringLiteral("components")).toArray(),
                              Sent::read(sentCard, append(cardAt, QStringLiteral("components"))), cardAt, false,
                              PhoneTheme::CardWidth - 2 * PhoneTheme::BubblePadding);
        tallest = qMax(tallest, builder.card(card.blocks, card.buttons, cardAt, x, top, PhoneTheme::CardWidth));
        x += PhoneTheme::CardWidth + 8;
    }
    builder.space(tallest + PhoneTheme::Gap);
    return true;
}

} // namespace PhoneParts
