// SPDX-License-Identifier: GPL-3.0-or-later
#include "issue.h"

#include <QSet>

#include <QCoreApplication>
#include <algorithm>

namespace IssueList {

qsizetype errorCount(const Issues &issues)
{
    return std::count_if(issues.cbegin(), issues.cend(), [](const Issue &issue) { return issue.isError(); });
}

qsizetype warningCount(const Issues &issues)
{
    return issues.size() - errorCount(issues);
}

QString summary(const Issues &issues)
{
    const qsizetype errors = errorCount(issues);
    const qsizetype warnings = warningCount(issues);
    if (errors == 0 && warnings == 0)
        return QCoreApplication::translate("Issues", "No problems");
    QStringList parts;
    if (errors > 0) {
        parts << (errors == 1 ? QCoreApplication::translate("Issues", "1 error")
                              : QCoreApplication::translate("Issues", "%1 errors").arg(errors));
    }
    if (warnings > 0) {
        parts << (warnings == 1 ? QCoreApplication::translate("Issues", "1 warning")
                                : QCoreApplication::translate("Issues", "%1 warnings").arg(warnings));
    }
    return parts.join(QStringLiteral(", "));
}

Issues prefixed(const Issues &issues, const QString &prefix)
{
    Issues out;
    out.reserve(issues.size());
    for (const Issue &issue : issues) {
        out.append(issue);
        out.last().pointer.prepend(prefix);
    }
    return out;
}

void appendUnique(Issues &into, const Issues &from)
{
    if (from.isEmpty())
        return;
    QSet<Issue> have(into.cbegin(), into.cend());
    for (const Issue &issue : from) {
        if (!have.contains(issue)) {
            have.insert(issue);
            into.append(issue);
        }
    }
}

} // namespace IssueList
