// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/draft.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// The variables of a draft sent to a list: {{name}} in any of its strings (a template's parameters too),
// filled from each row's column of that name, the convention of Postman and of Meta's own collection. A
// name starts with a letter or '_' and goes on with letters (with their marks), digits, '_', '-' and '.'; spaces inside
// the braces do not count ("{{ name }}"). "\{{" writes "{{" as it is. A template definition's {{1}} and
// {{first_name}} live in the definition, not in the draft, and {{1}} is not a name: neither is a variable.
namespace Placeholders {

struct Use
{
    QString pointer; // the string's place in the draft: "/message/text/body", "/options/custom_data"
    QString name;
};

// Every placeholder in the strings of `value`, each string's pointer under `base`.
QList<Use> find(const QJsonValue &value, const QString &base = {});
// Those of a draft's message and options, its pointers from the draft ("/message/...", "/options/...").
QList<Use> find(const Draft &draft);
// The names of `uses`, each once, in the order they first appear.
QStringList names(const QList<Use> &uses);
// Whether a column name can be a placeholder's.
bool isName(const QString &name);

// `text` with each placeholder given its value and each "\{{" written "{{"; the names without a value in
// `missing` (their placeholders stay as they are).
QString fill(const QString &text, const QHash<QString, QString> &values, QStringList *missing = nullptr);
// A draft with its message and options filled; each placeholder without a value in `missing`.
Draft fill(const Draft &draft, const QHash<QString, QString> &values, QList<Use> *missing = nullptr);

} // namespace Placeholders
