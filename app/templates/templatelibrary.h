// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Template definitions found by name and language, as Meta finds the template a send names.
class TemplateLibrary
{
public:
    // A later definition of the same name and language takes the earlier's place; one without a name or a
    // language is left out (no send can name it).
    void add(const QJsonObject &definition);
    // The definition of `name` in `language`, or nullptr.
    const QJsonObject *find(const QString &name, const QString &language) const;
    // The definition a provider gave the id `id` (Meta's template id; Telnyx's, which its sends may give in
    // place of a name and a language), or nullptr.
    const QJsonObject *findById(const QString &id) const;
    // The languages `name` is defined in, sorted; empty for a name not known.
    QStringList languages(const QString &name) const;
    qsizetype size() const { return m_size; }

    // The definitions of files and folders (each folder's *.json, not below): what `validate --templates`
    // reads. False, with the file and what is wrong in `error`, when one cannot be read.
    bool addPaths(const QStringList &paths, QString *error);

private:
    QHash<QString, QHash<QString, QJsonObject>> m_byName;   // name -> language -> definition
    QHash<QString, std::pair<QString, QString>> m_idToName; // id -> name, language
    qsizetype m_size = 0;
};
