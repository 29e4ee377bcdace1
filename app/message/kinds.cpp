// SPDX-License-Identifier: GPL-3.0-or-later
#include "kinds.h"

#include "draft.h"
#include "schemaregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include <algorithm>
#include <limits>

QString MessageKind::schemaPath() const
{
    return QStringLiteral(":/schemas/") + id + QStringLiteral(".schema.json");
}

namespace Kinds {

const QList<MessageKind> &all()
{
    // Labels are translated in the catalogue's "Schemas" context, for the language of the first call
    // (after main() installed the catalogue); a group is kept untranslated (it is a key).
    static const QList<MessageKind> kinds = [] {
        QList<std::pair<int, MessageKind>> found;
        for (const QJsonObject &schema : SchemaRegistry::shared().documents()) {
            const QString id = schema.value(QStringLiteral("x-kind")).toString();
            if (id.isEmpty())
                continue;
            MessageKind kind;
            kind.id = id;
            kind.group = schema.value(QStringLiteral("x-group")).toString();
            kind.label =
                QCoreApplication::translate("Schemas", schema.value(QStringLiteral("x-label"))
                                                           .toString(schema.value(QStringLiteral("title")).toString())
                                                           .toUtf8()
                                                           .constData());
            const qsizetype dot = id.indexOf(u'.');
            kind.type = dot < 0 ? id : id.left(dot);
            kind.interactiveType = dot < 0 ? QString() : id.mid(dot + 1);
            const QJsonArray providers = schema.value(QStringLiteral("x-not-offered-by")).toArray();
            for (const QJsonValue &provider : providers)
                kind.notOfferedBy.append(provider.toString());
            found.append({schema.value(QStringLiteral("x-position")).toInt(std::numeric_limits<int>::max()), kind});
        }
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
        });
        QList<MessageKind> out;
        for (const auto &[position, kind] : std::as_const(found))
            out.append(kind);
        return out;
    }();
    return kinds;
}

const MessageKind *find(const QString &id)
{
    for (const MessageKind &kind : all()) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

QStringList groups()
{
    QStringList out;
    for (const MessageKind &kind : all()) {
        if (!out.contains(kind.group))
            out.append(kind.group);
    }
    return out;
}

QStringList messageTypes()
{
    QStringList out;
    for (const MessageKind &kind : all()) {
        if (!out.contains(kind.type))
            out.append(kind.type);
    }
    return out;
}

QStringList interactiveTypes()
{
    QStringList out;
    for (const MessageKind &kind : all()) {
        if (!kind.interactiveType.isEmpty())
            out.append(kind.interactiveType);
    }
    return out;
}

QStringList examplePaths()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/examples"));
    const QStringList files = dir.entryList({QStringLiteral("*.wabench.json")}, QDir::Files, QDir::Name);
    for (const MessageKind &kind : all()) {
        const QString own = kind.id + Draft::fileSuffix();
        if (files.contains(own))
            out.append(dir.filePath(own));
        for (const QString &file : files) {
            if (file.startsWith(kind.id + u'-'))
                out.append(dir.filePath(file));
        }
    }
    return out;
}

QString typeOf(const QJsonObject &message)
{
    if (!message.contains(QStringLiteral("type")))
        return message.isEmpty() ? QString() : QStringLiteral("text");
    return message.value(QStringLiteral("type")).toString();
}

QString of(const QJsonObject &message)
{
    const QString type = typeOf(message);
    if (type.isEmpty())
        return {};
    QString id = type;
    if (type == u"interactive")
        id += u'.' + message.value(QStringLiteral("interactive")).toObject().value(QStringLiteral("type")).toString();
    return find(id) ? id : QString();
}

} // namespace Kinds
