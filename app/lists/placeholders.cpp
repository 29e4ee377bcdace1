// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholders.h"

#include "message/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <functional>

namespace {

bool startsName(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool continuesName(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'-' || c == u'.';
}

// One placeholder of `text` at `from` or after: where its "{{" is, its length and its name; an escaped
// "\{{" is reported with an empty name, so a caller can write it out as "{{".
struct Found
{
    qsizetype start = -1;
    qsizetype length = 0;
    QString name;
};

Found nextIn(const QString &text, qsizetype from)
{
    for (qsizetype at = text.indexOf(QStringLiteral("{{"), from); at >= 0;
         at = text.indexOf(QStringLiteral("{{"), at + 1)) {
        if (at > 0 && text.at(at - 1) == u'\\')
            return {at - 1, 3, {}};
        const qsizetype close = text.indexOf(QStringLiteral("}}"), at + 2);
        if (close < 0)
            return {};
        const QString inside = text.mid(at + 2, close - at - 2).trimmed();
        if (inside.isEmpty() || !startsName(inside.front()))
            continue;
        if (std::all_of(inside.cbegin(), inside.cend(), continuesName))
            return {at, close + 2 - at, inside};
    }
    return {};
}

void walk(const QJsonValue &value, const QString &pointer,
          const std::function<void(const QString &, const QString &)> &visit)
{
    if (value.isString()) {
        visit(pointer, value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walk(array.at(i), JsonPointer::append(pointer, i), visit);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            walk(it.value(), JsonPointer::append(pointer, it.key()), visit);
    }
}

QJsonValue filled(const QJsonValue &value, const QString &pointer, const QHash<QString, QString> &values,
                  QList<Placeholders::Use> *missing)
{
    if (value.isString()) {
        QStringList absent;
        const QString text = Placeholders::fill(value.toString(), values, &absent);
        if (missing) {
            for (const QString &name : std::as_const(absent))
                missing->append({pointer, name});
        }
        return text;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = filled(array.at(i), JsonPointer::append(pointer, i), values, missing);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = filled(it.value(), JsonPointer::append(pointer, it.key()), values, missing);
        return object;
    }
    return value;
}

} // namespace

namespace Placeholders {

bool isName(const QString &name)
{
    return !name.isEmpty() && startsName(name.front()) && std::all_of(name.cbegin(), name.cend(), continuesName);
}

QList<Use> find(const QJsonValue &value, const QString &base)
{
    QList<Use> uses;
    walk(value, base, [&uses](const QString &pointer, const QString &text) {
        for (Found found = nextIn(text, 0); found.start >= 0; found = nextIn(text, found.start + found.length)) {
            if (!found.name.isEmpty())
                uses.append({pointer, found.name});
        }
    });
    return uses;
}

QList<Use> find(const Draft &draft)
{
    return find(draft.message, QStringLiteral("/message")) + find(draft.options, QStringLiteral("/options"));
}

QStringList names(const QList<Use> &uses)
{
    QStringList out;
    for (const Use &use : uses) {
        if (!out.contains(use.name))
            out.append(use.name);
    }
    return out;
}

QString fill(const QString &text, const QHash<QString, QString> &values, QStringList *missing)
{
    QString out;
    qsizetype from = 0;
    for (Found found = nextIn(text, 0); found.start >= 0; found = nextIn(text, from)) {
        out += QStringView(text).mid(from, found.start - from);
        from = found.start + found.length;
        if (found.name.isEmpty()) {
            out += QStringLiteral("{{");
        } else if (const auto it = values.constFind(found.name); it != values.constEnd() && !it->isEmpty()) {
            out += *it;
        } else {
            out += QStringView(text).mid(found.start, found.length);
            if (missing && !missing->contains(found.name))
                missing->append(found.name);
        }
    }
    out += QStringView(text).mid(from);
    return out;
}

Draft fill(const Draft &draft, const QHash<QString, QString> &values, QList<Use> *missing)
{
    Draft out = draft;
    out.message = filled(draft.message, QStringLiteral("/message"), values, missing).toObject();
    out.options = filled(draft.options, QStringLiteral("/options"), values, missing).toObject();
    return out;
}

Issues unfilled(const Draft &draft, const Fill *fill)
{
    Issues issues;
    QSet<QPair<QString, QString>> said;
    for (const Use &use : find(draft)) {
        if (said.contains({use.pointer, use.name}))
            continue;
        said.insert({use.pointer, use.name});
        const QString placeholder = QStringLiteral("{{") + use.name + QStringLiteral("}}");
        if (!fill) {
            issues.append(Issue::error(
                use.pointer,
                QCoreApplication::translate("Placeholders", "%1 has no value: File > Send to a List fills it from a "
                                                            "list's column of that name (\\{{ writes {{ as it is)")
                    .arg(placeholder)));
        } else if (!fill->columns.contains(use.name)) {
            issues.append(Issue::error(
                use.pointer, QCoreApplication::translate("Placeholders", "%1 has no value: %2 has no \"%3\" column")
                                 .arg(placeholder, fill->list, use.name)));
        } else if (fill->row > 0 && fill->values.value(use.name).isEmpty()) {
            issues.append(Issue::error(use.pointer, QCoreApplication::translate(
                                                        "Placeholders", "%1 has no value: row %2 of %3 leaves it empty")
                                                        .arg(placeholder)
                                                        .arg(fill->row)
                                                        .arg(fill->list)));
        }
    }
    return issues;
}

} // namespace Placeholders
