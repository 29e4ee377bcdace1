// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelocations.h"

#include "message/draft.h"
#include "message/kinds.h"
#include "settings/appidentity.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString keyOf(FileLocations::Purpose purpose)
{
    switch (purpose) {
    case FileLocations::Purpose::Drafts:
        return QStringLiteral("folders/drafts");
    case FileLocations::Purpose::Exports:
        break;
    case FileLocations::Purpose::Media:
        return QStringLiteral("folders/media");
    case FileLocations::Purpose::Templates:
        return QStringLiteral("folders/templates");
    case FileLocations::Purpose::Lists:
        return QStringLiteral("folders/lists");
    }
    return QStringLiteral("folders/exports");
}

// Letters and digits of any script kept, lower case; every run of anything else one hyphen.
QString slug(const QString &text)
{
    QString out;
    const QString lower = text.toLower();
    for (const QChar c : lower) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(80);
}

} // namespace

namespace FileLocations {

QString startFolder(Purpose purpose)
{
    const QString last = AppIdentity::userSettings()->value(keyOf(purpose)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void remember(Purpose purpose, const QString &chosenFile)
{
    if (!chosenFile.isEmpty())
        AppIdentity::userSettings()->setValue(keyOf(purpose), QFileInfo(chosenFile).absolutePath());
}

QString draftFileName(const Draft &draft)
{
    const QString title = slug(draft.title);
    const QString kind = slug(Kinds::of(draft.message));
    QString name = title + u'-' + kind;
    if (title.isEmpty() || kind.contains(title))
        name = kind; // "List" of kind interactive.list: "interactive-list"
    else if (kind.isEmpty() || title.contains(kind))
        name = title;
    return (name.isEmpty() ? QStringLiteral("draft") : name) + Draft::fileSuffix();
}

} // namespace FileLocations
