// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelibrary.h"

#include "templatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)
};

} // namespace

void TemplateLibrary::add(const QJsonObject &definition)
{
    const QString name = definition.value(QStringLiteral("name")).toString();
    const QString language = definition.value(QStringLiteral("language")).toString();
    if (name.isEmpty() || language.isEmpty())
        return; // no send can name it
    QHash<QString, QJsonObject> &languages = m_byName[name];
    if (!languages.contains(language))
        ++m_size;
    languages.insert(language, definition);
    if (const QString id = definition.value(QStringLiteral("id")).toString(); !id.isEmpty())
        m_idToName.insert(id, {name, language});
}

const QJsonObject *TemplateLibrary::findById(const QString &id) const
{
    const auto named = m_idToName.constFind(id);
    return named == m_idToName.constEnd() ? nullptr : find(named->first, named->second);
}

const QJsonObject *TemplateLibrary::find(const QString &name, const QString &language) const
{
    const auto named = m_byName.constFind(name);
    if (named == m_byName.constEnd())
        return nullptr;
    const auto found = named->constFind(language);
    return found == named->constEnd() ? nullptr : &*found;
}

QStringList TemplateLibrary::languages(const QString &name) const
{
    QStringList list = m_byName.value(name).keys();
    list.sort();
    return list;
}

bool TemplateLibrary::addPaths(const QStringList &paths, QString *error)
{
    for (const QString &path : paths) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else {
            files.append(path);
        }
        for (const QString &file : std::as_const(files)) {
            const TemplateFile::Contents contents = TemplateFile::read(file);
            if (!contents.error.isEmpty()) {
                if (error)
                    *error = LibraryText::tr("%1: %2").arg(file, contents.error);
                return false;
            }
            for (const TemplateFile::Definition &entry : contents.definitions)
                add(entry.definition);
        }
    }
    return true;
}
