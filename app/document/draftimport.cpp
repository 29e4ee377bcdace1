// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftimport.h"

#include "message/jsondocument.h"
#include "providers/payload.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// This file's messages, in the catalogue's "DraftImport" context (lupdate reads the macro).
struct DraftImportText
{
    Q_DECLARE_TR_FUNCTIONS(DraftImport)
};

} // namespace

DraftImport DraftImport::fromJson(const QByteArray &bytes)
{
    return fromParsed(JsonDocument::parse(bytes));
}

DraftImport DraftImport::fromParsed(const JsonParseResult &parsed)
{
    DraftImport result;
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    const QJsonValue root =
        parsed.document.isArray() ? QJsonValue(parsed.document.array()) : QJsonValue(parsed.document.object());
    const std::optional<Payload::Requests> requests = Payload::importRequests(root, QString(), &result.error);
    if (!requests)
        return result;
    const QList<Draft> drafts = Payload::drafts(*requests);
    const Draft &draft = drafts.first();
    if (drafts.size() > 1) {
        result.note =
            DraftImportText::tr("The body holds %1 different messages; the first is open.").arg(drafts.size());
    }
    if (!parsed.warning.isEmpty())
        result.note = result.note.isEmpty() ? parsed.warning : result.note + u' ' + parsed.warning;
    result.messageOnly = root.isObject() && Payload::isBareMessage(root.toObject());
    result.draft = draft;
    return result;
}

DraftImport DraftImport::fromFile(const QString &path)
{
    return fromParsed(JsonDocument::readFile(path));
}
