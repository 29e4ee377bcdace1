// SPDX-License-Identifier: GPL-3.0-or-later
// A template send against its definition. The codes are Meta's (Cloud API error codes,
// https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes): 132000 "Number of parameters
// does not match the expected number of params", 132001 "Template does not exist" (in that language, or not
// approved), 132012 "Parameter format does not match format in the created template", 132015 "Template is
// paused", 132016 "Template is disabled". What each part of a send takes: template components
// (.../message-templates/components), limited-time offer and media card carousel templates (a send has
// "the same number of cards as defined"), authentication templates (the code in the body and in the
// button, sub_type url).
#include "templatematch.h"

#include "templatelibrary.h"
#include "templatesend.h"
#include "templatevariables.h"

#include "message/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>

using JsonPointer::append;

namespace {

struct MatchText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateMatch)
};

QString upper(const QJsonValue &value)
{
    return value.toString().toUpper();
}

QString lower(const QJsonValue &value)
{
    return value.toString().toLower();
}

Issue coded(const QString &code, const QString &pointer, const QString &message)
{
    Issue issue = Issue::error(pointer, message);
    issue.code = code;
    return issue;
}

using Sent = TemplateSendParts;
using Defined = TemplateDefinitionParts;

struct Matcher
{
    bool named = false;
    bool authentication = false;
    Issues issues;

    // The text parameters of a header or body: as many as the definition's text has variables, named as
    // it names them.
    void textParameters(const QString &part, const QStringList &variables, const QJsonObject &sent,
                        const QString &sentAt, const QString &componentsAt, const QStringList &types)
    {
        const QJsonArray parameters = sent.value(QStringLiteral("parameters")).toArray();
        if (sentAt.isEmpty()) {
            if (!variables.isEmpty())
                issues.append(coded(QStringLiteral("132000"), componentsAt,
                                    MatchText::tr("The template's %1 has %n variable(s): add a %1 component with its "
                                                  "parameters",
                                                  nullptr, int(variables.size()))
                                        .arg(part)));
            return;
        }
        const QString parametersAt = append(sentAt, QStringLiteral("parameters"));
        if (parameters.size() != variables.size()) {
            issues.append(coded(QStringLiteral("132000"), parametersAt,
                                MatchText::tr("The template's %1 takes %n parameter(s); this send gives %2", nullptr,
                                              int(variables.size()))
                                    .arg(part)
                                    .arg(parameters.size())));
        }
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            const QJsonObject parameter = parameters.at(i).toObject();
            const QString at = append(parametersAt, i);
            const QString type = lower(parameter.value(QStringLiteral("type")));
            if (!types.contains(type))
                issues.append(coded(QStringLiteral("132012"), append(at, QStringLiteral("type")),
                                    MatchText::tr("The template's %1 takes %2 parameters, not %3")
                                        .arg(part, types.join(QStringLiteral(", ")), type)));
            const QString name = parameter.value(QStringLiteral("parameter_name")).toString();
            if (named && name.isEmpty()) {
                issues.append(coded(QStringLiteral("132012"), at,
                                    MatchText::tr("The template's parameters are named: give this one its "
                                                  "parameter_name (%1)")
                                        .arg(variables.join(QStringLiteral(", ")))));
            } else if (named && !variables.contains(name)) {
                issues.append(coded(QStringLiteral("132000"), append(at, QStringLiteral("parameter_name")),
                                    MatchText::tr("The template's %1 has no {{%2}}; it has %3")
                                        .arg(part, name, variables.join(QStringLiteral(", ")))));
            } else if (!named && !name.isEmpty()) {
                issues.append(coded(QStringLiteral("132012"), append(at, QStringLiteral("parameter_name")),
                                    MatchText::tr("The template's parameters are positional: leave parameter_name "
                                                  "out")));
            }
        }
    }

    void header(const QJsonObject &definition, const Sent &sent, const QString &componentsAt)
    {
        const QString format = upper(definition.value(QStringLiteral("format")));
        const QJsonArray parameters = sent.header.value(QStringLiteral("parameters")).toArray();
        if (definition.isEmpty() ||
            (format == u"TEXT" &&
             TemplateVariables::names(definition.value(QStringLiteral("text")).toString()).isEmpty())) {
            if (!parameters.isEmpty())
                issues.append(coded(QStringLiteral("132000"), append(sent.headerAt, QStringLiteral("parameters")),
                                    definition.isEmpty()
                                        ? MatchText::tr("The template has no header to give parameters to")
                                        : MatchText::tr("The template's header is fixed text: it takes no "
                                                        "parameters")));
            return;
        }
        if (format == u"TEXT") {
            textParameters(MatchText::tr("header"),
                           TemplateVariables::names(definition.value(QStringLiteral("text")).toString()), sent.header,
                           sent.headerAt, componentsAt, {QStringLiteral("text")});
            return;
        }
        // A media or location header's content is the send's: one parameter of that kind.
        const QString wanted = format == u"GIF" ? QStringLiteral("video") : format.toLower();
        if (sent.headerAt.isEmpty() || parameters.isEmpty()) {
            issues.append(coded(QStringLiteral("132000"), sent.headerAt.isEmpty() ? componentsAt : sent.headerAt,
                                MatchText::tr("The template's header is %1: give it in a header component, "
                                              "{\"type\": \"%2\", \"%2\": {...}}")
                                    .arg(format.toLower(), wanted)));
            return;
        }
        const QString type = lower(parameters.first().toObject().value(QStringLiteral("type")));
        if (type != wanted && !(format == u"GIF" && type == u"gif"))
            issues.append(
                coded(QStringLiteral("132012"),
                      append(append(append(sent.headerAt, QStringLiteral("parameters")), 0), QStringLiteral("type")),
                      MatchText::tr("The template's header is %1, so its parameter is %2, not %3")
                          .arg(format.toLower(), wanted, type)));
        if (parameters.size() > 1)
            issues.append(coded(QStringLiteral("132000"), append(sent.headerAt, QStringLiteral("parameters")),
                                MatchText::tr("A header takes one parameter")));
    }

    void body(const QJsonObject &definition, const Sent &sent, const QString &componentsAt)
    {
        // An authentication template's body is Meta's, with one variable: the code.
        const QStringList variables =
            authentication ? QStringList{QStringLiteral("1")}
                           : TemplateVariables::names(definition.value(QStringLiteral("text")).toString());
        if (variables.isEmpty() && sent.body.value(QStringLiteral("parameters")).toArray().isEmpty())
            return;
        textParameters(MatchText::tr("body"), variables, sent.body, sent.bodyAt, componentsAt,
                       {QStringLiteral("text"), QStringLiteral("currency"), QStringLiteral("date_time")});
    }

    // Each button the send gives is one the definition has at that index, of its sub_type; each button
    // whose content is the send's (a URL's variable, a code, a catalogue's sections) is given.
    void buttons(const QJsonArray &definition, const Sent &sent, const QString &componentsAt)
    {
        static const QHash<QString, QString> subTypes = {
            {QStringLiteral("URL"), QStringLiteral("url")},
            {QStringLiteral("COPY_CODE"), QStringLiteral("copy_code")},
            {QStringLiteral("QUICK_REPLY"), QStringLiteral("quick_reply")},
            {QStringLiteral("FLOW"), QStringLiteral("flow")},
            {QStringLiteral("MPM"), QStringLiteral("mpm")},
            {QStringLiteral("CATALOG"), QStringLiteral("catalog")},
            {QStringLiteral("OTP"), QStringLiteral("url")},
            {QStringLiteral("VOICE_CALL"), QStringLiteral("voice_call")},
        };
        for (auto it = sent.buttons.cbegin(); it != sent.buttons.cend(); ++it) {
            const auto &[component, at] = it.value();
            if (it.key() < 0 || it.key() >= definition.size()) {
                issues.append(coded(QStringLiteral("132000"), append(at, QStringLiteral("index")),
                                    MatchText::tr("The template has no button at index %1 (it has %n button(s))",
                                                  nullptr, int(definition.size()))
                                        .arg(it.key())));
                continue;
            }
            const QString type = upper(definition.at(it.key()).toObject().value(QStringLiteral("type")));
            const QString wanted = subTypes.value(type);
            const QString subType = lower(component.value(QStringLiteral("sub_type")));
            if (wanted.isEmpty()) {
                issues.append(coded(
                    QStringLiteral("132000"), at,
                    MatchText::tr("Button %1 of the template is %2: a send gives it nothing").arg(it.key()).arg(type)));
            } else if (subType != wanted) {
                issues.append(coded(QStringLiteral("132012"), append(at, QStringLiteral("sub_type")),
                                    MatchText::tr("Button %1 of the template is %2: its sub_type is %3, not %4")
                                        .arg(it.key())
                                        .arg(type, wanted, subType)));
            }
        }
        for (qsizetype i = 0; i < definition.size(); ++i) {
            const QJsonObject button = definition.at(i).toObject();
            const QString type = upper(button.value(QStringLiteral("type")));
            // (An authentication template's one button, an OTP button as written and a URL button as Meta
            // lists it, takes the code.)
            const bool needed =
                type == u"COPY_CODE" || type == u"OTP" || type == u"MPM" || (authentication && type == u"URL") ||
                (type == u"URL" &&
                 !TemplateVariables::scan(button.value(QStringLiteral("url")).toString()).variables.isEmpty());
            if (needed && !sent.buttons.contains(int(i)))
                issues.append(coded(QStringLiteral("132000"), componentsAt,
                                    MatchText::tr("Button %1 of the template (%2) takes the send's value: add "
                                                  "{\"type\": \"button\", \"sub_type\": \"%3\", \"index\": \"%1\", "
                                                  "\"parameters\": [...]}")
                                        .arg(i)
                                        .arg(type, subTypes.value(type))));
        }
    }

    void offer(const QJsonObject &definition, const Sent &sent, const QString &componentsAt)
    {
        const bool expires = definition.value(QStringLiteral("limited_time_offer"))
                                 .toObject()
                                 .value(QStringLiteral("has_expiration"))
                                 .toBool();
        if (definition.isEmpty() && !sent.offerAt.isEmpty()) {
            issues.append(
                coded(QStringLiteral("132000"), sent.offerAt, MatchText::tr("The template has no limited-time offer")));
        } else if (expires && sent.offerAt.isEmpty()) {
            issues.append(coded(QStringLiteral("132000"), componentsAt,
                                MatchText::tr("The template's offer expires: add a limited_time_offer component with "
                                              "its expiration_time_ms")));
        }
    }

    void components(const QJsonArray &definition, const QJsonArray &sentComponents, const QString &componentsAt);
};

void Matcher::components(const QJsonArray &definition, const QJsonArray &sentComponents, const QString &componentsAt)
{
    const Defined parts = Defined::read(definition);
    const Sent sent = Sent::read(sentComponents, componentsAt);
    header(parts.header, sent, componentsAt);
    body(parts.body, sent, componentsAt);
    buttons(parts.buttons, sent, componentsAt);
    offer(parts.offer, sent, componentsAt);
    // A carousel: "the same number of cards as defined", each as its card is defined.
    const QJsonArray cards = parts.carousel.value(QStringLiteral("cards")).toArray();
    const QJsonArray sentCards = sent.carousel.value(QStringLiteral("cards")).toArray();
    if (parts.carousel.isEmpty() != sent.carouselAt.isEmpty()) {
        issues.append(coded(QStringLiteral("132000"), sent.carouselAt.isEmpty() ? componentsAt : sent.carouselAt,
                            parts.carousel.isEmpty()
                                ? MatchText::tr("The template has no carousel")
                                : MatchText::tr("The template is a carousel of %n card(s): add its carousel "
                                                "component",
                                                nullptr, int(cards.size()))));
        return;
    }
    if (parts.carousel.isEmpty())
        return;
    const QString cardsAt = append(sent.carouselAt, QStringLiteral("cards"));
    if (sentCards.size() != cards.size())
        issues.append(coded(QStringLiteral("132000"), cardsAt,
                            MatchText::tr("The template has %n card(s); this send gives %1", nullptr, int(cards.size()))
                                .arg(sentCards.size())));
    for (qsizetype c = 0; c < sentCards.size(); ++c) {
        const QJsonObject card = sentCards.at(c).toObject();
        const QJsonValue index = card.value(QStringLiteral("card_index"));
        const qsizetype k = index.isUndefined() ? c : Sent::indexOf(index);
        if (k < 0 || k >= cards.size())
            continue; // the count above says it
        components(cards.at(k).toObject().value(QStringLiteral("components")).toArray(),
                   card.value(QStringLiteral("components")).toArray(),
                   append(append(cardsAt, c), QStringLiteral("components")));
    }
}

} // namespace

namespace TemplateMatch {

Issues check(const QJsonObject &message, const TemplateLibrary &library)
{
    if (message.value(QStringLiteral("type")).toString() != u"template")
        return {};
    const QJsonObject sent = message.value(QStringLiteral("template")).toObject();
    QString name = sent.value(QStringLiteral("name")).toString();
    QString language = sent.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString();
    // Telnyx's template_id names the template in place of its name and language.
    if (name.isEmpty()) {
        const QJsonObject *byId = library.findById(sent.value(QStringLiteral("template_id")).toString());
        if (!byId)
            return {};
        name = byId->value(QStringLiteral("name")).toString();
        language = byId->value(QStringLiteral("language")).toString();
    }
    const QStringList languages = library.languages(name);
    if (languages.isEmpty())
        return {}; // a template the library does not hold is not checked
    const QJsonObject *definition = library.find(name, language);
    if (!definition) {
        return {coded(QStringLiteral("132001"), QStringLiteral("/template/language/code"),
                      MatchText::tr("The template %1 is not in %2; it is in %3")
                          .arg(name, language.isEmpty() ? MatchText::tr("no language") : language,
                               languages.join(QStringLiteral(", "))))};
    }
    // Where the definition came from Meta with its status: only an approved template is sent.
    const QString status = upper(definition->value(QStringLiteral("status")));
    if (status == u"PAUSED")
        return {coded(QStringLiteral("132015"), QStringLiteral("/template/name"),
                      MatchText::tr("The template %1 is paused (its quality is low): Meta refuses it").arg(name))};
    if (status == u"DISABLED")
        return {coded(QStringLiteral("132016"), QStringLiteral("/template/name"),
                      MatchText::tr("The template %1 is disabled: Meta refuses it").arg(name))};
    if (!status.isEmpty() && status != u"APPROVED")
        return {coded(QStringLiteral("132001"), QStringLiteral("/template/name"),
                      MatchText::tr("The template %1 is %2, not approved: Meta refuses it").arg(name, status))};
    Matcher matcher;
    matcher.named = upper(definition->value(QStringLiteral("parameter_format"))) == u"NAMED";
    matcher.authentication = upper(definition->value(QStringLiteral("category"))) == u"AUTHENTICATION";
    matcher.components(definition->value(QStringLiteral("components")).toArray(),
                       sent.value(QStringLiteral("components")).toArray(), QStringLiteral("/template/components"));
    return matcher.issues;
}

} // namespace TemplateMatch
