// SPDX-License-Identifier: GPL-3.0-or-later
#include "formschema.h"

#include "message/schemaregistry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace FormSchema {

namespace {

const SchemaRegistry &registry()
{
    return SchemaRegistry::shared();
}

// Whether `value`'s fields have one of the values `condition` lists; a type or sub-type in any case, as
// Meta takes it ("BODY" is "body").
bool whenHolds(const QJsonObject &condition, const QJsonValue &value)
{
    for (auto it = condition.constBegin(); it != condition.constEnd(); ++it) {
        const QJsonValue actual = value.toObject().value(it.key());
        const QJsonArray allowed = it.value().toArray();
        const bool anyCase = (it.key() == u"type" || it.key() == u"sub_type") && actual.isString();
        const bool holds = std::any_of(allowed.begin(), allowed.end(), [&](const QJsonValue &option) {
            return anyCase ? option.toString().compare(actual.toString(), Qt::CaseInsensitive) == 0 : option == actual;
        });
        if (!holds)
            return false;
    }
    return true;
}

} // namespace

QString text(const QJsonObject &node, const QString &key, const QString &fallback)
{
    const QString source = node.value(key).toString();
    return source.isEmpty() ? fallback : QCoreApplication::translate("Schemas", source.toUtf8().constData());
}

bool isRequired(const QJsonObject &node, const QString &key)
{
    return node.value(QStringLiteral("required")).toArray().contains(key);
}

QString typeOf(const QJsonObject &node)
{
    const QJsonValue type = node.value(QStringLiteral("type"));
    return type.isArray() ? type.toArray().first().toString() : type.toString();
}

QString discriminatorOf(const QJsonObject &node)
{
    const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (registry().resolve(it.value().toObject()).value(QStringLiteral("x-widget")).toString() == u"discriminator")
            return it.key();
    }
    return {};
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList out;
    const QJsonArray values = array.toArray();
    for (const QJsonValue &value : values)
        out.append(value.toString());
    return out;
}

QStringList orderOf(const QJsonObject &node)
{
    QStringList order = stringsOf(node.value(QStringLiteral("x-order")));
    for (const QString &key : node.value(QStringLiteral("properties")).toObject().keys()) {
        if (!order.contains(key))
            order.append(key);
    }
    return order;
}

bool visible(const QJsonObject &parentNode, const QJsonValue &parentValue, const QString &key,
             const QJsonValue &grandparentValue)
{
    const QJsonObject child =
        registry().resolve(parentNode.value(QStringLiteral("properties")).toObject().value(key).toObject());
    if (child.contains(QStringLiteral("const")) || child.value(QStringLiteral("x-hidden")).toBool())
        return false; // the skeleton or the form keeps it; there is nothing to choose
    // Rarely used fields show only where a message already has them.
    if (child.value(QStringLiteral("x-advanced")).toBool() && !parentValue.toObject().contains(key))
        return false;
    if (child.contains(QStringLiteral("x-when")) &&
        !whenHolds(child.value(QStringLiteral("x-when")).toObject(), parentValue))
        return false;
    if (child.contains(QStringLiteral("x-when-parent")) &&
        !whenHolds(child.value(QStringLiteral("x-when-parent")).toObject(), grandparentValue))
        return false;
    // A discriminated object shows the part its type names, not the others' parts.
    const QString discriminator = discriminatorOf(parentNode);
    if (!discriminator.isEmpty() && key != discriminator) {
        const QStringList options = stringsOf(
            registry()
                .resolve(parentNode.value(QStringLiteral("properties")).toObject().value(discriminator).toObject())
                .value(QStringLiteral("enum")));
        if (options.contains(key) &&
            parentValue.toObject().value(discriminator).toString().compare(key, Qt::CaseInsensitive) != 0)
            return false;
    }
    const QStringList choice = stringsOf(parentNode.value(QStringLiteral("x-choice")));
    if (choice.contains(key)) {
        const QJsonObject object = parentValue.toObject();
        const bool any =
            std::any_of(choice.cbegin(), choice.cend(), [&](const QString &c) { return object.contains(c); });
        return object.contains(key) || (!any && key == choice.first());
    }
    return true;
}

} // namespace FormSchema
