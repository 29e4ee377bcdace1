// SPDX-License-Identifier: GPL-3.0-or-later
#include "skeleton.h"

#include "schemaregistry.h"

#include <QJsonArray>

namespace Skeleton {

namespace {

constexpr int MaxDepth = 12;

QJsonValue makeAt(const SchemaRegistry &registry, const QJsonObject &schema, int depth, const QJsonObject &seed = {});

QJsonValue scalar(const QJsonObject &node)
{
    if (node.contains(QStringLiteral("const")))
        return node.value(QStringLiteral("const"));
    if (node.contains(QStringLiteral("default")))
        return node.value(QStringLiteral("default"));
    const QJsonArray values = node.value(QStringLiteral("enum")).toArray();
    if (!values.isEmpty())
        return values.first();
    const QJsonValue type = node.value(QStringLiteral("type"));
    const QString first = type.isArray() ? type.toArray().first().toString() : type.toString();
    if (first == u"boolean")
        return false;
    if (first == u"integer" || first == u"number")
        return node.value(QStringLiteral("minimum")).toDouble(0);
    return QString();
}

QJsonObject makeObject(const SchemaRegistry &registry, const QJsonObject &schema, int depth, const QJsonObject &seed)
{
    // Required fields first; then the conditions they satisfy may ask for more (a header's type asks
    // for its text or media), so fill in rounds until nothing new is required.
    QJsonObject out = seed;
    for (int round = 0; round < 4; ++round) {
        const QJsonObject node = registry.specialise(schema, out);
        const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
        bool added = false;
        // Required fields, and those the schema asks forms to start with ("x-create").
        QJsonArray wanted = node.value(QStringLiteral("required")).toArray();
        const QJsonArray names = node.value(QStringLiteral("x-create")).toArray();
        for (const QJsonValue &name : names)
            wanted.append(name);
        for (const QJsonValue &name : std::as_const(wanted)) {
            const QString key = name.toString();
            if (out.contains(key) || !properties.contains(key))
                continue;
            out.insert(key, makeAt(registry, properties.value(key).toObject(), depth + 1));
            added = true;
        }
        // A media object says "link or id": start with a link.
        const QJsonArray choice = node.value(QStringLiteral("x-choice")).toArray();
        if (!choice.isEmpty() && !out.contains(choice.first().toString())) {
            bool any = false;
            for (const QJsonValue &option : choice)
                any = any || out.contains(option.toString());
            if (!any) {
                out.insert(choice.first().toString(), QString());
                added = true;
            }
        }
        if (!added)
            break;
    }
    return out;
}

QJsonValue makeAt(const SchemaRegistry &registry, const QJsonObject &schema, int depth, const QJsonObject &seed)
{
    const QJsonObject node = registry.resolve(schema);
    if (depth > MaxDepth)
        return QJsonValue();
    const QString type = node.value(QStringLiteral("type")).toString();
    if (type == u"object" || node.contains(QStringLiteral("properties")))
        return makeObject(registry, node, depth, seed);
    if (type == u"array") {
        QJsonArray items;
        const int count = node.value(QStringLiteral("minItems")).toInt(0);
        for (int i = 0; i < count; ++i)
            items.append(makeAt(registry, node.value(QStringLiteral("items")).toObject(), depth + 1));
        return items;
    }
    return scalar(node);
}

} // namespace

QJsonValue make(const SchemaRegistry &registry, const QJsonObject &node, const QJsonObject &seed)
{
    return makeAt(registry, node, 0, seed);
}

QJsonObject message(const SchemaRegistry &registry, const QString &kindId)
{
    return make(registry, registry.kindSchema(kindId)).toObject();
}

} // namespace Skeleton
