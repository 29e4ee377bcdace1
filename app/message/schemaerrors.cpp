// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaerrors.h"

#include "jsonnumbers.h"
#include "jsonpointer.h"
#include "schemaregistry.h"
#include "text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <climits>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace {

// This file's messages, in the catalogue's "SchemaErrors" context (lupdate reads the macro).
struct SchemaErrorsText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaErrors)
};

struct RawError
{
    QString pointer;
    QString description;
};

// valijson names a place as ["<root>", "[interactive]", "[action]", "[0]"]; the instance tells
// whether "[0]" is an array index or a property called "0".
QString pointerOf(const std::vector<std::string> &context)
{
    QStringList tokens;
    for (std::size_t i = 1; i < context.size(); ++i) {
        QString token = QString::fromStdString(context[i]);
        if (token.startsWith(u'[') && token.endsWith(u']'))
            token = token.mid(1, token.size() - 2);
        tokens.append(token);
    }
    return JsonPointer::join(tokens);
}

QString quoted(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        // "Component is empty", not 'Component is ""'; a long text by its start, not all of it.
        const QString text = value.toString();
        if (text.isEmpty())
            return SchemaErrorsText::tr("empty");
        constexpr qsizetype shown = 40;
        return u'"' + (text.size() > shown ? text.left(shown) + u'\u2026' : text) + u'"';
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return SchemaErrorsText::tr("a list");
    case QJsonValue::Object:
        return SchemaErrorsText::tr("an object");
    default:
        return SchemaErrorsText::tr("missing");
    }
}

QString typeName(const QString &type)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("string"), SchemaErrorsText::tr("text")},
        {QStringLiteral("integer"), SchemaErrorsText::tr("a whole number")},
        {QStringLiteral("number"), SchemaErrorsText::tr("a number")},
        {QStringLiteral("boolean"), SchemaErrorsText::tr("true or false")},
        {QStringLiteral("object"), SchemaErrorsText::tr("an object")},
        {QStringLiteral("array"), SchemaErrorsText::tr("a list")},
        {QStringLiteral("null"), SchemaErrorsText::tr("null")},
    };
    return names.value(type, type);
}

QString valueKind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return SchemaErrorsText::tr("text");
    case QJsonValue::Double:
        return SchemaErrorsText::tr("a number");
    case QJsonValue::Bool:
        return SchemaErrorsText::tr("true or false");
    case QJsonValue::Array:
        return SchemaErrorsText::tr("a list");
    case QJsonValue::Object:
        return SchemaErrorsText::tr("an object");
    default:
        return SchemaErrorsText::tr("null");
    }
}

QString labelFor(const QJsonObject &node, const QString &pointer)
{
    const QString title = node.value(QStringLiteral("title")).toString();
    if (!title.isEmpty())
        return title;
    const QStringList tokens = JsonPointer::split(pointer);
    return tokens.isEmpty() ? SchemaErrorsText::tr("The message") : u'"' + tokens.last() + u'"';
}

class Translator
{
public:
    Translator(SchemaRegistry &registry, const QString &kind, const QJsonObject &message)
        : m_registry(registry), m_kind(kind), m_message(message)
    {
    }

    std::optional<Issue> translate(const RawError &raw) const
    {
        const QJsonObject node = m_registry.nodeAt(m_kind, m_message, raw.pointer);
        const QJsonValue value = JsonPointer::get(m_message, raw.pointer);
        const QString label = labelFor(node, raw.pointer);
        const QString &d = raw.description;
        static const QRegularExpression number(QStringLiteral("(\\d+)"));
        const qint64 limit = number.match(d).captured(1).toLongLong();

        if (d.startsWith(u"Missing required property")) {
            const QString name = d.section(u'\'', 1, 1);
            if (node.contains(QStringLiteral("x-anyOf-message")) && isAnyOfAlternative(node, name))
                return Issue::error(raw.pointer, node.value(QStringLiteral("x-anyOf-message")).toString());
            const QString fieldLabel =
                m_registry.resolve(node.value(QStringLiteral("properties")).toObject().value(name).toObject())
                    .value(QStringLiteral("title"))
                    .toString();
            if (fieldLabel.isEmpty())
                return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 needs \"%2\"").arg(label, name));
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 (\"%2\") is required").arg(fieldLabel, name));
        }
        if (d.startsWith(u"String should be no more than")) {
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 is %2 characters; the limit is %3")
                                                 .arg(label)
                                                 .arg(Text::characterCount(value.toString()))
                                                 .arg(limit));
        }
        if (d.startsWith(u"String should be no fewer than")) {
            const qsizetype length = Text::characterCount(value.toString());
            if (length == 0)
                return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 is empty").arg(label));
            return Issue::error(
                raw.pointer,
                SchemaErrorsText::tr("%1 is %2 characters; it needs at least %3").arg(label).arg(length).arg(limit));
        }
        if (d.startsWith(u"Array should contain no more than")) {
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1: %2 given; the limit is %3")
                                                 .arg(label)
                                                 .arg(value.toArray().size())
                                                 .arg(limit));
        }
        if (d.startsWith(u"Array should contain no fewer than")) {
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1: %2 given; at least %3 needed")
                                                 .arg(label)
                                                 .arg(value.toArray().size())
                                                 .arg(limit));
        }
        if (d.startsWith(u"Object should have no more than")) {
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 has %2 entries; the limit is %3")
                                                 .arg(label)
                                                 .arg(value.toObject().size())
                                                 .arg(limit));
        }
        if (d.startsWith(u"Object should have no fewer than"))
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 must not be empty").arg(label));
        if (d.startsWith(u"Value type not permitted")) {
            QStringList expected;
            const QJsonValue type = node.value(QStringLiteral("type"));
            const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
            for (const QJsonValue &t : types)
                expected.append(typeName(t.toString()));
            return Issue::error(raw.pointer,
                                SchemaErrorsText::tr("%1 must be %2; it is %3")
                                    .arg(label, expected.join(SchemaErrorsText::tr(" or ")), valueKind(value)));
        }
        if (d.contains(u"'const' constraint")) {
            return Issue::error(raw.pointer,
                                SchemaErrorsText::tr("%1 must be %2; it is %3")
                                    .arg(label, quoted(node.value(QStringLiteral("const"))), quoted(value)));
        }
        if (d.contains(u"enum values")) {
            QStringList allowed;
            const QJsonArray values = node.value(QStringLiteral("enum")).toArray();
            for (const QJsonValue &v : values)
                allowed.append(v.toString());
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 is %2; allowed values are %3")
                                                 .arg(label, quoted(value), allowed.join(QStringLiteral(", "))));
        }
        if (d.contains(u"'pattern' constraint") && value.toString().isEmpty())
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 is empty").arg(label));
        if (d.contains(u"'pattern' constraint") && value.toString().size() > node.value(u"maxLength").toInt(INT_MAX)) {
            // The patterns bound their repetitions (see SchemaRegistry), so a text over the length fails
            // both: its length is what to say, once, as the length rule says it.
            return Issue::error(raw.pointer, SchemaErrorsText::tr("%1 is %2 characters; the limit is %3")
                                                 .arg(label)
                                                 .arg(Text::characterCount(value.toString()))
                                                 .arg(node.value(u"maxLength").toInt()));
        }
        if (d.contains(u"'pattern' constraint")) {
            const QString hint = node.value(QStringLiteral("x-pattern-hint")).toString();
            return Issue::error(raw.pointer,
                                SchemaErrorsText::tr("%1 %2 is not in the expected form%3")
                                    .arg(label, quoted(value), hint.isEmpty() ? QString() : u" (" + hint + u')'));
        }
        if (d.startsWith(u"Expected number greater than")) {
            return Issue::error(raw.pointer,
                                SchemaErrorsText::tr("%1 is %2; the minimum is %3")
                                    .arg(label, quoted(value), quoted(node.value(QStringLiteral("minimum")))));
        }
        if (d.startsWith(u"Expected number less than")) {
            return Issue::error(raw.pointer,
                                SchemaErrorsText::tr("%1 is %2; the maximum is %3")
                                    .arg(label, quoted(value), quoted(node.value(QStringLiteral("maximum")))));
        }
        if (d.startsWith(u"Value should be a multiple of 1"))
            return Issue::error(raw.pointer,
                                SchemaErrorsText::tr("%1 must be a whole number; it is %2").arg(label, quoted(value)));
        if (d.startsWith(u"Failed to validate against any schemas allowed by anyOf") &&
            node.contains(QStringLiteral("x-anyOf-message")))
            return Issue::error(raw.pointer, node.value(QStringLiteral("x-anyOf-message")).toString());
        return std::nullopt;
    }

private:
    static bool isAnyOfAlternative(const QJsonObject &node, const QString &name)
    {
        const QJsonArray alternatives = node.value(QStringLiteral("anyOf")).toArray();
        for (const QJsonValue &alternative : alternatives) {
            if (alternative.toObject().value(QStringLiteral("required")).toArray().contains(name))
                return true;
        }
        return false;
    }

    SchemaRegistry &m_registry;
    QString m_kind;
    const QJsonObject &m_message;
};

bool isWrapper(const QString &description)
{
    return description.startsWith(u"Failed to validate");
}

} // namespace

namespace SchemaErrors {

Issues validate(SchemaRegistry &registry, const QString &kindId, const QJsonObject &message)
{
    const valijson::Schema *schema = registry.compiled(kindId);
    if (!schema)
        return {Issue::error(QString(), SchemaErrorsText::tr("No schema for message kind %1").arg(kindId))};

    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    // valijson's multipleOf turns a number into a 64-bit integer with a plain cast, undefined past its range: a
    // number that large fails every bound the schemas set anyway, so it is validated as 2^62.
    const QJsonValue root = JsonNumbers::anyBeyond(message, JsonNumbers::Int64Safe)
                                ? JsonNumbers::clamped(message, JsonNumbers::Int64Safe)
                                : QJsonValue(message);
    valijson::adapters::QtJsonAdapter adapter(root);
    if (validator.validate(*schema, adapter, &results))
        return {};

    QList<RawError> raw;
    valijson::ValidationResults::Error error;
    while (results.popError(error))
        raw.append({pointerOf(error.context), QString::fromStdString(error.description)});

    // Where the precise errors are, and every place that holds one: a wrapper ("failed to validate item
    // #2") at one of these places has something more precise to say for it. A set, so that checking stays
    // linear in the number of errors, however many items a message has.
    QSet<QString> precise;
    for (const RawError &entry : std::as_const(raw)) {
        if (isWrapper(entry.description))
            continue;
        for (qsizetype slash = entry.pointer.size(); slash >= 0; slash = entry.pointer.lastIndexOf(u'/', slash - 1)) {
            if (precise.contains(entry.pointer.left(slash)) && slash < entry.pointer.size())
                break; // this place and those above it are in already
            precise.insert(entry.pointer.left(slash));
            if (slash == 0)
                break;
        }
    }
    const Translator translator(registry, kindId, message);
    Issues issues;
    QSet<std::pair<QString, QString>> said; // pointer and message: each said once
    for (const RawError &entry : raw) {
        // A wrapper only speaks when nothing more precise does.
        if (isWrapper(entry.description) && !entry.description.contains(u"anyOf") && precise.contains(entry.pointer))
            continue;
        std::optional<Issue> issue = translator.translate(entry);
        if (!issue) {
            if (isWrapper(entry.description) && entry.description.contains(u"anyOf"))
                continue;
            issue = Issue::error(
                entry.pointer,
                SchemaErrorsText::tr("%1 is not valid here (%2)")
                    .arg(labelFor(registry.nodeAt(kindId, message, entry.pointer), entry.pointer), entry.description));
        }
        if (!said.contains({issue->pointer, issue->message})) {
            said.insert({issue->pointer, issue->message});
            issues.append(*issue);
        }
    }
    return issues;
}

namespace {

bool isContainer(const QJsonValue &value)
{
    return value.isObject() || value.isArray();
}

void walkUnknown(const SchemaRegistry &registry, const QJsonObject &node, const QJsonValue &value,
                 const QString &pointer, Issues &issues)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!isContainer(array.at(i)))
                continue; // a scalar has no fields: no schema node to work out
            const QString token = QString::number(i);
            const QJsonObject child = registry.childNode(node, value, token);
            if (!child.isEmpty())
                walkUnknown(registry, child, array.at(i), JsonPointer::append(pointer, token), issues);
        }
        return;
    }
    // Free-form objects (flow data, notes) have no properties to compare against.
    if (!value.isObject() || !node.contains(QStringLiteral("properties")))
        return;
    const QJsonObject object = value.toObject();
    const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!properties.contains(it.key())) {
            issues.append(
                Issue::warning(JsonPointer::append(pointer, it.key()),
                               SchemaErrorsText::tr("\"%1\" is not a field of %2; it is sent as it is, but providers "
                                                    "may reject or ignore it")
                                   .arg(it.key(), labelFor(node, pointer))));
            continue;
        }
        if (!isContainer(it.value()))
            continue;
        const QJsonObject child = registry.childNode(node, value, it.key());
        if (!child.isEmpty())
            walkUnknown(registry, child, it.value(), JsonPointer::append(pointer, it.key()), issues);
    }
}

QJsonValue cutToLimits(const SchemaRegistry &registry, const QJsonObject &node, const QJsonValue &value,
                       const QString &pointer, Issues *issues)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const qsizetype limit = node.value(QStringLiteral("maxItems")).toInteger(-1);
        if (limit >= 0 && array.size() > limit) {
            issues->append(Issue::error(pointer, SchemaErrorsText::tr("%1: %2 given; the limit is %3; the first %3 are "
                                                                      "checked")
                                                     .arg(labelFor(node, pointer))
                                                     .arg(array.size())
                                                     .arg(limit)));
            QJsonArray kept; // the first `limit` items, copied: no work for those dropped
            for (qsizetype i = 0; i < limit; ++i)
                kept.append(array.at(i));
            array = kept;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString token = QString::number(i);
            const QJsonObject child = registry.childNode(node, array, token);
            if (!child.isEmpty() && isContainer(array.at(i)))
                array[i] = cutToLimits(registry, child, array.at(i), JsonPointer::append(pointer, token), issues);
        }
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isContainer(it.value()))
            continue;
        const QJsonObject child = registry.childNode(node, value, it.key());
        if (!child.isEmpty())
            it.value() = cutToLimits(registry, child, it.value(), JsonPointer::append(pointer, it.key()), issues);
    }
    return object;
}

} // namespace

namespace {

// Arrays this long only are cut: below it valijson reports a limit itself, item by item, at a cost
// too small to matter; cutting would walk every message the window checks on each keystroke.
constexpr qint64 CutAbove = 1000;

bool hasArrayLongerThan(const QJsonValue &value, qint64 length)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() > length)
            return true;
        return std::any_of(array.begin(), array.end(),
                           [length](const QJsonValue &item) { return hasArrayLongerThan(item, length); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
                           [length](const QJsonValue &child) { return hasArrayLongerThan(child, length); });
    }
    return false;
}

} // namespace

QJsonObject bounded(const SchemaRegistry &registry, const QString &kindId, const QJsonObject &message, Issues *issues)
{
    if (!hasArrayLongerThan(message, CutAbove))
        return message;
    return cutToLimits(registry, registry.rootNode(kindId, message), message, QString(), issues).toObject();
}

Issues unknownFields(const SchemaRegistry &registry, const QString &kindId, const QJsonObject &message)
{
    Issues issues;
    walkUnknown(registry, registry.rootNode(kindId, message), message, QString(), issues);
    return issues;
}

} // namespace SchemaErrors
