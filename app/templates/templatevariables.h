// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The variables of a template's text, as Meta writes them: {{1}}, {{2}}, ... (positional) or {{first_name}}
// (named), where each stands, and the braces that are neither.
namespace TemplateVariables {

struct Variable
{
    QString name;         // "1", "first_name"
    qsizetype start = 0;  // where "{{" is
    qsizetype length = 0; // up to and with "}}"
    bool positional() const;
};

struct Scan
{
    QList<Variable> variables;
    QStringList malformed; // "{{ 1 }}", "{{#1}}", "{{" without its "}}"
};

Scan scan(const QString &text);
// The names of a text's variables, each once, in the order they first appear ("1", "2"; "first_name").
QStringList names(const QString &text);
// A named parameter's name as Meta takes it: lowercase letters, digits and underscores, from a letter.
bool isName(const QString &name);

} // namespace TemplateVariables
