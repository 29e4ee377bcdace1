// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatefile.h"

#include "message/jsondocument.h"
#include "message/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFile)
};

TemplateFile::Contents fromArray(const QJsonArray &array, const QString &pointer)
{
    TemplateFile::Contents contents;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = JsonPointer::append(pointer, i);
        if (!array.at(i).isObject()) {
            contents.error = FileText::tr("%1: a template definition is a JSON object").arg(at);
            contents.definitions.clear();
            return contents;
        }
        contents.definitions.append({array.at(i).toObject(), at});
    }
    return contents;
}

TemplateFile::Contents fromDocument(const JsonParseResult &parsed)
{
    if (!parsed.ok())
        return {{}, parsed.error};
    if (parsed.document.isArray())
        return fromArray(parsed.document.array(), QString());
    const QJsonObject root = parsed.document.object();
    if (root.value(QStringLiteral("data")).isArray() && !root.contains(QStringLiteral("components")))
        return fromArray(root.value(QStringLiteral("data")).toArray(), QStringLiteral("/data"));
    if (!parsed.document.isObject() || root.isEmpty())
        return {{},
                FileText::tr("not a template definition: a JSON object with name, language, category and "
                             "components, an array of them, or {\"data\": [...]} as Meta lists them")};
    return {{{root, QString()}}, QString()};
}

} // namespace

namespace TemplateFile {

Contents parse(const QByteArray &bytes)
{
    return fromDocument(JsonDocument::parse(bytes));
}

Contents read(const QString &path)
{
    return fromDocument(JsonDocument::readFile(path));
}

} // namespace TemplateFile
