// SPDX-License-Identifier: GPL-3.0-or-later
#include "formedits.h"

#include "document/draftdocument.h"
#include "message/schemaregistry.h"
#include "message/skeleton.h"

namespace FormEdits {

void writeArray(DraftDocument *document, const QString &arrayPointer, QJsonArray items)
{
    // Cards carry their position as card_index: keep it equal to where they are.
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.contains(QStringLiteral("card_index"))) {
            item.insert(QStringLiteral("card_index"), int(i));
            items[i] = item;
        }
    }
    document->setValue(arrayPointer, items);
}

void removeItem(DraftDocument *document, const QString &arrayPointer, qsizetype index)
{
    QJsonArray items = document->value(arrayPointer).toArray();
    items.removeAt(index);
    writeArray(document, arrayPointer, items);
}

void moveItem(DraftDocument *document, const QString &arrayPointer, qsizetype from, qsizetype to)
{
    QJsonArray items = document->value(arrayPointer).toArray();
    if (to < 0 || to >= items.size())
        return;
    const QJsonValue item = items.takeAt(from);
    items.insert(to, item);
    writeArray(document, arrayPointer, items);
}

void duplicateItem(DraftDocument *document, const QString &arrayPointer, qsizetype index)
{
    QJsonArray items = document->value(arrayPointer).toArray();
    if (index < 0 || index >= items.size())
        return;
    items.insert(index + 1, items.at(index));
    writeArray(document, arrayPointer, items);
}

QJsonValue shapedLike(const QJsonValue &first)
{
    static const QStringList kept = {QStringLiteral("type"), QStringLiteral("sub_type"), QStringLiteral("name"),
                                     QStringLiteral("format")};
    if (first.isArray()) {
        QJsonArray out;
        const QJsonArray items = first.toArray();
        for (const QJsonValue &item : items)
            out.append(shapedLike(item));
        return out;
    }
    if (!first.isObject())
        return first;
    QJsonObject out = first.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.value().isString() && !kept.contains(it.key()))
            it.value() = QString();
        else if (it.value().isObject() || it.value().isArray())
            it.value() = shapedLike(it.value());
    }
    return out;
}

void switchType(DraftDocument *document, const QString &objectPointer, const QJsonObject &objectNode,
                const QString &key, const QString &option)
{
    if (document->value(objectPointer).toObject().value(key).toString() == option)
        return;
    const QJsonObject seed{{key, option}};
    const QJsonObject raw = objectNode.value(QStringLiteral("x-raw")).toObject();
    document->setValue(objectPointer, Skeleton::make(SchemaRegistry::shared(), raw.isEmpty() ? objectNode : raw, seed));
}

} // namespace FormEdits
