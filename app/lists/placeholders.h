// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/draft.h"
#include "message/issue.h"

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

// Where a draft's placeholders take their values from while it is composed: a list's columns, and the row
// the previews show (0: none, the raw text).
struct Fill
{
    QString list; // the file's name, for the words
    QStringList columns;
    qint64 row = 0;
    QHash<QString, QString> values; // the row's
    QString recipient;              // the row's
};
// An error at each placeholder that has no value: without a list (`fill` null) every one (sent alone it
// would reach the customer as "{{name}}"); with a list, one whose name is not a column, and, while row N
// is shown, one that row leaves empty.
Issues unfilled(const Draft &draft, const Fill *fill);

// `text` with each placeholder given its value and each "\{{" written "{{"; the names without a value (no
// such key, or an empty one) in `missing`: their placeholders stay as they are.
QString fill(const QString &text, const QHash<QString, QString> &values, QStringList *missing = nullptr);
// A draft with its message and options filled; each placeholder without a value in `missing`.
Draft fill(const Draft &draft, const QHash<QString, QString> &values, QList<Use> *missing = nullptr);

} // namespace Placeholders
