// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaregistry.h"

#include "jsondocument.h"
#include "jsonpointer.h"
#include "kinds.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>

namespace {

const QString SchemaDir = QStringLiteral(":/schemas");

QString fileOfRef(const QString &ref)
{
    const QString file = ref.section(u'#', 0, 0);
    return file.section(u'/', -1);
}

void mergeInto(QJsonObject &target, const QJsonObject &source)
{
    for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
        if (it.key() == u"properties" && target.value(it.key()).isObject()) {
            QJsonObject properties = target.value(it.key()).toObject();
            const QJsonObject extra = it.value().toObject();
            for (auto p = extra.constBegin(); p != extra.constEnd(); ++p) {
                QJsonObject merged = properties.value(p.key()).toObject();
                mergeInto(merged, p.value().toObject());
                properties.insert(p.key(), merged);
            }
            target.insert(it.key(), properties);
        } else if (it.key() == u"required" && target.value(it.key()).isArray()) {
            QJsonArray required = target.value(it.key()).toArray();
            const QJsonArray names = it.value().toArray();
            for (const QJsonValue &name : names) {
                if (!required.contains(name))
                    required.append(name);
            }
            target.insert(it.key(), required);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

// A type or sub-type as Meta takes it, in any case ("BODY" is "body"; the validator reads it so too).
bool sameConst(const QString &key, const QJsonValue &value, const QJsonValue &expected)
{
    if ((key == u"type" || key == u"sub_type") && value.isString() && expected.isString())
        return value.toString().compare(expected.toString(), Qt::CaseInsensitive) == 0;
    return value == expected;
}

// Our conditions only ever test `properties.<name>.const`; that is all this needs to understand.
bool conditionHolds(const QJsonObject &condition, const QJsonValue &instance)
{
    const QJsonObject object = instance.toObject();
    const QJsonObject properties = condition.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QJsonObject test = it.value().toObject();
        if (test.contains(QStringLiteral("const")) &&
            !sameConst(it.key(), object.value(it.key()), test.value(QStringLiteral("const"))))
            return false;
    }
    const QJsonArray names = condition.value(QStringLiteral("required")).toArray();
    for (const QJsonValue &name : names) {
        if (!object.contains(name.toString()))
            return false;
    }
    return true;
}

} // namespace

SchemaRegistry::SchemaRegistry()
{
    const QStringList files = QDir(SchemaDir).entryList({QStringLiteral("*.schema.json")}, QDir::Files);
    for (const QString &file : files) {
        const JsonParseResult parsed = JsonDocument::readFile(SchemaDir + u'/' + file);
        if (parsed.ok())
            m_documents.insert(file, parsed.document.object());
        else
            qWarning("schema %s is broken: %s", qPrintable(file), qPrintable(parsed.error));
    }
}

SchemaRegistry::~SchemaRegistry() = default;

SchemaRegistry &SchemaRegistry::shared()
{
    static SchemaRegistry registry;
    return registry;
}

QJsonObject SchemaRegistry::document(const QString &fileName) const
{
    return m_documents.value(fileName);
}

QJsonObject SchemaRegistry::kindSchema(const QString &kindId) const
{
    return document(kindId + QStringLiteral(".schema.json"));
}

const valijson::Schema *SchemaRegistry::compiled(const QString &kindId)
{
    if (const auto it = m_compiled.constFind(kindId); it != m_compiled.constEnd())
        return it->get();
    const QJsonObject root = kindSchema(kindId);
    if (root.isEmpty())
        return nullptr;

    auto schema = std::make_shared<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const QJsonValue rootValue(root);
    valijson::adapters::QtJsonAdapter adapter(rootValue);
    const auto fetch = [this](const std::string &uri) -> const QJsonValue * {
        const QJsonObject doc = document(fileOfRef(QString::fromStdString(uri)));
        return doc.isEmpty() ? nullptr : new QJsonValue(doc);
    };
    const auto release = [](const QJsonValue *doc) { delete doc; };
    parser.populateSchema(adapter, *schema, fetch, release);
    m_compiled.insert(kindId, schema);
    return schema.get();
}

QJsonObject SchemaRegistry::resolve(const QJsonObject &node) const
{
    QJsonObject current = node;
    for (int guard = 0; guard < 16 && current.contains(QStringLiteral("$ref")); ++guard) {
        const QString ref = current.value(QStringLiteral("$ref")).toString();
        const QJsonObject doc = document(fileOfRef(ref));
        const QJsonObject target = JsonPointer::get(doc, ref.section(u'#', 1)).toObject();
        QJsonObject merged = target;
        // Keywords beside a $ref (a more specific title) win over the target's.
        for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
            if (it.key() != u"$ref")
                merged.insert(it.key(), it.value());
        }
        current = merged;
    }
    return current;
}

QJsonObject SchemaRegistry::specialise(const QJsonObject &node, const QJsonValue &instance) const
{
    QJsonObject out = resolve(node);
    const QJsonArray allOf = out.value(QStringLiteral("allOf")).toArray();
    for (const QJsonValue &entry : allOf) {
        const QJsonObject branch = entry.toObject();
        if (branch.contains(QStringLiteral("if"))) {
            if (conditionHolds(branch.value(QStringLiteral("if")).toObject(), instance))
                mergeInto(out, resolve(branch.value(QStringLiteral("then")).toObject()));
        } else {
            mergeInto(out, resolve(branch));
        }
    }
    return out;
}

QJsonObject SchemaRegistry::rootNode(const QString &kindId, const QJsonValue &instance) const
{
    return specialise(kindSchema(kindId), instance);
}

QJsonObject SchemaRegistry::childNode(const QJsonObject &node, const QJsonValue &value, const QString &token) const
{
    QJsonObject next;
    QJsonValue child;
    if (value.isArray()) {
        next = node.value(QStringLiteral("items")).toObject();
        child = value.toArray().at(token.toInt());
    } else {
        next = node.value(QStringLiteral("properties")).toObject().value(token).toObject();
        child = value.toObject().value(token);
    }
    return next.isEmpty() ? QJsonObject() : specialise(next, child);
}

QJsonObject SchemaRegistry::nodeAt(const QString &kindId, const QJsonValue &instance, const QString &pointer) const
{
    QJsonObject node = rootNode(kindId, instance);
    QJsonValue value = instance;
    for (const QString &token : JsonPointer::split(pointer)) {
        node = childNode(node, value, token);
        if (node.isEmpty())
            return {};
        value = value.isArray() ? value.toArray().at(token.toInt()) : value.toObject().value(token);
    }
    return node;
}
