// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesend.h"

#include "message/jsonpointer.h"

TemplateSendParts TemplateSendParts::read(const QJsonArray &components, const QString &pointer)
{
    TemplateSendParts parts;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject component = components.at(i).toObject();
        const QString at = JsonPointer::append(pointer, i);
        const QString type = component.value(QStringLiteral("type")).toString().toLower();
        if (type == u"header") {
            parts.header = component;
            parts.headerAt = at;
        } else if (type == u"body") {
            parts.body = component;
            parts.bodyAt = at;
        } else if (type == u"limited_time_offer") {
            parts.offer = component;
            parts.offerAt = at;
        } else if (type == u"carousel") {
            parts.carousel = component;
            parts.carouselAt = at;
        } else if (type == u"button") {
            parts.buttons.insert(indexOf(component.value(QStringLiteral("index"))), {component, at});
        }
    }
    return parts;
}

TemplateDefinitionParts TemplateDefinitionParts::read(const QJsonArray &components)
{
    TemplateDefinitionParts parts;
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(QStringLiteral("type")).toString().toUpper();
        if (type == u"HEADER")
            parts.header = component;
        else if (type == u"BODY")
            parts.body = component;
        else if (type == u"FOOTER")
            parts.footer = component;
        else if (type == u"LIMITED_TIME_OFFER")
            parts.offer = component;
        else if (type == u"CAROUSEL")
            parts.carousel = component;
        else if (type == u"BUTTONS")
            parts.buttons = component.value(QStringLiteral("buttons")).toArray();
    }
    return parts;
}
