// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <optional>

// Reads JSON from outside (files, pastes, callbacks, providers' answers) strictly as RFC 8259 has it, and
// says exactly where it is broken.
struct JsonParseResult
{
    QJsonDocument document;
    QString error;   // empty on success, else "line 3, column 14: the string is not closed"
    QString warning; // read all the same: "line 1, column 1: a UTF-8 byte order mark was skipped"
    int line = 0;
    int column = 0;

    bool ok() const { return error.isEmpty(); }
};

namespace JsonDocument {

// The most JSON read from one file, paste or body: 16 MiB, far above any message or batch a provider
// takes, and low enough that what is read fits in memory many times over. Past it, the input is refused
// unread, with this figure in the message.
constexpr qint64 MaxInputBytes = 16 * 1024 * 1024;
// "the input is 22.8 MB; at most 16 MiB of JSON is read": for an input of `bytes` bytes (-1: unknown, more
// than the cap, as from a pipe).
QString tooLarge(qint64 bytes);

JsonParseResult parse(const QByteArray &bytes);
// Any one JSON value (a string, number, true, false or null too), as strictly; nothing, and where it
// breaks, otherwise.
std::optional<QJsonValue> readValue(const QByteArray &bytes, QString *error = nullptr);
// Reads a whole file; a file that cannot be read gets the system's reason.
JsonParseResult readFile(const QString &path);
// Indented JSON with keys in a stable order, as every preview and export shows it.
QByteArray pretty(const QJsonDocument &document);
// Valid JSON `bytes` indented as they were written: keys in their order, strings and numbers byte for
// byte (escapes as sent), only the whitespace between tokens changed. How a received body is shown.
QByteArray indentedAsWritten(const QByteArray &bytes);
// The line (from 0) on which each value starts in pretty(), by JSON pointer: how previews mark
// the lines of fields with issues.
QHash<QString, int> lineMap(const QJsonValue &root);

} // namespace JsonDocument
