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
    // The groups and labels are in the catalogue's "Kinds" context; a group is kept untranslated (it is a
    // key), a label translated for the language of the first call (after main() installed the catalogue).
    static const QList<MessageKind> kinds = {
        plain("text", QT_TRANSLATE_NOOP("Kinds", "Basic"), QT_TRANSLATE_NOOP("Kinds", "Text")),
        plain("location", QT_TRANSLATE_NOOP("Kinds", "Basic"), QT_TRANSLATE_NOOP("Kinds", "Location")),
        plain("contacts", QT_TRANSLATE_NOOP("Kinds", "Basic"), QT_TRANSLATE_NOOP("Kinds", "Contacts")),
        plain("reaction", QT_TRANSLATE_NOOP("Kinds", "Basic"), QT_TRANSLATE_NOOP("Kinds", "Reaction")),
        plain("image", QT_TRANSLATE_NOOP("Kinds", "Media"), QT_TRANSLATE_NOOP("Kinds", "Image")),
        plain("video", QT_TRANSLATE_NOOP("Kinds", "Media"), QT_TRANSLATE_NOOP("Kinds", "Video")),
        plain("audio", QT_TRANSLATE_NOOP("Kinds", "Media"), QT_TRANSLATE_NOOP("Kinds", "Audio")),
        plain("document", QT_TRANSLATE_NOOP("Kinds", "Media"), QT_TRANSLATE_NOOP("Kinds", "Document")),
        plain("sticker", QT_TRANSLATE_NOOP("Kinds", "Media"), QT_TRANSLATE_NOOP("Kinds", "Sticker")),
        interactive("button", QT_TRANSLATE_NOOP("Kinds", "Interactive"), QT_TRANSLATE_NOOP("Kinds", "Reply buttons")),
        interactive("list", QT_TRANSLATE_NOOP("Kinds", "Interactive"), QT_TRANSLATE_NOOP("Kinds", "List")),
        interactive("cta_url", QT_TRANSLATE_NOOP("Kinds", "Interactive"),
                    QT_TRANSLATE_NOOP("Kinds", "Call-to-action URL")),
        interactive("location_request_message", QT_TRANSLATE_NOOP("Kinds", "Interactive"),
                    QT_TRANSLATE_NOOP("Kinds", "Location request")),
        interactive("flow", QT_TRANSLATE_NOOP("Kinds", "Interactive"), QT_TRANSLATE_NOOP("Kinds", "Flow")),
        interactive("carousel", QT_TRANSLATE_NOOP("Kinds", "Interactive"),
                    QT_TRANSLATE_NOOP("Kinds", "Media carousel")),
        interactive("product", QT_TRANSLATE_NOOP("Kinds", "Commerce & payments"),
                    QT_TRANSLATE_NOOP("Kinds", "Single product")),
        interactive("product_list", QT_TRANSLATE_NOOP("Kinds", "Commerce & payments"),
                    QT_TRANSLATE_NOOP("Kinds", "Multi-product")),
        interactive("catalog_message", QT_TRANSLATE_NOOP("Kinds", "Commerce & payments"),
                    QT_TRANSLATE_NOOP("Kinds", "Catalog")),
        interactive("order_details", QT_TRANSLATE_NOOP("Kinds", "Commerce & payments"),
                    QT_TRANSLATE_NOOP("Kinds", "Order details (payment)")),
        interactive("order_status", QT_TRANSLATE_NOOP("Kinds", "Commerce & payments"),
                    QT_TRANSLATE_NOOP("Kinds", "Order status")),
        plain("template", QT_TRANSLATE_NOOP("Kinds", "Templates"), QT_TRANSLATE_NOOP("Kinds", "Template")),
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
