// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// RFC 6901 JSON pointers: the address of every field, issue and form widget.
namespace JsonPointer {

QString escape(const QString &token);
QString unescape(const QString &token);
QString append(const QString &base, const QString &token);
QString append(const QString &base, qsizetype index);
QStringList split(const QString &pointer);
QString join(const QStringList &tokens);
// `inner` is `outer` or lies below it (every pointer lies within "").
bool within(const QString &inner, const QString &outer);

// The value at `pointer` in `root`; `found` tells a missing value from a JSON null.
QJsonValue get(const QJsonValue &root, const QString &pointer, bool *found = nullptr);

// Writes `value` at `pointer`, creating objects on the way; false when a token
// addresses something that is neither an object nor an array index within reach.
bool set(QJsonValue &root, const QString &pointer, const QJsonValue &value);

// Removes the value at `pointer`; false when there was nothing to remove.
bool remove(QJsonValue &root, const QString &pointer);

} // namespace JsonPointer
