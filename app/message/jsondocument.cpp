// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include "text.h"

#include <QCoreApplication>
#include <QFile>

namespace JsonDocument {

JsonParseResult parse(const QByteArray &bytes)
{
    JsonParseResult result;
    if (bytes.trimmed().isEmpty()) {
        result.line = result.column = 1;
        result.error = QCoreApplication::translate("JsonDocument", "line 1, column 1: the input is empty");
        return result;
    }
    QJsonParseError error{};
    result.document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return result;

    // Qt reads only objects and arrays at the top; anything else is wrong from its first character.
    const QByteArray start = bytes.trimmed().left(1);
    const bool notContainer = start != "{" && start != "[";
    const qsizetype offset = notContainer ? bytes.indexOf(start) : error.offset;
    // QJsonParseError::offset counts bytes; columns count characters (code points), as our limits do.
    const QByteArray before = bytes.left(offset);
    result.line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    result.column = int(Text::characterCount(QString::fromUtf8(before.mid(lineStart)))) + 1;
    result.document = {};
    if (notContainer) {
        result.error =
            QCoreApplication::translate("JsonDocument", "line %1, column %2: expected a JSON object or array")
                .arg(result.line)
                .arg(result.column);
        return result;
    }
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
