// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <algorithm>

// A provider's table of codes in plain words. The texts are marked with QT_TRANSLATE_NOOP("ErrorCodes", ...)
// and translated here, in the catalogue's "ErrorCodes" context; empty for a code the table does not have.
inline QString wordsFromTable(const QHash<QString, const char *> &table, const QString &code)
{
    const char *text = table.value(code, nullptr);
    return text ? QCoreApplication::translate("ErrorCodes", text) : QString();
}

// The codes a table has, in order: by number, then by text.
inline QStringList codesOfTable(const QHash<QString, const char *> &table)
{
    QStringList codes = table.keys();
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        bool aNumber = false;
        bool bNumber = false;
        const qint64 x = a.toLongLong(&aNumber);
        const qint64 y = b.toLongLong(&bNumber);
        if (aNumber != bNumber)
            return aNumber;
        return aNumber ? x < y : a < b;
    });
    return codes;
}
