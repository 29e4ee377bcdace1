// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

// One finding of the validator: where it is (an RFC 6901 pointer) and what is wrong, in plain words.
struct Issue
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString pointer;
    QString message;
    QString code; // the error code the provider answers with for it, where one is documented ("132000")

    static Issue error(const QString &pointer, const QString &message)
    {
        return {Severity::Error, pointer, message, {}};
    }
    static Issue warning(const QString &pointer, const QString &message)
    {
        return {Severity::Warning, pointer, message, {}};
    }

    Issue at(const QString &where) const
    {
        Issue moved = *this;
        moved.pointer = where;
        return moved;
    }
    bool isError() const { return severity == Severity::Error; }
    QString severityName() const { return isError() ? QStringLiteral("error") : QStringLiteral("warning"); }
    bool operator==(const Issue &other) const = default;
};

using Issues = QList<Issue>;

inline size_t qHash(const Issue &issue, size_t seed = 0)
{
    return qHashMulti(seed, int(issue.severity), issue.pointer, issue.message);
}

namespace IssueList {

qsizetype errorCount(const Issues &issues);
qsizetype warningCount(const Issues &issues);
// "2 errors, 1 warning", or "No problems".
QString summary(const Issues &issues);
// Moves every pointer under `prefix` (the message's place inside a larger document).
Issues prefixed(const Issues &issues, const QString &prefix);
// Appends those of `from` that `into` does not have yet, in order; linear in both (a set, not a search).
void appendUnique(Issues &into, const Issues &from);

} // namespace IssueList
