// SPDX-License-Identifier: GPL-3.0-or-later
#include "kinds.h"

#include "draft.h"

#include <QCoreApplication>
#include <QDir>

QString MessageKind::schemaPath() const
{
    return QStringLiteral(":/schemas/") + id + QStringLiteral(".schema.json");
}

namespace Kinds {

namespace {

MessageKind plain(const char *type, const char *group, const char *label)
{
    return {QLatin1String(type),
            QLatin1String(group),
            QCoreApplication::translate("Kinds", label),
            QLatin1String(type),
            {}};
}

MessageKind interactive(const char *subtype, const char *group, const char *label)
{
    return {QStringLiteral("interactive.") + QLatin1String(subtype), QLatin1String(group),
            QCoreApplication::translate("Kinds", label), QStringLiteral("interactive"), QLatin1String(subtype)};
}

} // namespace

const QList<MessageKind> &all()
{
    static const QList<MessageKind> kinds = {
        plain("text", "Basic", "Text"),
        plain("location", "Basic", "Location"),
        plain("contacts", "Basic", "Contacts"),
        plain("reaction", "Basic", "Reaction"),
        plain("image", "Media", "Image"),
        plain("video", "Media", "Video"),
        plain("audio", "Media", "Audio"),
        plain("document", "Media", "Document"),
        plain("sticker", "Media", "Sticker"),
        interactive("button", "Interactive", "Reply buttons"),
        interactive("list", "Interactive", "List"),
        interactive("cta_url", "Interactive", "Call-to-action URL"),
        interactive("location_request_message", "Interactive", "Location request"),
        interactive("flow", "Interactive", "Flow"),
        interactive("carousel", "Interactive", "Media carousel"),
        interactive("product", "Commerce & payments", "Single product"),
        interactive("product_list", "Commerce & payments", "Multi-product"),
        interactive("catalog_message", "Commerce & payments", "Catalog"),
        interactive("order_details", "Commerce & payments", "Order details (payment)"),
        interactive("order_status", "Commerce & payments", "Order status"),
        plain("template", "Templates", "Template"),
    };
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

QString of(const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    QString id = type;
    if (type == u"interactive")
        id += u'.' + message.value(QStringLiteral("interactive")).toObject().value(QStringLiteral("type")).toString();
    return find(id) ? id : QString();
}

} // namespace Kinds
