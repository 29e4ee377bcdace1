// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include "text.h"

#include <QCoreApplication>
#include <QFile>

namespace JsonDocument {

JsonParseResult parse(const QByteArray &bytes)
{
    JsonParseResult result;
    QJsonParseError error{};
    result.document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return result;

    // QJsonParseError::offset counts bytes; columns count characters (code points), as our limits do.
    const QByteArray before = bytes.left(error.offset);
    result.line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    result.column = int(Text::characterCount(QString::fromUtf8(before.mid(lineStart)))) + 1;
    result.document = {};
    result.error = QCoreApplication::translate("JsonDocument", "line %1, column %2: %3")
                       .arg(result.line)
                       .arg(result.column)
                       .arg(error.errorString());
    return result;
}

JsonParseResult readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        JsonParseResult result;
        result.error = file.errorString();
        return result;
    }
    return parse(file.readAll());
}

QByteArray pretty(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Indented);
}

QByteArray compact(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Compact);
}

} // namespace JsonDocument
