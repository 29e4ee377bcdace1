// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>

// A provider's table of codes in plain words. The texts are marked with QT_TRANSLATE_NOOP("ErrorCodes", ...)
// and translated here, in the catalogue's "ErrorCodes" context; empty for a code the table does not have.
inline QString wordsFromTable(const QHash<QString, const char *> &table, const QString &code)
{
    const char *text = table.value(code, nullptr);
    return text ? QCoreApplication::translate("ErrorCodes", text) : QString();
}
