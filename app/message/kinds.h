// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One kind of message a person can compose: a `type` (and for interactive messages an
// `interactive.type`), the group it is listed under, and its schema.
struct MessageKind
{
    QString id;               // "text", "interactive.list", "template"
    QString group;            // "Basic", "Media", "Interactive", "Commerce & payments", "Templates" (untranslated)
    QString label;            // "List message"
    QString type;             // the message's `type`
    QString interactiveType;  // `interactive.type`, for interactive kinds
    QStringList notOfferedBy; // the providers that do not carry it (ids)

    QString schemaPath() const; // ":/schemas/<id>.schema.json"
};

// The kinds are read from the schemas: each kind's schema names it (x-kind), its group (x-group), its
// label (x-label, else its title), its place in the list (x-position) and the providers that do not carry
// it (x-not-offered-by). Adding a kind is a schema and an example.
namespace Kinds {

const QList<MessageKind> &all();
const MessageKind *find(const QString &id);
QStringList groups();
QStringList messageTypes();
QStringList interactiveTypes();
// The example drafts (":/examples/<name>.wabench.json"), every kind's first.
QStringList examplePaths();
// The message's type: its "type", or "text" where it has none, as Meta and Kaleyra read it ("type" is
// optional and defaults to text: Meta's Messages reference; developers.kaleyra.io, send text messages). An
// empty message has none.
QString typeOf(const QJsonObject &message);
// The kind a message object is, or an empty string when its type is unknown (or it is empty).
QString of(const QJsonObject &message);

} // namespace Kinds
