// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// How the form reads the schemas' UI hints: which fields show, in what order, and which is a type.
namespace FormSchema {

// A node's text for people ("title", "description", "x-placeholder"), translated: the catalogue's
// "Schemas" context has every such text of the schemas (translations/schemastrings.h); `fallback` when
// the node has none.
QString text(const QJsonObject &node, const QString &key, const QString &fallback = {});
bool isRequired(const QJsonObject &node, const QString &key);
// The first of a node's types ("string" for ["string", "number"]).
QString typeOf(const QJsonObject &node);
// The property that chooses an object's variant (x-widget "discriminator"), or an empty string.
QString discriminatorOf(const QJsonObject &node);
QStringList stringsOf(const QJsonValue &array);
// The properties in the order the schema gives (x-order), then any others.
QStringList orderOf(const QJsonObject &node);
// Whether property `key` of an object shows: not a constant nor x-hidden, present if x-advanced, its
// x-when and x-when-parent hold, it is the part its object's type names, and the chosen one of an x-choice.
bool visible(const QJsonObject &parentNode, const QJsonValue &parentValue, const QString &key,
             const QJsonValue &grandparentValue);

} // namespace FormSchema
