// SPDX-License-Identifier: GPL-3.0-or-later
// What a send of a template gives, part by part, is Meta's "Send message templates" and template components
// pages: text parameters for the header's and body's variables ("parameter_name" for named ones), the media
// or location of a media header, a button component (sub_type, index) for a URL button's variable
// ("text": the URL's end), a copy code button ("coupon_code"), an authentication template's code (sub_type
// url), a multi-product button's sections, the limited-time offer's "expiration_time_ms", and for a
// carousel "the same number of cards as defined", each with its card_index and its own components.
#include "templateuse.h"

#include "templatesend.h"
#include "templatevariables.h"

#include "message/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>

using JsonPointer::append;

namespace {

struct UseText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateUse)
};

QString upper(const QJsonValue &value)
{
    return value.toString().toUpper();
}

// A header's or body's examples by variable: "example": {"body_text": [["Maria", ...]]} (the first set) or
// {"body_text_named_params": [{"param_name": ..., "example": ...}]}.
QHash<QString, QString> examplesOf(const QJsonObject &component, const QString &positionalKey, const QString &namedKey)
{
    QHash<QString, QString> out;
    const QJsonObject example = component.value(QStringLiteral("example")).toObject();
    const QJsonArray named = example.value(namedKey).toArray();
    for (const QJsonValue &entry : named)
        out.insert(entry.toObject().value(QStringLiteral("param_name")).toString(),
                   entry.toObject().value(QStringLiteral("example")).toString());
    QJsonArray positional = example.value(positionalKey).toArray();
    if (!positional.isEmpty() && positional.first().isArray())
        positional = positional.first().toArray();
    for (qsizetype i = 0; i < positional.size(); ++i)
        out.insert(QString::number(i + 1), positional.at(i).toString());
    return out;
}

QString firstString(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().first().toString() : value.toString();
}

// A URL button's example is the whole URL; the send gives what stands where the variable is.
QString urlEnd(const QJsonObject &button)
{
    const QString url = button.value(QStringLiteral("url")).toString();
    const QString example = firstString(button.value(QStringLiteral("example")));
    const QList<TemplateVariables::Variable> variables = TemplateVariables::scan(url).variables;
    if (variables.isEmpty())
        return example;
    const QString before = url.left(variables.first().start);
    const QString after = url.mid(variables.first().start + variables.first().length);
    QString end = example.startsWith(before) ? example.mid(before.size()) : example;
    if (!after.isEmpty() && end.endsWith(after))
        end.chop(after.size());
    return end;
}

// The code an authentication template's example gives, or a made-up one.
QString authenticationCode(const TemplateDefinitionParts &parts)
{
    const QString code = examplesOf(parts.body, QStringLiteral("body_text"), QString()).value(QStringLiteral("1"));
    return code.isEmpty() ? QStringLiteral("123456") : code;
}

// Which of a definition's buttons the send fills, and with what kind of parameter.
enum class ButtonValue
{
    None,
    UrlEnd,
    Coupon,
    Code,
    Sections
};

ButtonValue valueOf(const QJsonObject &button, bool authentication)
{
    const QString type = upper(button.value(QStringLiteral("type")));
    if (type == u"OTP" || (authentication && type == u"URL"))
        return ButtonValue::Code;
    if (type == u"URL" && !TemplateVariables::scan(button.value(QStringLiteral("url")).toString()).variables.isEmpty())
        return ButtonValue::UrlEnd;
    if (type == u"COPY_CODE")
        return ButtonValue::Coupon;
    if (type == u"MPM")
        return ButtonValue::Sections;
    return ButtonValue::None;
}

struct Builder
{
    TemplateUse::Values values;
    bool named = false;
    bool authentication = false;
    QString code;
    QDateTime now;

    bool examples() const { return values == TemplateUse::Values::Examples; }

    QJsonArray textParameters(const QJsonObject &component, const QString &text, const QString &positionalKey,
                              const QString &namedKey) const
    {
        const QHash<QString, QString> given = examplesOf(component, positionalKey, namedKey);
        QJsonArray parameters;
        for (const QString &variable : TemplateVariables::names(text)) {
            QJsonObject parameter{{QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"), examples() ? given.value(variable) : QString()}};
            if (named)
                parameter.insert(QStringLiteral("parameter_name"), variable);
            parameters.append(parameter);
        }
        return parameters;
    }

    QJsonObject header(const QJsonObject &header) const
    {
        const QString format = upper(header.value(QStringLiteral("format")));
        QJsonArray parameters;
        if (format == u"TEXT") {
            parameters = textParameters(header, header.value(QStringLiteral("text")).toString(),
                                        QStringLiteral("header_text"), QStringLiteral("header_text_named_params"));
        } else if (format == u"LOCATION") {
            parameters.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("location")},
                {QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("latitude"), examples() ? QStringLiteral("37.4847") : QString()},
                             {QStringLiteral("longitude"), examples() ? QStringLiteral("-122.1473") : QString()},
                             {QStringLiteral("name"), QString()},
                             {QStringLiteral("address"), QString()}}}});
        } else if (format == u"IMAGE" || format == u"VIDEO" || format == u"GIF" || format == u"DOCUMENT") {
            // A template's GET answer gives its sample as a link; a definition being written, an upload handle.
            const QString sample =
                firstString(header.value(QStringLiteral("example")).toObject().value(QStringLiteral("header_handle")));
            const QString type = format == u"GIF" ? QStringLiteral("video") : format.toLower();
            const bool link = examples() && sample.startsWith(QStringLiteral("http"));
            parameters.append(QJsonObject{{QStringLiteral("type"), type},
                                          {type, QJsonObject{{QStringLiteral("link"), link ? sample : QString()}}}});
        }
        if (parameters.isEmpty())
            return {};
        return {{QStringLiteral("type"), QStringLiteral("header")}, {QStringLiteral("parameters"), parameters}};
    }

    QJsonObject body(const QJsonObject &body) const
    {
        const QJsonArray parameters =
            authentication ? QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                    {QStringLiteral("text"), examples() ? code : QString()}}}
                           : textParameters(body, body.value(QStringLiteral("text")).toString(),
                                            QStringLiteral("body_text"), QStringLiteral("body_text_named_params"));
        if (parameters.isEmpty())
            return {};
        return {{QStringLiteral("type"), QStringLiteral("body")}, {QStringLiteral("parameters"), parameters}};
    }

    QJsonObject button(const QJsonObject &button, qsizetype index) const
    {
        QJsonObject parameter;
        QString subType;
        switch (valueOf(button, authentication)) {
        case ButtonValue::None:
            return {};
        case ButtonValue::Code:
            subType = QStringLiteral("url");
            parameter = {{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), examples() ? code : QString()}};
            break;
        case ButtonValue::UrlEnd:
            subType = QStringLiteral("url");
            parameter = {{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), examples() ? urlEnd(button) : QString()}};
            break;
        case ButtonValue::Coupon:
            subType = QStringLiteral("copy_code");
            parameter = {{QStringLiteral("type"), QStringLiteral("coupon_code")},
                         {QStringLiteral("coupon_code"),
                          examples() ? firstString(button.value(QStringLiteral("example"))) : QString()}};
            break;
        case ButtonValue::Sections:
            subType = QStringLiteral("mpm");
            parameter = {
                {QStringLiteral("type"), QStringLiteral("action")},
                {QStringLiteral("action"),
                 QJsonObject{{QStringLiteral("thumbnail_product_retailer_id"), QString()},
                             {QStringLiteral("sections"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("title"), QString()},
                                  {QStringLiteral("product_items"),
                                   QJsonArray{QJsonObject{{QStringLiteral("product_retailer_id"), QString()}}}}}}}}}};
            break;
        }
        return {{QStringLiteral("type"), QStringLiteral("button")},
                {QStringLiteral("sub_type"), subType},
                {QStringLiteral("index"), QString::number(index)},
                {QStringLiteral("parameters"), QJsonArray{parameter}}};
    }

    QJsonArray components(const QJsonArray &defined) const
    {
        const TemplateDefinitionParts parts = TemplateDefinitionParts::read(defined);
        QJsonArray out;
        for (const QJsonObject &component : {header(parts.header), body(parts.body)}) {
            if (!component.isEmpty())
                out.append(component);
        }
        if (parts.offer.value(QStringLiteral("limited_time_offer"))
                .toObject()
                .value(QStringLiteral("has_expiration"))
                .toBool()) {
            out.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("limited_time_offer")},
                {QStringLiteral("parameters"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("limited_time_offer")},
                     {QStringLiteral("limited_time_offer"),
                      QJsonObject{{QStringLiteral("expiration_time_ms"), now.addDays(1).toMSecsSinceEpoch()}}}}}}});
        }
        for (qsizetype i = 0; i < parts.buttons.size(); ++i) {
            const QJsonObject component = button(parts.buttons.at(i).toObject(), i);
            if (!component.isEmpty())
                out.append(component);
        }
        const QJsonArray cards = parts.carousel.value(QStringLiteral("cards")).toArray();
        if (!parts.carousel.isEmpty()) {
            QJsonArray sentCards;
            for (qsizetype k = 0; k < cards.size(); ++k)
                sentCards.append(
                    QJsonObject{{QStringLiteral("card_index"), int(k)},
                                {QStringLiteral("components"),
                                 components(cards.at(k).toObject().value(QStringLiteral("components")).toArray())}});
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("carousel")},
                                   {QStringLiteral("cards"), sentCards}});
        }
        return out;
    }
};

// The hints of one list of components (the template's or a card's).
void hintComponents(QHash<QString, TemplateUse::Hint> &out, const QJsonArray &defined, const QJsonArray &sent,
                    const QString &at, bool named, bool authentication, const QString &card)
{
    const TemplateDefinitionParts parts = TemplateDefinitionParts::read(defined);
    const TemplateSendParts given = TemplateSendParts::read(sent, at);
    const auto text = [&](bool body, const QJsonObject &definition, const QJsonObject &component,
                          const QString &componentAt, const QString &positionalKey, const QString &namedKey) {
        const bool code = authentication && body;
        const QStringList variables =
            code ? QStringList{QStringLiteral("1")}
                 : TemplateVariables::names(definition.value(QStringLiteral("text")).toString());
        const QHash<QString, QString> examples = examplesOf(definition, positionalKey, namedKey);
        const QJsonArray parameters = component.value(QStringLiteral("parameters")).toArray();
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            const QString name = named ? parameters.at(i).toObject().value(QStringLiteral("parameter_name")).toString()
                                       : QString::number(i + 1);
            if (!variables.contains(name))
                continue;
            const QString itemAt = append(append(componentAt, QStringLiteral("parameters")), i);
            const QString title = code   ? UseText::tr("%1The code").arg(card)
                                  : body ? UseText::tr("%1{{%2}} in the body").arg(card, name)
                                         : UseText::tr("%1{{%2}} in the header").arg(card, name);
            const TemplateUse::Hint hint{title, examples.value(name)};
            out.insert(itemAt, hint);
            out.insert(append(itemAt, QStringLiteral("text")), hint);
        }
    };
    if (!given.headerAt.isEmpty()) {
        if (upper(parts.header.value(QStringLiteral("format"))) == u"TEXT")
            text(false, parts.header, given.header, given.headerAt, QStringLiteral("header_text"),
                 QStringLiteral("header_text_named_params"));
        else if (!parts.header.isEmpty())
            out.insert(append(append(given.headerAt, QStringLiteral("parameters")), 0),
                       {UseText::tr("%1The header's %2")
                            .arg(card, parts.header.value(QStringLiteral("format")).toString().toLower()),
                        QString()});
    }
    if (!given.bodyAt.isEmpty())
        text(true, parts.body, given.body, given.bodyAt, QStringLiteral("body_text"),
             QStringLiteral("body_text_named_params"));
    if (!given.offerAt.isEmpty())
        out.insert(append(append(given.offerAt, QStringLiteral("parameters")), 0),
                   {UseText::tr("When the offer ends"), QString()});
    for (auto it = given.buttons.cbegin(); it != given.buttons.cend(); ++it) {
        if (it.key() < 0 || it.key() >= parts.buttons.size())
            continue;
        const QJsonObject button = parts.buttons.at(it.key()).toObject();
        const QString label = button.value(QStringLiteral("text")).toString();
        const QString itemAt = append(append(it.value().second, QStringLiteral("parameters")), 0);
        TemplateUse::Hint hint;
        switch (valueOf(button, authentication)) {
        case ButtonValue::None:
            continue;
        case ButtonValue::Code:
            hint = {UseText::tr("%1The code (button %2)").arg(card).arg(it.key() + 1), QString()};
            out.insert(append(itemAt, QStringLiteral("text")), hint);
            break;
        case ButtonValue::UrlEnd:
            hint = {UseText::tr("%1End of button %2's URL (%3)").arg(card).arg(it.key() + 1).arg(label),
                    urlEnd(button)};
            out.insert(append(itemAt, QStringLiteral("text")), hint);
            break;
        case ButtonValue::Coupon:
            hint = {UseText::tr("%1The code button %2 copies").arg(card).arg(it.key() + 1),
                    firstString(button.value(QStringLiteral("example")))};
            out.insert(append(itemAt, QStringLiteral("coupon_code")), hint);
            break;
        case ButtonValue::Sections:
            hint = {UseText::tr("%1The products of button %2 (%3)").arg(card).arg(it.key() + 1).arg(label), QString()};
            break;
        }
        out.insert(itemAt, hint);
    }
    const QJsonArray cards = parts.carousel.value(QStringLiteral("cards")).toArray();
    const QJsonArray sentCards = given.carousel.value(QStringLiteral("cards")).toArray();
    for (qsizetype c = 0; c < sentCards.size(); ++c) {
        const QJsonObject sentCard = sentCards.at(c).toObject();
        const QJsonValue index = sentCard.value(QStringLiteral("card_index"));
        const qsizetype k = index.isUndefined() ? c : TemplateSendParts::indexOf(index);
        if (k < 0 || k >= cards.size())
            continue;
        hintComponents(
            out, cards.at(k).toObject().value(QStringLiteral("components")).toArray(),
            sentCard.value(QStringLiteral("components")).toArray(),
            append(append(append(given.carouselAt, QStringLiteral("cards")), c), QStringLiteral("components")), named,
            authentication, UseText::tr("Card %1: ").arg(k + 1));
    }
}

} // namespace

namespace TemplateUse {

QJsonObject message(const QJsonObject &definition, Values values, const QDateTime &now)
{
    Builder builder;
    builder.values = values;
    builder.named = upper(definition.value(QStringLiteral("parameter_format"))) == u"NAMED";
    builder.authentication = upper(definition.value(QStringLiteral("category"))) == u"AUTHENTICATION";
    builder.now = now;
    const QJsonArray components = definition.value(QStringLiteral("components")).toArray();
    builder.code = authenticationCode(TemplateDefinitionParts::read(components));
    QJsonObject sent{{QStringLiteral("name"), definition.value(QStringLiteral("name")).toString()},
                     {QStringLiteral("language"),
                      QJsonObject{{QStringLiteral("code"), definition.value(QStringLiteral("language")).toString()}}}};
    const QJsonArray parts = builder.components(components);
    if (!parts.isEmpty())
        sent.insert(QStringLiteral("components"), parts);
    return {{QStringLiteral("type"), QStringLiteral("template")}, {QStringLiteral("template"), sent}};
}

QHash<QString, Hint> hints(const QJsonObject &message, const QJsonObject &definition)
{
    QHash<QString, Hint> out;
    hintComponents(out, definition.value(QStringLiteral("components")).toArray(),
                   message.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray(),
                   QStringLiteral("/template/components"),
                   upper(definition.value(QStringLiteral("parameter_format"))) == u"NAMED",
                   upper(definition.value(QStringLiteral("category"))) == u"AUTHENTICATION", QString());
    return out;
}

} // namespace TemplateUse
