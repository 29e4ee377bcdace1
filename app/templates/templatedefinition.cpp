// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatedefinition.h"

#include "templatelint.h"

#include "message/jsonpointer.h"
#include "message/schemaerrors.h"
#include "message/schemaregistry.h"

#include <QJsonArray>

namespace {

void upper(QJsonObject &object, const QString &key)
{
    if (object.value(key).isString())
        object.insert(key, object.value(key).toString().toUpper());
}

QJsonArray normalisedComponents(const QJsonArray &components)
{
    QJsonArray out;
    for (const QJsonValue &value : components) {
        if (!value.isObject()) {
            out.append(value);
            continue;
        }
        QJsonObject component = value.toObject();
        upper(component, QStringLiteral("type"));
        upper(component, QStringLiteral("format"));
        if (component.value(QStringLiteral("buttons")).isArray()) {
            QJsonArray buttons = component.value(QStringLiteral("buttons")).toArray();
            for (auto &&entry : buttons) {
                if (!entry.isObject())
                    continue;
                QJsonObject button = entry.toObject();
                upper(button, QStringLiteral("type"));
                upper(button, QStringLiteral("otp_type"));
                entry = button;
            }
            component.insert(QStringLiteral("buttons"), buttons);
        }
        if (component.value(QStringLiteral("cards")).isArray()) {
            QJsonArray cards = component.value(QStringLiteral("cards")).toArray();
            for (auto &&entry : cards) {
                QJsonObject card = entry.toObject();
                if (card.value(QStringLiteral("components")).isArray())
                    card.insert(QStringLiteral("components"),
                                normalisedComponents(card.value(QStringLiteral("components")).toArray()));
                if (entry.isObject())
                    entry = card;
            }
            component.insert(QStringLiteral("cards"), cards);
        }
        out.append(component);
    }
    return out;
}

} // namespace

namespace TemplateDefinition {

QJsonObject normalised(const QJsonObject &definition)
{
    QJsonObject out = definition;
    upper(out, QStringLiteral("category"));
    upper(out, QStringLiteral("parameter_format"));
    if (out.value(QStringLiteral("components")).isArray())
        out.insert(QStringLiteral("components"),
                   normalisedComponents(out.value(QStringLiteral("components")).toArray()));
    return out;
}

QJsonObject withoutProviderState(QJsonObject definition)
{
    for (const char *key : {"id", "status", "rejected_reason", "quality_score"})
        definition.remove(QLatin1String(key));
    return definition;
}

Issues check(const QJsonObject &definition)
{
    Issues issues = TemplateLint::check(definition);
    const Issues schema = SchemaErrors::validate(SchemaRegistry::shared(), schemaId(), normalised(definition));
    for (const Issue &issue : schema) {
        const bool said = std::any_of(issues.cbegin(), issues.cend(), [&issue](const Issue &known) {
            return known.pointer == issue.pointer ||
                   (!known.pointer.isEmpty() && JsonPointer::within(issue.pointer, known.pointer));
        });
        if (!said)
            issues.append(issue);
    }
    return issues;
}

} // namespace TemplateDefinition
