// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include "jsonpointer.h"
#include "text.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

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

namespace {

// Mirrors QJsonDocument::Indented: a value starts on its key's line, a container closes on a line
// of its own (an empty one too), and strings never span lines (newlines are escaped).
int mapLines(const QJsonValue &value, const QString &pointer, int line, QHash<QString, int> &map)
{
    map.insert(pointer, line);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        int next = line + 1;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            next = mapLines(it.value(), JsonPointer::append(pointer, it.key()), next, map);
        return next + 1;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        int next = line + 1;
        for (qsizetype i = 0; i < array.size(); ++i)
            next = mapLines(array.at(i), JsonPointer::append(pointer, i), next, map);
        return next + 1;
    }
    return line + 1;
}

} // namespace

QHash<QString, int> lineMap(const QJsonValue &root)
{
    QHash<QString, int> map;
    mapLines(root, QString(), 0, map);
    return map;
}

} // namespace JsonDocument
