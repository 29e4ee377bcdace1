// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatevariables.h"

#include <QRegularExpression>

namespace TemplateVariables {

bool Variable::positional() const
{
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); });
}

bool isName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,99}$"));
    return pattern.match(name).hasMatch();
}

Scan scan(const QString &text)
{
    Scan result;
    qsizetype at = 0;
    while (true) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), at);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
        const qsizetype nextOpen = text.indexOf(QStringLiteral("{{"), open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            // "{{" with no "}}" before the next "{{" or the end.
            const qsizetype end = nextOpen >= 0 ? nextOpen : text.size();
            result.malformed.append(text.mid(open, qMin<qsizetype>(end - open, 20)));
            at = open + 2;
            continue;
        }
        const QString inner = text.mid(open + 2, close - open - 2);
        Variable variable{inner, open, close + 2 - open};
        if (variable.positional() || isName(inner))
            result.variables.append(variable);
        else
            result.malformed.append(text.mid(open, close + 2 - open));
        at = close + 2;
    }
    return result;
}

QStringList names(const QString &text)
{
    QStringList out;
    for (const Variable &variable : scan(text).variables) {
        if (!out.contains(variable.name))
            out.append(variable.name);
    }
    return out;
}

} // namespace TemplateVariables
